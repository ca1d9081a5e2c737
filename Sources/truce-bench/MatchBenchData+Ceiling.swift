import TruceCore

extension MatchBenchData {
    /// Recall of an oracle that links two records of one true person only through a chain of
    /// shared normalized emails or phones (and never links two people): the most any method can
    /// reach that does not link records on names alone. Records of one person that share no
    /// identifier with the rest of their records (a site form with a first name and an email, a
    /// sheet row with a phone) lie beyond it.
    var identifierCeilingRecall: Double {
        var parent = Array(records.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        var firstHolder: [String: Int] = [:]
        for (index, record) in records.enumerated() {
            let person = truth[record.id] ?? "row-\(record.id)"
            for key in record.emails.map({ "e:" + $0 }) + record.phones.map({ "p:" + $0 }) {
                let scoped = person + "\u{1}" + key
                if let other = firstHolder[scoped] {
                    parent[root(index)] = root(other)
                } else {
                    firstHolder[scoped] = index
                }
            }
        }
        var oracle: [Int64: String] = [:]
        for (index, record) in records.enumerated() { oracle[record.id] = "c\(root(index))" }
        return PairwiseScore(truth: truth, predicted: oracle).recall
    }
}
