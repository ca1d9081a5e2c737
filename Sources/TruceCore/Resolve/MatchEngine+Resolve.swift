/// Full and incremental resolution.
extension MatchEngine {
    /// Resolves every record (`changed == nil`) or only what `changed` records touch.
    ///
    /// An incremental run scores the pairs of the changed records, follows match edges to whole
    /// connected components (plus every record of a profile it reaches, and holders of keys whose
    /// blocking or sharing status the changed records flipped) and re-clusters only those. With the
    /// same model and settings as the previous run it gives the same profiles as a full run.
    public func resolve(changed: Set<Int64>? = nil) -> Resolution {
        if let stored {
            guard let changed else {
                // A full run prepares every record anyway.
                return MatchEngine(records: prepared.records, model: model, settings: settings, links: links).resolve()
            }
            return resolve(changed: changed, from: stored)
        }
        let n = prepared.count
        let mustLinks = mustLinkIndices
        let mustLinked = Set(mustLinks.flatMap { [$0.0, $0.1] })
        let active = (0..<n).map { participates($0, mustLinked: mustLinked) }
        let entries = trainingEntries ?? BlockIndexBuilder.sortedEntries(prepared.features, rules: settings.blocking)
        let expansion: Expansion
        var stateEdges: [ScoredEdge]?
        if let changed {
            let flags = prepared.changedFlags(changed)
            let index = BlockIndexBuilder.build(entries: entries, recordCount: n, rules: settings.blocking,
                                                settings: settings, changed: flags)
            var seeds = Set(flags.indices.filter { flags[$0] })
            seeds.formUnion(index.lostBlockHolders.map(Int.init))
            seeds.formUnion(IdentifierUsage.newlySharedHolders(prepared.features, changed: flags,
                                                               limit: settings.sharedIdentifierNames).map(Int.init))
            expansion = expand(seeds: seeds.filter { active[$0] }, source: index, active: active, mustLinks: mustLinks)
            // The state keeps every pair, not only those around the changed records.
            stateEdges = scoreAllPairs(index, active: active).edges
        } else {
            let index = trainingIndex ?? BlockIndexBuilder.build(entries: entries, recordCount: n, rules: settings.blocking,
                                                                 settings: settings)
            let (edges, scored) = scoreAllPairs(index, active: active)
            expansion = Expansion(scope: (0..<n).filter { active[$0] }, edges: edges, scored: scored)
        }
        var resolution = finish(expansion, active: active, mustLinks: mustLinks, incremental: changed != nil)
        resolution.state = MatchState(prepared: prepared, entries: entries, edges: stateEdges ?? expansion.edges,
                                      settings: settings)
        return resolution
    }

    /// Clusters the records in scope and gives them profile ids.
    func finish(_ expansion: Expansion, active: [Bool], mustLinks: [(Int, Int)], incremental: Bool) -> Resolution {
        let n = prepared.count
        let scope = expansion.scope, edges = expansion.edges
        var inScope = [Bool](repeating: false, count: n)
        for record in scope { inScope[record] = true }
        let clusterer = ConstrainedClusterer(checker: checker, matchWeight: matchWeight)
        let clustered = clusterer.cluster(recordCount: n, edges: edges.filter { inScope[Int($0.a)] && inScope[Int($0.b)] },
                                          mustLinks: mustLinks.filter { inScope[$0.0] && inScope[$0.1] })
        // New ids are checked against the profiles in scope: a record that made an id before is in
        // scope again; any other clash needs a 48-bit hash collision.
        let assigner = ProfileAssigner(records: prepared.records, usedIDs: Set(scope.compactMap { prepared.records[$0].profileID }),
                                       mergeReason: mergeReason, splitReason: splitReason)
        let assigned = assigner.assign(scope: scope, labels: clustered.labels)
        var resolution = Resolution()
        resolution.assignments = assigned.assignments
        resolution.newProfiles = assigned.newProfiles
        resolution.redirects = assigned.redirects
        resolution.events = assigned.events
        resolution.review = reviewPairs(edges, labels: clustered.labels, heldApart: clustered.heldApart)
        resolution.unassigned = (0..<n).filter { !active[$0] }.map { prepared.records[$0].id }
        resolution.model = trainedModel ? model : nil
        var summary = ResolutionSummary()
        summary.records = n
        summary.recordsInScope = scope.count
        summary.pairsScored = expansion.scored
        summary.matchedPairs = edges.filter { $0.links(at: matchWeight) }.count
        summary.profiles = assigned.clusters
        summary.newProfiles = assigned.newProfiles.count
        summary.merges = assigned.events.filter { $0.kind == .merge }.count
        summary.splits = assigned.events.filter { $0.kind == .split }.count
        summary.reviewPairs = resolution.review.count
        summary.unassigned = resolution.unassigned.count
        summary.sharedIdentifiers = prepared.usage.sharedValues
        summary.unsatisfiableLinks = clustered.unsatisfiable
        summary.trainedModel = trainedModel
        summary.incremental = incremental
        resolution.summary = summary
        return resolution
    }

    /// Pairs for a person to decide: review-band pairs that ended apart, and matches a conflict kept apart.
    func reviewPairs(_ edges: [ScoredEdge], labels: [Int], heldApart: [(edge: ScoredEdge, conflict: Conflict)]) -> [ReviewPair] {
        var pairs: [(ScoredEdge, Conflict?)] = edges.filter { !$0.links(at: matchWeight) && labels[Int($0.a)] != labels[Int($0.b)] }
            .map { ($0, nil) }
        pairs += heldApart.map { ($0.edge, $0.conflict) }
        pairs.sort { ScoredEdge.strongerFirst($0.0, $1.0) }
        return pairs.map { edge, conflict in
            let (a, b) = (Int(edge.a), Int(edge.b))
            return ReviewPair(a: prepared.records[a].id, b: prepared.records[b].id,
                              probability: PairScorer.probability(edge.weight), heldApartBy: conflict?.description,
                              reason: explanation(a, b).reason)
        }
    }

    /// The strongest pair between two groups of records, explained.
    func mergeReason(_ kept: [Int], _ taken: [Int]) -> String {
        guard let (a, b) = strongestPair(kept, taken) else { return "must-link decision" }
        return explanation(a, b).reason
    }

    /// Why records left the rest of their old profile.
    func splitReason(_ moved: [Int], _ rest: [Int]) -> String {
        for x in moved.prefix(50) {
            for y in rest.prefix(50) {
                if let conflict = checker.conflict(x, y) { return "kept apart: \(conflict)" }
            }
        }
        guard let (a, b) = strongestPair(moved, rest) else { return "no longer linked" }
        let probability = PairScorer.probability(weight(a, b))
        return "no longer linked: best p=\(MatchExplanation.fixed(probability, 4)) below "
            + MatchExplanation.fixed(settings.matchThreshold, 2)
    }

    private func strongestPair(_ x: [Int], _ y: [Int]) -> (Int, Int)? {
        var best: (Int, Int, Double)?
        for a in x.prefix(50) {
            for b in y.prefix(50) where a != b {
                let w = weight(min(a, b), max(a, b))
                if best == nil || w > (best?.2 ?? 0) { best = (min(a, b), max(a, b), w) }
            }
        }
        return best.map { ($0.0, $0.1) }
    }
}
