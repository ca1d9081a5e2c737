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
        let values = touched.sorted()
        // Each value is recounted on its own, in parallel parts that walk the state's values in order.
        let parts = Parallel.chunked(values.count, chunks: min(Parallel.defaultChunks, max(1, values.count / 1024))) { range in
            var from = 0
            return range.map { position in
                let value = values[position]
                let holders = MatchState.range(of: value, in: state.contactValues, from: from)
                from = holders.upperBound
                return Self.recount(value, holders: holders, fresh: freshPersons[value] ?? [], stored: stored,
                                    isChanged: isChanged, limit: limit)
            }
        }
        for (value, outcome) in zip(values, parts.joined()) {
            shared[value] = outcome.now
            guard let flipped = outcome.flipped else { continue }
            flippedHolders += flipped
            sharedCount += outcome.now ? 1 : -1
        }
    }

    /// Whether `value`, held at `holders` (positions in the state's contacts) and by changed
    /// records of persons `fresh`, is shared now; the unchanged holders when its status flipped.
    private static func recount(_ value: UInt64, holders: Range<Int>, fresh: [UInt64], stored: StoredState,
                                isChanged: [Bool], limit: Int) -> (now: Bool, flipped: [Int]?) {
        let state = stored.state
        var persons = Set(fresh)
        var unchanged: [Int] = []
        for position in holders {
            let held = Int(state.contactRecords[position])
            let current = Int(stored.toCurrent[held])
            guard !isChanged[current] else { continue }
            persons.insert(state.persons[held])
            unchanged.append(current)
        }
        persons.remove(0)
        let (was, now) = (state.wasShared(value), persons.count >= limit)
        return (now, was != now ? unchanged : nil)
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
