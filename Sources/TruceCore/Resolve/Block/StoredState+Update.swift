/// The state an incremental run hands on.
extension StoredState {
    /// The state after the run: re-keyed records' (changed records and holders of identifiers
    /// whose sharing flipped) entries replaced by their fresh ones, new records added. Linear merges.
    func updated(records: [MatchRecord], features: FeatureStore, rekeyed: [Int], blocks: StateBlocks,
                 sharing: SharingUpdate, edges: EdgeColumns) -> MatchState {
        var persons = renumbered(state.persons) { features[$0].personKey }
        var identifies = renumbered(state.identifies) { features[$0].identifiesSomeone }
        for record in rekeyed {
            persons[record] = features[record].personKey
            identifies[record] = features[record].identifiesSomeone
        }
        var fresh: [(value: UInt64, record: UInt32)] = []
        for record in rekeyed {
            for contact in features.contacts(record) { fresh.append((contact.value, UInt32(record))) }
        }
        fresh.sort { ($0.value, $0.record) < ($1.value, $1.record) }
        let keys = merge(state.keys, state.keyRecords, blocks.freshKeys, blocks.freshRecords,
                         dropped: blocks.staleKeyPositions)
        let contacts = merge(state.contactValues, state.contactRecords, fresh.map(\.value), fresh.map(\.record),
                             dropped: positions(in: state.contactRecords, of: rekeyed))
        var shared = state.sharedValues.filter { sharing.isShared($0, in: state) }
        shared += sharing.shared.filter { $0.value && !state.wasShared($0.key) }.map(\.key)
        return MatchState(fingerprint: state.fingerprint, ids: renumbered(state.ids) { records[$0].id },
                          persons: persons, identifies: identifies, keys: keys.values, keyRecords: keys.records,
                          contactValues: contacts.values, contactRecords: contacts.records, sharedValues: shared.sorted(),
                          edges: edges)
    }

    /// A per-record column of the state in this run's numbering; `new(record)` for the records it
    /// does not hold. When every state record keeps its index, the column is copied at once.
    private func renumbered<T>(_ column: [T], new: (Int) -> T) -> [T] {
        if isIdentity { return column + (column.count..<fromState.count).map(new) }
        return fromState.indices.map { fromState[$0] < 0 ? new($0) : column[Int(fromState[$0])] }
    }

    /// Merges the state's sorted (value, state record) entries, minus those at `dropped`
    /// (ascending positions) and renumbered to this run, with fresh sorted (value, record) entries.
    /// Fresh entries are few: each is placed by binary search and the old entries between are copied in runs.
    private func merge(_ values: [UInt64], _ records: [UInt32], _ freshValues: [UInt64], _ freshRecords: [UInt32],
                       dropped: [Int]) -> (values: [UInt64], records: [UInt32]) {
        var out = (values: [UInt64](), records: [UInt32]())
        out.values.reserveCapacity(values.count + freshValues.count)
        out.records.reserveCapacity(values.count + freshValues.count)
        var (i, d) = (0, 0)
        func copyOld(upTo end: Int) {
            while i < end {
                if d < dropped.count && dropped[d] == i {
                    (i, d) = (i + 1, d + 1)
                    continue
                }
                let stop = d < dropped.count ? min(end, dropped[d]) : end
                out.values.append(contentsOf: values[i..<stop])
                if isIdentity { out.records.append(contentsOf: records[i..<stop]) } else {
                    out.records.append(contentsOf: records[i..<stop].lazy.map { self.toCurrent[Int($0)] })
                }
                i = stop
            }
        }
        for j in freshValues.indices {
            copyOld(upTo: insertionPoint(freshValues[j], freshRecords[j], in: values, records, from: i))
            out.values.append(freshValues[j])
            out.records.append(freshRecords[j])
        }
        copyOld(upTo: values.count)
        return out
    }

    /// Whether every state record keeps its index in this run (new records all come after).
    /// `toCurrent` ascends strictly, so it is the identity when its last entry is.
    var isIdentity: Bool {
        toCurrent.last.map { Int($0) == toCurrent.count - 1 } ?? true
    }

    /// The first position at or after `start` whose (value, record of this run) is not below the
    /// given one. Gallops from `start` first: consecutive fresh entries land close to each other.
    private func insertionPoint(_ value: UInt64, _ record: UInt32, in values: [UInt64], _ records: [UInt32],
                                from start: Int) -> Int {
        func below(_ position: Int) -> Bool { (values[position], toCurrent[Int(records[position])]) < (value, record) }
        var (low, step) = (start, 1)
        while low + step < values.count && below(low + step) {
            low += step
            step *= 2
        }
        var high = min(low + step, values.count)
        while low < high {
            let mid = (low + high) / 2
            if below(mid) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Ascending positions of the entries (`records`: state records) held by the records of `list` (this run's indices).
    func positions(in records: [UInt32], of list: [Int]) -> [Int] {
        var held = [Bool](repeating: false, count: toCurrent.count)
        var any = false
        for record in list where fromState[record] >= 0 {
            held[Int(fromState[record])] = true
            any = true
        }
        guard any else { return [] }
        return records.withUnsafeBufferPointer { records in
            Parallel.chunked(records.count, chunks: 8) { range in range.filter { held[Int(records[$0])] } }.flatMap { $0 }
        }
    }
}
