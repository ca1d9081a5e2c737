/// Pairwise precision, recall and F1 of a clustering against the truth.
struct PairwiseScore {
    var precision: Double
    var recall: Double
    var f1: Double

    /// Scores `predicted` (record → cluster) against `truth` over the records of `truth`.
    init(truth: [Int64: String], predicted: [Int64: String]) {
        func pairs(_ sizes: [String: Int]) -> Double { sizes.values.reduce(0) { $0 + Double($1 * ($1 - 1) / 2) } }
        var both: [String: Int] = [:], truthSizes: [String: Int] = [:], predictedSizes: [String: Int] = [:]
        for (id, person) in truth {
            let cluster = predicted[id] ?? "single-\(id)"
            both[person + "\u{1}" + cluster, default: 0] += 1
            truthSizes[person, default: 0] += 1
            predictedSizes[cluster, default: 0] += 1
        }
        let truePairs = pairs(both), predictedPairs = pairs(predictedSizes), actualPairs = pairs(truthSizes)
        precision = predictedPairs == 0 ? 1 : truePairs / predictedPairs
        recall = actualPairs == 0 ? 1 : truePairs / actualPairs
        f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}
