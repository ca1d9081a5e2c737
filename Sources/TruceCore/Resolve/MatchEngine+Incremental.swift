/// The scope of an incremental run.
extension MatchEngine {
    /// Grows `seeds` to whole components: scores each record's block partners, follows match edges
    /// and must-links, and pulls in every record of each old profile it reaches.
    /// Returns the records in scope (ascending), the scored edges in or above the review band that
    /// touch them, and the number of pairs scored.
    func expand(seeds: Set<Int>, index: BlockIndex, active: [Bool],
                mustLinks: [(Int, Int)]) -> (scope: [Int], edges: [ScoredEdge], scored: Int) {
        var inScope = [Bool](repeating: false, count: prepared.count)
        var partners: [Int: [Int]] = [:]
        for (a, b) in mustLinks {
            partners[a, default: []].append(b)
            partners[b, default: []].append(a)
        }
        let members = profileMembers()
        var seenProfiles = Set<String>()
        var edges: [UInt64: ScoredEdge] = [:]
        var scored = 0
        var frontier = seeds.sorted()
        for record in frontier { inScope[record] = true }
        let (review, match) = (reviewWeight, matchWeight)
        while !frontier.isEmpty {
            var extra: [Int] = []
            for record in frontier {
                guard let profile = prepared.records[record].profileID, seenProfiles.insert(profile).inserted else { continue }
                for other in members[profile] ?? [] where !inScope[other] && active[other] {
                    inScope[other] = true
                    extra.append(other)
                }
            }
            frontier += extra
            let parts = Parallel.chunked(frontier.count) { range in
                var found: [ScoredEdge] = []
                var count = 0
                for record in frontier[range] {
                    for block in index.blocks(of: record) {
                        for other in index.members(of: Int(block)) where Int(other) != record && active[Int(other)] {
                            let (a, b) = (min(record, Int(other)), max(record, Int(other)))
                            count += 1
                            let edge = self.edge(a, b)
                            if edge.weight >= review { found.append(edge) }
                        }
                    }
                }
                return (found, count)
            }
            var next: [Int] = []
            for (found, count) in parts {
                scored += count
                for edge in found where edges[edge.key] == nil {
                    edges[edge.key] = edge
                    guard edge.links(at: match) else { continue }
                    for end in [Int(edge.a), Int(edge.b)] where !inScope[end] {
                        inScope[end] = true
                        next.append(end)
                    }
                }
            }
            for record in frontier {
                for other in partners[record] ?? [] where !inScope[other] {
                    inScope[other] = true
                    next.append(other)
                }
            }
            frontier = next.sorted()
        }
        let scope = inScope.indices.filter { inScope[$0] }
        return (scope, edges.values.sorted { $0.key < $1.key }, scored)
    }

    /// Record indices of every old profile.
    private func profileMembers() -> [String: [Int]] {
        var members: [String: [Int]] = [:]
        for (index, record) in prepared.records.enumerated() {
            if let profile = record.profileID { members[profile, default: []].append(index) }
        }
        return members
    }
}
