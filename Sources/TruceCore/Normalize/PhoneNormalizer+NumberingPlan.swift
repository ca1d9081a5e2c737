/// A compact numbering table: enough to turn national formats into E.164 and to reject
/// numbers that cannot exist, without shipping a full libphonenumber database.
extension PhoneNormalizer {
    /// How one country's numbers are written nationally and how long they are.
    /// A class so that passing a plan around is one reference, not a copy of its arrays.
    final class NumberingPlan: Sendable {
        /// Country calling code digits, e.g. `[7]`, `[4, 4]`.
        let countryCode: [UInt8]
        /// Trunk prefix dialled before national numbers (`8` in Russia, `0` in the UK), or empty.
        let trunkPrefix: [UInt8]
        /// Valid lengths of the national significant number.
        let nationalLengths: ClosedRange<Int>
        /// International call prefixes besides the universal `00` (Russian `8 10`, NANP `011`).
        let internationalPrefixes: [[UInt8]]
        /// Whether a national significant number may start with `0` (Italian landlines).
        let allowsLeadingZero: Bool
        /// Extra per-country shape check on the national significant number.
        let shape: @Sendable ([UInt8]) -> Bool

        init(
            _ countryCode: [UInt8], trunk: [UInt8], lengths: ClosedRange<Int>,
            internationalPrefixes: [[UInt8]] = [], allowsLeadingZero: Bool = false,
            shape: @escaping @Sendable ([UInt8]) -> Bool = { _ in true }
        ) {
            self.countryCode = countryCode
            self.trunkPrefix = trunk
            self.nationalLengths = lengths
            self.internationalPrefixes = internationalPrefixes
            self.allowsLeadingZero = allowsLeadingZero
            self.shape = shape
        }

        /// Whether `national` can be a national significant number in this plan.
        func accepts(_ national: ArraySlice<UInt8>) -> Bool {
            guard nationalLengths.contains(national.count), let first = national.first else { return false }
            if first == 0 && !allowsLeadingZero { return false }
            return shape(Array(national))
        }
    }

    /// Russia and Kazakhstan share +7: Russian numbers start with 3, 4, 8 or 9, Kazakh ones with 6 or 7.
    static let zoneSeven = NumberingPlan(
        [7], trunk: [8], lengths: 10...10, internationalPrefixes: [[8, 1, 0]],
        shape: { [3, 4, 6, 7, 8, 9].contains($0[0]) })

    /// North American Numbering Plan: area code and exchange both start with 2–9.
    static let northAmerica = NumberingPlan(
        [1], trunk: [1], lengths: 10...10, internationalPrefixes: [[0, 1, 1]],
        shape: { $0[0] >= 2 && $0[3] >= 2 })

    /// Plans by ISO 3166 alpha-2 region.
    static let plansByRegion: [String: NumberingPlan] = [
        "RU": zoneSeven, "KZ": zoneSeven,
        "US": northAmerica, "CA": northAmerica,
        "BY": NumberingPlan([3, 7, 5], trunk: [8, 0], lengths: 9...9, internationalPrefixes: [[8, 1, 0]]),
        "UA": NumberingPlan([3, 8, 0], trunk: [0], lengths: 9...9),
        "GB": NumberingPlan([4, 4], trunk: [0], lengths: 9...10),
        "DE": NumberingPlan([4, 9], trunk: [0], lengths: 6...13),
        "FR": NumberingPlan([3, 3], trunk: [0], lengths: 9...9),
        "ES": NumberingPlan([3, 4], trunk: [], lengths: 9...9),
        "IT": NumberingPlan([3, 9], trunk: [], lengths: 6...11, allowsLeadingZero: true),
        "TR": NumberingPlan([9, 0], trunk: [0], lengths: 10...10),
        "AE": NumberingPlan([9, 7, 1], trunk: [0], lengths: 8...9),
        "IN": NumberingPlan([9, 1], trunk: [0], lengths: 10...10),
        "UZ": NumberingPlan([9, 9, 8], trunk: [8], lengths: 9...9),
        "KG": NumberingPlan([9, 9, 6], trunk: [0], lengths: 9...9),
        "AM": NumberingPlan([3, 7, 4], trunk: [0], lengths: 8...8),
        "GE": NumberingPlan([9, 9, 5], trunk: [0], lengths: 9...9),
        "AZ": NumberingPlan([9, 9, 4], trunk: [0], lengths: 9...9),
        "PE": NumberingPlan([5, 1], trunk: [0], lengths: 8...9),
        "SG": NumberingPlan([6, 5], trunk: [], lengths: 8...8),
    ]

    /// Plans keyed by the country code's numeric value (`7`, `44`, `375`).
    static let plansByCountryCode: [Int: NumberingPlan] = {
        var plans: [Int: NumberingPlan] = [:]
        for plan in plansByRegion.values {
            plans[plan.countryCode.reduce(0) { $0 * 10 + Int($1) }] = plan
        }
        return plans
    }()

    /// The plan whose country code prefixes `digits`; country codes are prefix-free.
    static func plan(prefixing digits: [UInt8]) -> NumberingPlan? {
        var code = 0
        for length in 1...3 where length <= digits.count {
            code = code * 10 + Int(digits[length - 1])
            if let plan = plansByCountryCode[code] { return plan }
        }
        return nil
    }
}
