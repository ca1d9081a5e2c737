/// A fixed model for bases too small to learn from.
///
/// EM and random-pair u estimates need hundreds of records: on a handful, every random pair
/// shares the same phone and every name is "common", so trained weights say nothing. Below
/// `MatchModel.minimumTrainingRecords` person records Truce scores with these documented rates
/// instead (no term-frequency adjustment), and trains once the base is large enough.
extension MatchModel {
    /// Person records a base needs before a model is trained on it.
    public static let minimumTrainingRecords = 300

    /// m from each comparison's `defaultM`; u from typical rates among different people in
    /// marketing and sales data (one in a hundred share a first name, one in five hundred a
    /// surname, one in a million an email or phone); prior one in ten thousand.
    public static var standard: MatchModel {
        let fields = MatchField.allCases.map { field in
            FieldModel(field: field, levels: field.levels, m: field.defaultM, u: field.standardU)
        }
        return MatchModel(prior: 1e-4, fields: fields, frequencies: [:], trainedRecords: 0)
    }
}

extension MatchField {
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
