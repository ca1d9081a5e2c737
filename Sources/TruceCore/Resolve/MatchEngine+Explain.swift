/// Explanations of pairs for `truce explain` and the audit log.
extension MatchEngine {
    /// Every comparison of records `a` and `b` (ids) with level and weight, the total, the
    /// threshold and the decision; nil when an id is unknown.
    public func explain(_ a: Int64, _ b: Int64) -> MatchExplanation? {
        guard let x = prepared.index(of: a), let y = prepared.index(of: b) else { return nil }
        prepare([x, y])
        var explanation = explanation(min(x, y), max(x, y))
        if x > y { (explanation.a, explanation.b) = (a, b) }
        return explanation
    }

    /// The best-matching pair of records between two profiles (by the profile ids records carry
    /// from the earlier run), explained; nil when either profile has no records here.
    public func explainProfiles(_ first: String, _ second: String) -> MatchExplanation? {
        let left = prepared.records.indices.filter { prepared.records[$0].profileID == first }
        let right = prepared.records.indices.filter { prepared.records[$0].profileID == second }
        prepare(Array(left.prefix(200)) + Array(right.prefix(200)))
        var best: (Int, Int, Double)?
        for a in left.prefix(200) {
            for b in right.prefix(200) where a != b {
                let w = weight(min(a, b), max(a, b))
                if best == nil || w > (best?.2 ?? 0) { best = (min(a, b), max(a, b), w) }
            }
        }
        return best.map { explanation($0.0, $0.1) }
    }

    /// Extracts the features of `records` when preparation was deferred (an engine over a
    /// `MatchState`), with the sharing the state knows. Not to be called while `resolve` runs.
    private func prepare(_ records: [Int]) {
        guard let stored else { return }
        prepared.features.fill(records, from: prepared.records) { stored.state.wasShared($0) }
    }

    /// The explanation of record indices `a` and `b`.
    func explanation(_ a: Int, _ b: Int) -> MatchExplanation {
        let comparison = comparer.compare(a, b, in: prepared.features)
        var lines: [MatchExplanation.Line] = []
        for field in MatchField.allCases where settings.fields.contains(field) {
            let (weight, adjustment) = scorer.contribution(field, comparison)
            lines.append(.init(field: field, level: field.levels[comparison.level(field)], weight: weight,
                               termFrequencyAdjustment: adjustment))
        }
        let total = scorer.weight(comparison)
        let probability = PairScorer.probability(total)
        let pair = RecordPair(prepared.records[a].id, prepared.records[b].id)
        let human: String? = links.mustLink.contains(pair) ? "must_link" : links.cannotLink.contains(pair) ? "cannot_link" : nil
        var decision: MatchExplanation.Decision = probability >= settings.matchThreshold
            ? .match : probability >= settings.reviewThreshold ? .review : .noMatch
        if decision == .match && !settings.nameOnlyLinks && !PairComparer.isCorroborated(comparison) { decision = .review }
        if human == "must_link" { decision = .match }
        if human == "cannot_link" { decision = .noMatch }
        return MatchExplanation(a: prepared.records[a].id, b: prepared.records[b].id, priorWeight: scorer.priorWeight,
                                lines: lines, swappedNames: comparison.swappedNames, totalWeight: total,
                                probability: probability, matchThreshold: settings.matchThreshold,
                                reviewThreshold: settings.reviewThreshold, decision: decision,
                                conflict: checker.conflict(a, b)?.description, humanDecision: human)
    }
}
