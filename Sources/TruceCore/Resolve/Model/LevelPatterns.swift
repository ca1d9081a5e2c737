/// Counts of comparison-level patterns over a set of pairs: EM runs over a few hundred distinct
/// patterns instead of millions of pairs.
struct LevelPatterns: Sendable {
    private(set) var counts: [UInt32: Double] = [:]

    var total: Double { counts.values.reduce(0, +) }

    mutating func add(_ comparison: PairComparison) {
        counts[comparison.pattern, default: 0] += 1
    }

    mutating func merge(_ other: LevelPatterns) {
        for (pattern, count) in other.counts { counts[pattern, default: 0] += count }
    }

    /// The patterns in a fixed order, each as per-field levels with its count.
    func sorted() -> [(levels: [Int], count: Double)] {
        counts.keys.sorted().compactMap { pattern in
            guard let count = counts[pattern] else { return nil }
            let levels = (0..<MatchField.allCases.count).map { Int((pattern >> (4 * UInt32($0))) & 0xF) }
            return (levels, count)
        }
    }
}
