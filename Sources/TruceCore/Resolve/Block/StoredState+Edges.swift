/// The scored pairs an incremental run hands on.
extension StoredState {
    /// The pairs after the run, sorted by records: the stored ones that still hold (see
    /// `MatchEngine.PairChanges`), renumbered, merged with those scored again (`fresh`, sorted).
    /// The few pairs that go and come are found directly; the others are copied in runs.
    func updatedEdges(fresh: [ScoredEdge], renewed: [Bool], dropped: Set<UInt64>, active: [Bool]) -> EdgeColumns {
        let gone = gonePositions(renewed: renewed, dropped: dropped, active: active)
        let renumbering = isIdentity ? nil : toCurrent
        var out = EdgeColumns(capacity: state.edgeA.count + fresh.count)
        var (i, g) = (0, 0)
        func copyStored(upTo end: Int) {
            while i < end {
                if g < gone.count && gone[g] == i {
                    (i, g) = (i + 1, g + 1)
                    continue
                }
                let stop = g < gone.count ? min(end, gone[g]) : end
                out.append(state, i..<stop, toCurrent: renumbering)
                i = stop
            }
        }
        for edge in fresh {
            copyStored(upTo: edgeInsertionPoint(edge.key, from: i))
            out.append(edge)
        }
        copyStored(upTo: state.edgeA.count)
        return out
    }

    /// Ascending positions of the stored pairs that no longer hold: those of renewed or inactive
    /// records, and the dropped ones.
    private func gonePositions(renewed: [Bool], dropped: Set<UInt64>, active: [Bool]) -> [Int] {
        var gone = Set<Int>()
        for record in renewed.indices where renewed[record] || !active[record] {
            let held = Int(fromState[record])
            if held >= 0 { gone.formUnion(edges.pairs(of: held).map(Int.init)) }
        }
        for key in dropped {
            let held = Int(fromState[Int(key >> 32)])
            guard held >= 0 else { continue }
            for position in edges.pairs(of: held) where edgeKey(Int(position)) == key { gone.insert(Int(position)) }
        }
        return gone.sorted()
    }

    /// The key (`ScoredEdge.key`) of stored pair `position` in this run's numbering.
    private func edgeKey(_ position: Int) -> UInt64 {
        UInt64(toCurrent[Int(state.edgeA[position])]) << 32 | UInt64(toCurrent[Int(state.edgeB[position])])
    }

    /// The first stored position at or after `start` whose key is not below `key`; gallops first.
    private func edgeInsertionPoint(_ key: UInt64, from start: Int) -> Int {
        let count = state.edgeA.count
        var (low, step) = (start, 1)
        while low + step < count && edgeKey(low + step) < key {
            low += step
            step *= 2
        }
        var high = min(low + step, count)
        while low < high {
            let mid = (low + high) / 2
            if edgeKey(mid) < key { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
