import TruceCore

extension MatchBenchData {
    /// Recall of an oracle that links two records of one true person only through a chain of
    /// shared normalized emails or phones (and never links two people): the most any method can
    /// reach that does not link records on names alone. Records of one person that share no
    /// identifier with the rest of their records (a site form with a first name and an email, a
    /// sheet row with a phone) lie beyond it. The naive union, with each key scoped to the true person.
    var identifierCeilingRecall: Double {
        let scoped = records.map { record in
            let person = (truth[record.id] ?? "row-\(record.id)") + "\u{1}"
            return ResolverRecord(id: record.id, keys: (record.emails + record.phones).map { person + $0 },
                                  seed: "ceiling\n\(record.id)")
        }
        let oracle = MatchBenchOutcome.profiles(records, ExactKeyResolver().resolve(scoped))
        return PairwiseScore(truth: truth, predicted: oracle).recall
    }
}
