/// The level of every comparison for one pair of records, and the values that agreed.
struct PairComparison: Sendable, Equatable {
    /// Level index per field, in `MatchField.allCases` order (0 = null).
    var levels = SIMD8<UInt8>(repeating: 0)
    /// Hash of the agreeing value for term-frequency adjustment (0 = none), per field.
    var agreeingValues = SIMD8<UInt64>(repeating: 0)
    /// The names agreed only with first and last name swapped.
    var swappedNames = false

    func level(_ field: MatchField) -> Int {
        Int(levels[field.index])
    }

    /// The level pattern packed into one number (4 bits per field), for EM pattern counts.
    var pattern: UInt32 {
        var packed: UInt32 = 0
        for index in 0..<MatchField.allCases.count { packed |= UInt32(levels[index]) << (4 * UInt32(index)) }
        return packed
    }
}

extension MatchField {
    /// Position in `allCases`.
    var index: Int {
        switch self {
        case .firstName: return 0
        case .surname: return 1
        case .middleName: return 2
        case .email: return 3
        case .phone: return 4
        case .city: return 5
        case .birthDate: return 6
        }
    }
}
