/// The scope of an incremental run over a stored state, reading unchanged pairs from the state.
extension MatchEngine {
    /// What the state says about this run's pairs: records whose pairs are all scored again
    /// (`renewed`: re-keyed records and holders of blocks gained), and stored pairs that are gone.
    struct PairChanges {
        var renewed: [Bool]
        var dropped: Set<UInt64> = []
        /// Ends of linking stored pairs that are gone: they are re-clustered.
        var reached: [Int] = []
    }

    /// Grows the renewed and reached records to whole components as `expand(seeds:…)` does, but
    /// scores only the renewed records' candidates: every other pair of the previous run is in the
    /// state with its weight, and unchanged records pair as before. Fills the features of the
    /// records in scope and of the ends of their pairs (for conflicts and explanations).
    func expand(changes: PairChanges, blocks: StateBlocks, active: [Bool], mustLinks: [(Int, Int)]) -> Expansion {
        let rescored = changes.renewed.indices.filter { changes.renewed[$0] && active[$0] }
        let renewed = scoreRenewed(rescored, blocks: blocks, active: active)
        let fresh = renewed.edges
        // Collected as found and made unique once at the end: a stored pair comes up from both ends.
        var edges = fresh
        let partners = linkedPartners(fresh.filter { $0.links(at: matchWeight) }.map { (Int($0.a), Int($0.b)) } + mustLinks)
        let directory = ProfileDirectory(records: prepared.records)
        var seenProfiles = Set<String>()
        var inScope = [Bool](repeating: false, count: prepared.count)
        var frontier = Set(rescored + changes.reached.filter { active[$0] }).sorted()
        for record in frontier { inScope[record] = true }
        while !frontier.isEmpty {
            pullProfiles(of: &frontier, directory: directory, seen: &seenProfiles, inScope: &inScope, active: active)
            var next: [Int] = []
            for record in frontier {
                var linked = partners[record] ?? []
                for edge in storedEdges(of: record, changes: changes, active: active) {
                    edges.append(edge)
                    if edge.links(at: matchWeight) { linked.append(Int(edge.a) == record ? Int(edge.b) : Int(edge.a)) }
                }
                for other in linked where !inScope[other] {
                    inScope[other] = true
                    next.append(other)
                }
            }
            frontier = next.sorted()
        }
        let scope = inScope.indices.filter { inScope[$0] }
        let all = Self.uniqueByKey(edges)
        let isShared = { (value: UInt64) in blocks.sharing.isShared(value, in: blocks.stored.state) }
        prepared.features.fill(scope + all.flatMap { [Int($0.a), Int($0.b)] }, from: prepared.records, isShared: isShared)
        return Expansion(scope: scope, edges: all, scored: renewed.scored, rescoredEdges: fresh)
    }

    /// Both ends of each pair, by record.
    private func linkedPartners(_ pairs: [(Int, Int)]) -> [Int: [Int]] {
        var partners: [Int: [Int]] = [:]
        for (a, b) in pairs {
            partners[a, default: []].append(b)
            partners[b, default: []].append(a)
        }
        return partners
    }

    /// Scores the candidates of the renewed records `rescored`; keeps the pairs in or above the
    /// review band, sorted by key.
    private func scoreRenewed(_ rescored: [Int], blocks: StateBlocks, active: [Bool]) -> (edges: [ScoredEdge], scored: Int) {
        var edges: [ScoredEdge] = []
        var scored = 0
        for (found, count) in score(rescored, candidates: blocks.candidates(of: rescored), active: active) {
            scored += count
            edges += found
        }
        return (Self.uniqueByKey(edges), scored)
    }

    /// `edges` sorted by key, each pair once. A pair found twice (from both ends, or through
    /// several shared blocks) is scored the same each time, so which copy stays does not matter.
    private static func uniqueByKey(_ edges: [ScoredEdge]) -> [ScoredEdge] {
        var sorted = edges.sorted { $0.key < $1.key }
        var kept = 0
        for position in sorted.indices where kept == 0 || sorted[kept - 1].key != sorted[position].key {
            sorted[kept] = sorted[position]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// The stored pairs of `record` that still hold: none for a renewed record (scored again),
    /// none with a renewed or inactive record, none dropped.
    private func storedEdges(of record: Int, changes: PairChanges, active: [Bool]) -> [ScoredEdge] {
        guard !changes.renewed[record], let stored else { return [] }
        return stored.storedEdges(of: record).filter { edge in
            let (a, b) = (Int(edge.a), Int(edge.b))
            return !changes.renewed[a] && !changes.renewed[b] && active[a] && active[b] && !changes.dropped.contains(edge.key)
        }
    }
}
