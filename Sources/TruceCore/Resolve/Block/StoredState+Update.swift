/// The state an incremental run hands on.
extension StoredState {
    /// The state after the run: re-keyed records' (changed records and holders of identifiers
    /// whose sharing flipped) entries replaced by their fresh ones, new records added. Linear merges.
    func updated(ids: [Int64], features: FeatureStore, rekeyed: [Int], blocks: StateBlocks,
                 sharing: SharingUpdate) -> MatchState {
        let n = fromState.count
        var isRekeyed = [Bool](repeating: false, count: n)
        for record in rekeyed { isRekeyed[record] = true }
        let persons = (0..<n).map { isRekeyed[$0] ? features[$0].personKey : state.persons[Int(fromState[$0])] }
        let identifies = (0..<n).map { isRekeyed[$0] ? features[$0].identifiesSomeone : state.identifies[Int(fromState[$0])] }
        var fresh: [(value: UInt64, record: UInt32)] = []
        for record in rekeyed {
            for contact in features.contacts(record) { fresh.append((contact.value, UInt32(record))) }
        }
        fresh.sort { ($0.value, $0.record) < ($1.value, $1.record) }
        let keys = merge(state.keys, state.keyRecords, blocks.freshKeys, blocks.freshRecords, dropping: isRekeyed)
        let contacts = merge(state.contactValues, state.contactRecords, fresh.map(\.value), fresh.map(\.record),
                             dropping: isRekeyed)
        var shared = state.sharedValues.filter { sharing.isShared($0, in: state) }
        shared += sharing.shared.filter { $0.value && !state.wasShared($0.key) }.map(\.key)
        return MatchState(fingerprint: state.fingerprint, ids: ids,
                          persons: persons, identifies: identifies, keys: keys.values, keyRecords: keys.records,
                          contactValues: contacts.values, contactRecords: contacts.records, sharedValues: shared.sorted())
    }

    /// Merges the state's sorted (value, state record) entries, minus those of `dropping` records
    /// and renumbered to this run, with fresh sorted (value, record) entries.
    private func merge(_ values: [UInt64], _ records: [UInt32], _ freshValues: [UInt64], _ freshRecords: [UInt32],
                       dropping: [Bool]) -> (values: [UInt64], records: [UInt32]) {
        var outValues: [UInt64] = [], outRecords: [UInt32] = []
        outValues.reserveCapacity(values.count + freshValues.count)
        outRecords.reserveCapacity(values.count + freshValues.count)
        var (i, j) = (0, 0)
        while i < values.count || j < freshValues.count {
            let current = i < values.count ? toCurrent[Int(records[i])] : 0
            if i < values.count && dropping[Int(current)] {
                i += 1
                continue
            }
            let takeOld = j == freshValues.count
                || (i < values.count && (values[i], current) < (freshValues[j], freshRecords[j]))
            if takeOld {
                outValues.append(values[i])
                outRecords.append(current)
                i += 1
            } else {
                outValues.append(freshValues[j])
                outRecords.append(freshRecords[j])
                j += 1
            }
        }
        return (outValues, outRecords)
    }
}
