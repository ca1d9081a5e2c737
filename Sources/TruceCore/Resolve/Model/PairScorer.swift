import Foundation

/// Turns comparison levels into Fellegi–Sunter match weights (log2 odds) with a model.
///
/// Exact-style levels of `first_name`, `surname`, `email`, `phone` and `city` are adjusted by
/// term frequency: the weight is log2(m / share of the agreeing value) instead of log2(m / u)
/// (see `share`),
/// so agreeing on a rare surname counts more than on «Иванов», and a phone used by several
/// different people counts less. Agreement never turns into evidence against.
struct PairScorer: Sendable {
    let model: MatchModel
    let priorWeight: Double
    private let weights: [[Double]]
    private let m: [[Double]]
    /// u of each comparison's first agreeing level (`exact`), the baseline the value's share replaces.
    private let exactU: [Double]
    private let frequencies: [FrequencyTable?]

    init(model: MatchModel) {
        self.model = model
        priorWeight = log2(model.prior / (1 - model.prior))
        var weights = [[Double]](repeating: [], count: MatchField.allCases.count)
        var m = [[Double]](repeating: [], count: MatchField.allCases.count)
        var exactU = [Double](repeating: 1, count: MatchField.allCases.count)
        var frequencies = [FrequencyTable?](repeating: nil, count: MatchField.allCases.count)
        for field in MatchField.allCases {
            let fieldModel = model.field(field)
            weights[field.index] = field.levels.indices.map { fieldModel?.weight($0) ?? 0 }
            m[field.index] = fieldModel?.m ?? field.defaultM
            exactU[field.index] = fieldModel.map { $0.u[1] } ?? 1
            frequencies[field.index] = model.frequencies[field.rawValue]
        }
        self.weights = weights
        self.m = m
        self.exactU = exactU
        self.frequencies = frequencies
    }

    /// Total match weight: prior plus every comparison's (adjusted) weight.
    func weight(_ comparison: PairComparison) -> Double {
        var total = priorWeight
        for field in MatchField.allCases {
            total += contribution(field, comparison).weight
        }
        return total
    }

    /// One comparison's weight and the part of it that is the term-frequency adjustment.
    func contribution(_ field: MatchField, _ comparison: PairComparison) -> (weight: Double, adjustment: Double) {
        let index = field.index
        let level = Int(comparison.levels[index])
        let base = weights[index][level]
        let value = comparison.agreeingValues[index]
        guard value != 0, let table = frequencies[index], let levels = field.termFrequencyLevels,
              levels.contains(level) else { return (base, 0) }
        // The value's share replaces the exact level's u: a common name makes every agreeing level
        // (exact, folded, transliterated) count less by the same amount, a rare one more.
        var adjusted = base + log2(exactU[index] / share(field, table, value))
        if base > 0 { adjusted = max(adjusted, 0) }
        return (adjusted, adjusted - base)
    }

    /// How likely a record of someone else holds `value`. Names and cities: the share of records
    /// with it (Splink's term frequency). Emails and phones are counted in people: a value only one
    /// person uses is almost never someone else's, so (people − 1) with a floor of 1/20 person.
    func share(_ field: MatchField, _ table: FrequencyTable, _ value: UInt64) -> Double {
        switch field {
        case .email, .phone:
            let people = Double(table.counts[value] ?? 1)
            return max(people - 1, 0.05) / Double(table.total)
        default:
            return table.share(value)
        }
    }

    /// Match probability of a weight.
    static func probability(_ weight: Double) -> Double {
        1 / (1 + exp2(-weight))
    }

    /// Weight of a probability.
    static func weight(probability: Double) -> Double {
        log2(probability / (1 - probability))
    }
}
