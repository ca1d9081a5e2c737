/// A fixed model for bases too small to learn from.
///
/// EM and random-pair u estimates need hundreds of records: on a handful, every random pair
/// shares the same phone and every name is "common", so trained weights say nothing. Below
/// `MatchModel.minimumTrainingRecords` person records Truce scores with these documented rates
/// instead (no term-frequency adjustment: a handful of records says nothing about how common a
/// value is), and trains once the base is large enough.
extension MatchModel {
    /// Person records a base needs before a model is trained on it.
    public static let minimumTrainingRecords = 300

    /// u from typical rates among different people in marketing and sales data (one in a hundred
    /// share a first name, one in five hundred a surname, one in a million an email or phone);
    /// m with clear disagreement rare for the same person; prior one in ten thousand. A shared
    /// phone and surname with different first names and emails stays below the match threshold.
    public static func standard(settings: MatchSettings = MatchSettings()) -> MatchModel {
        let fields = MatchField.allCases.filter { settings.fields.contains($0) }.map { field in
            FieldModel(field: field, levels: field.levels, m: field.standardM, u: field.standardU)
        }
        return MatchModel(prior: 1e-4, fields: fields, frequencies: [:], trainedRecords: 0)
    }
}

extension MatchField {
    /// P(level | same person) of the standard model, index-aligned with `levels`.
    var standardM: [Double] {
        switch self {
        case .firstName: return [0, 0.6, 0.1, 0.08, 0.08, 0.06, 0.04, 0.03, 0.01]
        case .surname: return [0, 0.62, 0.12, 0.08, 0.04, 0.08, 0.04, 0.02]
        case .middleName: return [0, 0.72, 0.1, 0.05, 0.05, 0.06, 0.02]
        case .email: return [0, 0.85, 0.06, 0.07, 0.02]
        case .phone: return [0, 0.85, 0.06, 0.06, 0.03]
        case .city: return [0, 0.8, 0.1, 0.1]
        case .birthDate: return [0, 0.85, 0.08, 0.02, 0.05]
        }
    }

    /// P(level | different people) of the standard model, index-aligned with `levels`; the last
    /// entry (`different`) takes what the agreeing levels leave.
    var standardU: [Double] {
        let agreeing: [Double]
        switch self {
        case .firstName: agreeing = [0.01, 0.002, 0.001, 0.002, 0.005, 0.01, 0.03]
        case .surname: agreeing = [0.002, 0.0005, 0.0005, 0.0005, 0.003, 0.005]
        case .middleName: agreeing = [0.02, 0.002, 0.001, 0.005, 0.03]
        case .email: agreeing = [1e-6, 1e-5, 1e-5]
        case .phone: agreeing = [1e-6, 1e-5, 1e-4]
        case .city: agreeing = [0.1, 0.01]
        case .birthDate: agreeing = [1e-4, 1e-3, 0.02]
        }
        return [1] + agreeing + [1 - agreeing.reduce(0, +)]
    }
}
