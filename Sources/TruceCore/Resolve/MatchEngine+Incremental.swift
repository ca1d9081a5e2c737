/// The scope of an incremental run.
extension MatchEngine {
    /// What `expand` found: the records in scope (ascending), the scored edges in or above the
    /// review band that touch them, and the number of pairs scored.
    struct Expansion {
        var scope: [Int]
        var edges: [ScoredEdge]
        var scored: Int
        /// Over a stored state: every pair scored again (those of re-scored records).
        var rescoredEdges: [ScoredEdge] = []
    }

    /// Grows `seeds` to whole components: scores each record's candidates, follows match edges
    /// and must-links, and pulls in every record of each old profile it reaches.
    func expand(seeds: Set<Int>, source: some CandidateSource, active: [Bool], mustLinks: [(Int, Int)]) -> Expansion {
        var inScope = [Bool](repeating: false, count: prepared.count)
        var partners: [Int: [Int]] = [:]
        for (a, b) in mustLinks {
            partners[a, default: []].append(b)
            partners[b, default: []].append(a)
        }
        let directory = ProfileDirectory(records: prepared.records)
        var seenProfiles = Set<String>()
        var edges: [UInt64: ScoredEdge] = [:]
        var scored = 0
        var frontier = seeds.sorted()
        for record in frontier { inScope[record] = true }
        while !frontier.isEmpty {
            pullProfiles(of: &frontier, directory: directory, seen: &seenProfiles, inScope: &inScope, active: active)
            var next: [Int] = []
            let candidates = source.candidates(of: frontier)
            let scoredParts = score(frontier, candidates: candidates, active: active)
            for (found, count) in scoredParts {
                scored += count
                for edge in found where edges[edge.key] == nil {
                    edges[edge.key] = edge
                    guard edge.links(at: matchWeight) else { continue }
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
        return Expansion(scope: scope, edges: edges.values.sorted { $0.key < $1.key }, scored: scored)
    }

    /// Scores every record of `frontier` with its active `candidates`, in parallel parts; keeps
    /// the edges in or above the review band.
    func score(_ frontier: [Int], candidates: [[Int]], active: [Bool]) -> [(found: [ScoredEdge], count: Int)] {
        let review = reviewWeight
        return Parallel.chunked(frontier.count) { range in
            var found: [ScoredEdge] = []
            var count = 0
            let memo = NameLevelMemo()
            for position in range {
                let record = frontier[position]
                for other in candidates[position] where active[other] {
                    count += 1
                    let edge = self.edge(min(record, other), max(record, other), memo: memo)
                    if edge.weight >= review { found.append(edge) }
                }
            }
            return (found, count)
        }
    }

    /// Adds to `frontier` every active record of the old profiles its records belong to that is
    /// not yet in scope (each profile once per run).
    func pullProfiles(of frontier: inout [Int], directory: ProfileDirectory, seen: inout Set<String>,
                      inScope: inout [Bool], active: [Bool]) {
        var reached = Set<String>()
        for record in frontier {
            if let profile = prepared.records[record].profileID, seen.insert(profile).inserted { reached.insert(profile) }
        }
        for other in directory.members(of: reached) where !inScope[other] && active[other] {
            inScope[other] = true
            frontier.append(other)
        }
    }
}
