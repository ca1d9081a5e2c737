/// Which emails and phones are shared (a switchboard, see `IdentifierUsage`) once the changed
/// records of an incremental run are counted, without recounting every value.
///
/// Only values the changed records hold now or held before can change status; each is recounted
/// from the state's holders (minus the changed records' old entries) plus the changed records.
struct SharingUpdate: Sendable {
    /// Touched values → whether they are shared now.
    private(set) var shared: [UInt64: Bool] = [:]
    /// Unchanged records holding a value whose status flipped: their keys and links changed.
    private(set) var flippedHolders: [Int] = []
    /// Number of shared values now.
    private(set) var sharedCount: Int

    /// Recounts the values of `changed` (record indices, with their fresh extraction `fresh`).
    init(stored: StoredState, changed: [Int], isChanged: [Bool],
         fresh: [(features: RecordFeatures, contacts: [ContactFeature])], limit: Int) {
        let state = stored.state
        sharedCount = state.sharedValues.count
        var freshPersons: [UInt64: [UInt64]] = [:]
        for item in fresh {
            for contact in item.contacts { freshPersons[contact.value, default: []].append(item.features.personKey) }
        }
        var touched = Set(freshPersons.keys)
        touched.formUnion(Self.oldValues(of: changed, stored: stored))
        for value in touched.sorted() {
            var persons = Set(freshPersons[value] ?? [])
            var holders: [Int] = []
            for position in MatchState.range(of: value, in: state.contactValues) {
                let held = Int(state.contactRecords[position])
                let current = Int(stored.toCurrent[held])
                guard !isChanged[current] else { continue }
                persons.insert(state.persons[held])
                holders.append(current)
            }
            persons.remove(0)
            let (was, now) = (state.wasShared(value), persons.count >= limit)
            shared[value] = now
            guard was != now else { continue }
            flippedHolders += holders
            sharedCount += now ? 1 : -1
        }
    }

    /// Whether `value` joins nobody in this run.
    func isShared(_ value: UInt64, in state: MatchState) -> Bool {
        shared[value] ?? state.wasShared(value)
    }

    /// The values the state holds for changed records it knew (edited records).
    private static func oldValues(of changed: [Int], stored: StoredState) -> Set<UInt64> {
        Set(stored.positions(in: stored.state.contactRecords, of: changed).map { stored.state.contactValues[$0] })
    }
}
