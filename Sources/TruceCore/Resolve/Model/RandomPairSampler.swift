/// Samples record pairs for training: random pairs for u, blocked pairs for m and the prior.
enum RandomPairSampler {
    /// u per field index and level, from up to `pairs` random pairs (all pairs when fewer exist).
    static func uProbabilities(_ prepared: PreparedRecords, comparer: PairComparer, pairs: Int) -> [[Double]] {
        let n = prepared.count
        let fieldCount = MatchField.allCases.count
        let empty = MatchField.allCases.map { [Double](repeating: 0, count: $0.levels.count) }
        guard n > 1 else { return MatchField.allCases.map(uniform) }
        let parts: [[[Double]]]
        if n * (n - 1) / 2 <= pairs {
            parts = Parallel.chunked(64) { range in
                var counts = empty
                let memo = NameLevelMemo()
                for part in range {
                    for a in Parallel.bounds(part, of: 64, count: n) {
                        for b in (a + 1)..<n { count(prepared, comparer, memo, a, b, into: &counts) }
                    }
                }
                return counts
            }
        } else {
            let sampled = sampledPairs(recordCount: n, seed: prepared.samplingSeed, pairs: pairs)
            parts = Parallel.chunked(sampled.count) { range in
                var counts = empty
                let memo = NameLevelMemo()
                for pair in sampled[range] {
                    count(prepared, comparer, memo, Int(pair >> 32), Int(pair & 0xFFFF_FFFF), into: &counts)
                }
                return counts
            }
        }
        var totals = empty
        for part in parts {
            for field in 0..<fieldCount { totals[field] = zip(totals[field], part[field]).map(+) }
        }
        return totals.map { counts in
            let levels = counts.count
            let observed = counts.dropFirst().reduce(0, +)
            // A tenth of a pair per level keeps unseen levels finite.
            return counts.indices.map { $0 == 0 ? 0 : (counts[$0] + 0.1) / (observed + 0.1 * Double(levels - 1)) }
        }
    }

    /// The random pairs u is counted over, each `a << 32 | b` as drawn (a comparison need not be
    /// symmetric): 64 seeded streams of `pairs / 64` draws, pairs of a record with itself dropped.
    /// Sorted, so the first records of the pairs are read in memory order; the counts are sums of
    /// whole numbers, the same in any order.
    static func sampledPairs(recordCount n: Int, seed: UInt64, pairs: Int) -> [UInt64] {
        var sampled: [UInt64] = []
        sampled.reserveCapacity(pairs)
        for part in 0..<64 {
            var state = StableHash.mix(seed &+ UInt64(part))
            for _ in 0..<(pairs / 64) {
                state = StableHash.mix(state)
                let a = state % UInt64(n), b = (state >> 32) % UInt64(n)
                if a != b { sampled.append(a << 32 | b) }
            }
        }
        sampled.sort()
        return sampled
    }

    private static func uniform(_ field: MatchField) -> [Double] {
        field.levels.indices.map { $0 == 0 ? 0 : 1 / Double(field.levels.count - 1) }
    }

    private static func count(_ prepared: PreparedRecords, _ comparer: PairComparer, _ memo: NameLevelMemo,
                              _ a: Int, _ b: Int, into counts: inout [[Double]]) {
        let comparison = comparer.compare(a, b, in: prepared.features, memo: memo)
        for field in 0..<counts.count {
            counts[field][Int(comparison.levels[field])] += 1
        }
    }

    /// Level patterns of up to about `limit` candidate pairs (of one rule, or all rules), sampled by
    /// pair hash, and the number of candidate pairs there are.
    static func blockedPatterns(_ prepared: PreparedRecords, index: BlockIndex, rule: UInt8?, comparer: PairComparer,
                                limit: Int) -> (LevelPatterns, Int) {
        let upperBound = zip(index.pairCounts(), index.blockRule).reduce(0) { $0 + (rule == nil || $1.1 == rule ? $1.0 : 0) }
        let keepBelow = upperBound <= limit ? UInt64.max : UInt64(Double(UInt64.max) * Double(limit) / Double(upperBound))
        let parts = index.collectPairs(rule: rule, initial: (LevelPatterns(), 0, NameLevelMemo())) { state, a, b in
            state.1 += 1
            if StableHash.mix(UInt64(a) << 32 | UInt64(b)) <= keepBelow {
                state.0.add(comparer.compare(a, b, in: prepared.features, memo: state.2))
            }
        }
        var patterns = LevelPatterns()
        var total = 0
        for part in parts {
            patterns.merge(part.0)
            total += part.1
        }
        return (patterns, total)
    }
}
