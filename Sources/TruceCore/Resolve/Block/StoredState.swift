/// A `MatchState` lined up with the records of this run: state record ↔ record index.
struct StoredState: Sendable {
    let state: MatchState
    /// State record → record index of this run.
    let toCurrent: [UInt32]
    /// Record index → state record, or -1 for a record the state does not hold.
    let fromState: [Int32]
    /// Finds keys in `state.keys`.
    let directory: KeyDirectory
    /// Finds the stored pairs of a record.
    let edges: StoredEdges

    /// Lines `state` up with `records` (ascending ids); nil when it does not fit: other settings,
    /// or a record it holds is missing (deleted since), which only a full preparation handles.
    init?(_ state: MatchState, records: [MatchRecord], settings: MatchSettings) {
        guard state.fingerprint == MatchState.fingerprint(settings), state.ids.count <= records.count,
              let edges = StoredEdges(state) else { return nil }
        var toCurrent = [UInt32](repeating: 0, count: state.ids.count)
        var fromState = [Int32](repeating: -1, count: records.count)
        var current = 0
        for (index, id) in state.ids.enumerated() {
            // Both lists ascend, so one merge walk pairs them up.
            while current < records.count && records[current].id < id { current += 1 }
            guard current < records.count && records[current].id == id else { return nil }
            toCurrent[index] = UInt32(current)
            fromState[current] = Int32(index)
            current += 1
        }
        self.state = state
        self.toCurrent = toCurrent
        self.fromState = fromState
        directory = KeyDirectory(state.keys)
        self.edges = edges
    }

    /// The positions of `key` in the state's keys.
    func range(of key: UInt64) -> Range<Int> {
        directory.range(of: key, in: state.keys)
    }

    /// Record indices the state does not hold (new records), ascending.
    var unheld: [Int] {
        fromState.indices.filter { fromState[$0] < 0 }
    }

    /// The stored pairs of record `index` (none for a record the state does not hold), renumbered to this run.
    func storedEdges(of index: Int) -> [ScoredEdge] {
        let held = Int(fromState[index])
        guard held >= 0 else { return [] }
        return edges.pairs(of: held).map { state.edge(Int($0)) { Int(toCurrent[$0]) } }
    }

    /// Whether record `index` identifies someone, by the state (records it holds).
    func identifies(_ index: Int) -> Bool? {
        let held = Int(fromState[index])
        return held < 0 ? nil : state.identifies[held]
    }
}
