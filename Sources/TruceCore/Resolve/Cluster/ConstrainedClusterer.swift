/// Groups records into people: connected components of match edges, each split greedily so no
/// cluster holds a conflicting pair.
///
/// Within a component, must-links join first (always). Then edges are taken strongest first and
/// join two clusters only if no record of one conflicts with a record of the other. The result
/// depends only on each component's edges, so re-running on a component alone (an incremental
/// run) gives the same clusters as a full run.
struct ConstrainedClusterer: Sendable {
    let checker: ConflictChecker
    let matchWeight: Double

    struct Outcome {
        /// Cluster label per record index (the smallest record index of its cluster); records not
        /// linked to any other are their own label.
        var labels: [Int]
        /// Match edges whose records ended apart, with the conflict that kept them apart.
        var heldApart: [(edge: ScoredEdge, conflict: Conflict)]
        /// Cannot-link pairs that must-links forced together.
        var unsatisfiable: Int
    }

    /// Clusters `recordCount` records using `edges` and `mustLinks` (record indices).
    func cluster(recordCount: Int, edges: [ScoredEdge], mustLinks: [(Int, Int)]) -> Outcome {
        var components = DenseUnionFind(count: recordCount)
        for (a, b) in mustLinks { components.union(a, b) }
        let matchEdges = edges.filter { $0.links(at: matchWeight) }
        for edge in matchEdges { components.union(Int(edge.a), Int(edge.b)) }
        // Group linked records and edges by component root with two sorts instead of dictionaries.
        var linked: [Int] = mustLinks.flatMap { [$0.0, $0.1] }
        linked.reserveCapacity(linked.count + 2 * matchEdges.count)
        for edge in matchEdges { linked += [Int(edge.a), Int(edge.b)] }
        var byRoot = Array(Set(linked)).map { (root: components.find($0), record: $0) }
        byRoot.sort { ($0.root, $0.record) < ($1.root, $1.record) }
        var edgesByRoot = matchEdges.map { (root: components.find(Int($0.a)), edge: $0) }
        edgesByRoot.sort { $0.root < $1.root }
        var componentLinks: [Int: [(Int, Int)]] = [:]
        for link in mustLinks { componentLinks[components.find(link.0), default: []].append(link) }
        var parts: [(members: ArraySlice<(root: Int, record: Int)>, edges: ArraySlice<(root: Int, edge: ScoredEdge)>)] = []
        var (memberStart, edgeStart) = (0, 0)
        while memberStart < byRoot.count {
            let root = byRoot[memberStart].root
            var memberEnd = memberStart
            while memberEnd < byRoot.count && byRoot[memberEnd].root == root { memberEnd += 1 }
            var edgeEnd = edgeStart
            while edgeEnd < edgesByRoot.count && edgesByRoot[edgeEnd].root == root { edgeEnd += 1 }
            parts.append((byRoot[memberStart..<memberEnd], edgesByRoot[edgeStart..<edgeEnd]))
            (memberStart, edgeStart) = (memberEnd, edgeEnd)
        }
        let results = Parallel.chunked(parts.count) { range in
            range.map { position in
                let part = parts[position]
                let root = part.members.first?.root ?? 0
                return clusterComponent(part.members.map(\.record), edges: part.edges.map(\.edge),
                                        mustLinks: componentLinks[root] ?? [])
            }
        }
        var outcome = Outcome(labels: Array(0..<recordCount), heldApart: [], unsatisfiable: 0)
        for part in results {
            for component in part {
                for (record, label) in component.labels { outcome.labels[record] = label }
                outcome.heldApart += component.heldApart
            }
        }
        outcome.unsatisfiable = checker.cannotLink.filter { key in
            let (a, b) = (Int(key >> 32), Int(key & 0xFFFF_FFFF))
            return a < recordCount && b < recordCount && outcome.labels[a] == outcome.labels[b]
        }.count
        return outcome
    }

    /// Result of one component.
    private struct ComponentOutcome {
        var labels: [Int: Int]
        var heldApart: [(edge: ScoredEdge, conflict: Conflict)]
    }

    /// Greedy constrained merging inside one component.
    private func clusterComponent(_ members: [Int], edges: [ScoredEdge], mustLinks: [(Int, Int)]) -> ComponentOutcome {
        if members.count == 2 && mustLinks.isEmpty, let edge = edges.first {
            // One linking edge: its own pair is no conflict unless a person said so.
            if let conflict = checker.conflict(members[0], members[1]) {
                return ComponentOutcome(labels: [members[0]: members[0], members[1]: members[1]], heldApart: [(edge, conflict)])
            }
            return ComponentOutcome(labels: [members[0]: members[0], members[1]: members[0]], heldApart: [])
        }
        var clusters = UnionFind(members)
        var lists: [Int: [Int]] = Dictionary(uniqueKeysWithValues: members.map { ($0, [$0]) })
        var conflicts: [UInt64: Conflict?] = [:]
        func join(_ a: Int, _ b: Int) {
            let (x, y) = (clusters.find(a), clusters.find(b))
            guard x != y else { return }
            let root = clusters.union(x, y)
            let other = root == x ? y : x
            lists[root, default: []] += lists[other] ?? []
            lists[other] = nil
        }
        func blocking(_ a: Int, _ b: Int) -> Conflict? {
            for x in lists[clusters.find(a)] ?? [] {
                for y in lists[clusters.find(b)] ?? [] {
                    let key = UInt64(min(x, y)) << 32 | UInt64(max(x, y))
                    if let cached = conflicts[key] {
                        if let conflict = cached { return conflict }
                        continue
                    }
                    let found = checker.conflict(x, y)
                    conflicts[key] = .some(found)
                    if let found { return found }
                }
            }
            return nil
        }
        for (a, b) in mustLinks.sorted(by: { $0 < $1 }) { join(a, b) }
        var heldApart: [(edge: ScoredEdge, conflict: Conflict)] = []
        for edge in edges.sorted(by: ScoredEdge.strongerFirst) {
            let (a, b) = (Int(edge.a), Int(edge.b))
            if clusters.find(a) == clusters.find(b) { continue }
            if let conflict = blocking(a, b) {
                heldApart.append((edge, conflict))
            } else {
                join(a, b)
            }
        }
        var labels: [Int: Int] = [:]
        for record in members { labels[record] = clusters.find(record) }
        return ComponentOutcome(labels: labels,
                                heldApart: heldApart.filter { labels[Int($0.edge.a)] != labels[Int($0.edge.b)] })
    }
}
