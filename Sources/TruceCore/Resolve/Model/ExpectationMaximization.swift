/// Estimates m-probabilities (and the share of matches) over level patterns with u held fixed.
///
/// Each m is pulled toward the field's default by a few pseudo-pairs so rare levels in small
/// data get sensible weights instead of ±∞.
enum ExpectationMaximization {
    struct Estimate {
        /// m per field index and level; only `active` fields are estimated.
        var m: [[Double]]
        /// Share of matches among the pairs.
        var lambda: Double
        var iterations: Int
    }

    static let pseudoPairs = 5.0

    /// Runs EM over `patterns` for the fields in `active`; other fields are ignored.
    static func run(_ patterns: [(levels: [Int], count: Double)], u: [[Double]], initialM: [[Double]],
                    active: Set<Int>, iterations: Int, lambda startLambda: Double = 0.3,
                    estimateM: Bool = true) -> Estimate {
        var m = initialM
        var lambda = startLambda
        var done = 0
        for iteration in 1...max(1, iterations) {
            done = iteration
            var matchMass = m.map { [Double](repeating: 0, count: $0.count) }
            var totalMatch = 0.0, total = 0.0
            for pattern in patterns {
                var pm = lambda, pu = 1 - lambda
                for field in active {
                    let level = pattern.levels[field]
                    if level == 0 { continue }
                    pm *= m[field][level]
                    pu *= u[field][level]
                }
                let posterior = pm + pu > 0 ? pm / (pm + pu) : 0
                totalMatch += posterior * pattern.count
                total += pattern.count
                for field in active where pattern.levels[field] != 0 {
                    matchMass[field][pattern.levels[field]] += posterior * pattern.count
                }
            }
            guard total > 0 else { break }
            let newLambda = min(max(totalMatch / total, 1e-9), 1 - 1e-9)
            var change = abs(newLambda - lambda)
            lambda = newLambda
            if estimateM {
                for field in active {
                    let updated = smoothed(matchMass[field], prior: initialM[field])
                    change = max(change, zip(updated, m[field]).map { abs($0 - $1) }.max() ?? 0)
                    m[field] = updated
                }
            }
            if change < 1e-6 { break }
        }
        return Estimate(m: m, lambda: lambda, iterations: done)
    }

    /// Normalizes level masses (index 0, null, excluded) with `pseudoPairs` spread as `prior`.
    static func smoothed(_ mass: [Double], prior: [Double]) -> [Double] {
        let priorTotal = prior.dropFirst().reduce(0, +)
        let massTotal = mass.dropFirst().reduce(0, +)
        var result = [Double](repeating: 0, count: mass.count)
        for level in 1..<mass.count {
            let share = priorTotal > 0 ? prior[level] / priorTotal : 1 / Double(mass.count - 1)
            result[level] = (mass[level] + pseudoPairs * share) / (massTotal + pseudoPairs)
        }
        return result
    }
}
