/// One comparison of two records, with graded levels from strongest agreement to disagreement.
///
/// Level 0 is always `null` (a side lacks the value): it carries no weight. The last level is
/// always the clear disagreement. YAML names are the raw values (`first_name`, `birth_date`…).
public enum MatchField: String, Sendable, Codable, CaseIterable, Comparable {
    /// Given name: ё/е-and-case folded, transliterated, diminutive, typo, initial.
    case firstName = "first_name"
    /// Family name: as first name, plus the other gender's form (`Смирнов`/`Смирнова`).
    case surname
    /// Patronymic or middle name.
    case middleName = "middle_name"
    /// Any shared address; else the same local part on another domain; else a typo.
    case email
    /// Any shared E.164 number; else the same last seven digits; else one digit off.
    case phone
    case city
    /// `yyyy-MM-dd`; one component off or day/month swapped counts as a typo.
    case birthDate = "birth_date"

    /// Level names in order; index 0 is `null`, the last is `different`.
    public var levels: [String] {
        switch self {
        case .firstName:
            return ["null", "exact", "folded", "translit", "nickname", "typo", "similar", "initial", "different"]
        case .surname:
            return ["null", "exact", "folded", "translit", "gender_form", "typo", "similar", "different"]
        case .middleName:
            return ["null", "exact", "folded", "translit", "typo", "initial", "different"]
        case .email:
            return ["null", "exact", "local_part", "typo", "different"]
        case .phone:
            return ["null", "exact", "last_7", "typo", "different"]
        case .city:
            return ["null", "exact", "typo", "different"]
        case .birthDate:
            return ["null", "exact", "typo", "year", "different"]
        }
    }

    /// Index of the `different` level.
    var differentLevel: Int { levels.count - 1 }

    /// Levels whose weight is adjusted by how common the agreeing value is.
    var termFrequencyLevels: ClosedRange<Int>? {
        switch self {
        case .firstName, .surname: return 1...3
        case .email, .phone, .city: return 1...1
        case .middleName, .birthDate: return nil
        }
    }

    /// Rough m-probabilities (P(level | same person)) that start EM and stand in when a field
    /// cannot be estimated; index-aligned with `levels` (the `null` entry is unused).
    var defaultM: [Double] {
        switch self {
        case .firstName: return [0, 0.55, 0.1, 0.08, 0.08, 0.06, 0.04, 0.04, 0.05]
        case .surname: return [0, 0.6, 0.12, 0.08, 0.02, 0.08, 0.04, 0.06]
        case .middleName: return [0, 0.7, 0.1, 0.05, 0.05, 0.05, 0.05]
        case .email: return [0, 0.8, 0.04, 0.04, 0.12]
        case .phone: return [0, 0.8, 0.02, 0.03, 0.15]
        case .city: return [0, 0.8, 0.1, 0.1]
        case .birthDate: return [0, 0.85, 0.08, 0.02, 0.05]
        }
    }

    public static func < (lhs: MatchField, rhs: MatchField) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
