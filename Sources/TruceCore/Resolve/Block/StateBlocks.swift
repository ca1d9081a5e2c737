/// The blocks of an incremental run read from a stored `MatchState` instead of a full index.
///
/// A key's members are the state's holders of it, minus the re-keyed records (changed records and
/// holders of an email or phone whose sharing flipped), plus the re-keyed records' fresh keys. As
/// in `BlockIndexBuilder`, a key makes a block when 2…limit records hold it. Features are
/// extracted only for the records it hands out (`prepare`).
struct StateBlocks: CandidateSource {
    let stored: StoredState
    let sharing: SharingUpdate
    let features: FeatureStore
    let records: [MatchRecord]
    let rules: [BlockingRule]
    let limits: [Int]
    /// Records whose stored keys are stale; their fresh keys are `freshKeys`.
    private let rekeyed: [Bool]
    /// How many re-keyed records the state held (their stale entries are skipped).
    private let heldRekeyed: Int
    /// Ascending positions in the state's keys of those stale entries (found in one pass, shared
    /// by `flippedBlocks` and the state update).
    let staleKeyPositions: [Int]
    /// Fresh keys of the re-keyed records, sorted by key then record.
    let freshKeys: [UInt64]
    let freshRecords: [UInt32]

    /// Extracts the re-keyed records `rekeyed` and computes their keys; `changed` records come
    /// extracted already (`fresh`).
    init(stored: StoredState, sharing: SharingUpdate, features: FeatureStore, records: [MatchRecord],
         settings: MatchSettings, rekeyed list: [Int],
         changed: [Int], fresh: [(features: RecordFeatures, contacts: [ContactFeature])]) {
        (self.stored, self.sharing, self.features, self.records) = (stored, sharing, features, records)
        rules = settings.blocking
        limits = settings.blocking.map(settings.blockLimit)
        var flags = [Bool](repeating: false, count: records.count)
        for record in list { flags[record] = true }
        rekeyed = flags
        heldRekeyed = list.filter { stored.fromState[$0] >= 0 }.count
        staleKeyPositions = heldRekeyed == 0 ? [] : stored.positions(in: stored.state.keyRecords, of: list)
        features.fill(changed, extracted: fresh) { sharing.isShared($0, in: stored.state) }
        features.fill(list, from: records) { sharing.isShared($0, in: stored.state) }
        var entries: [(key: UInt64, record: UInt32)] = []
        for record in list {
            for key in Self.keys(of: record, features: features, rules: settings.blocking) {
                entries.append((key, UInt32(record)))
            }
        }
        entries.sort { ($0.key, $0.record) < ($1.key, $1.record) }
        freshKeys = entries.map(\.key)
        freshRecords = entries.map(\.record)
    }

    /// Every blocking key of record `record` (its features must be filled).
    static func keys(of record: Int, features: FeatureStore, rules: [BlockingRule]) -> [UInt64] {
        var keys: [UInt64] = []
        for (number, rule) in rules.enumerated() {
            BlockKeys.append(features[record], contacts: features.contacts(record), rule: rule, ruleNumber: number, to: &keys)
        }
        return keys
    }

    func candidates(of frontier: [Int]) -> [[Int]] {
        let isShared = { (value: UInt64) in sharing.isShared(value, in: stored.state) }
        features.fill(frontier, from: records, isShared: isShared)
        let found = Parallel.map(frontier.count, minimumChunk: 256) { position in
            let record = frontier[position]
            var found: [Int] = []
            for key in Self.keys(of: record, features: features, rules: rules) {
                guard let members = block(key) else { continue }
                for other in members where other != record { found.append(other) }
            }
            return found
        }
        features.fill(found.joined(), from: records, isShared: isShared)
        return found
    }

    /// Holders of `key` in this run, or nil when it makes no block.
    func block(_ key: UInt64) -> [Int]? {
        let held = stored.range(of: key)
        let fresh = MatchState.range(of: key, in: freshKeys)
        let limit = limits[Int(key >> 56)]
        // At least this many hold it: too many without looking at each (common names).
        guard held.count - heldRekeyed + fresh.count <= limit else { return nil }
        let members = holders(held: held, fresh: fresh)
        return members.count >= 2 && members.count <= limit ? members : nil
    }

    private func holders(held: Range<Int>, fresh: Range<Int>) -> [Int] {
        var members: [Int] = []
        for position in held {
            let current = Int(stored.toCurrent[Int(stored.state.keyRecords[position])])
            if !rekeyed[current] { members.append(current) }
        }
        for position in fresh { members.append(Int(freshRecords[position])) }
        return members
    }

    /// Blocks whose status the run flipped. `lost`: the holders (before the run) of each key that
    /// made a block and no longer does; only its linking pairs matter, so the caller seeds their
    /// ends. `gained`: holders of keys that were oversized and make a block now; all their pairs
    /// are new, so they are seeds. A key that grows from one holder into a block pairs only
    /// re-keyed records with others, and those are seeds already.
    func flippedBlocks() -> (lost: [[Int]], gained: [Int]) {
        let state = stored.state
        var lost: [[Int]] = [], gained: [Int] = []
        for key in touchedKeys() {
            let limit = limits[Int(key >> 56)]
            let before = stored.range(of: key)
            // Fewer than two holders before: the key made no block and was not oversized, so
            // it can neither be lost nor gained.
            if before.count < 2 { continue }
            if before.count - heldRekeyed > limit { continue }  // oversized before and after
            let members = holders(held: before, fresh: MatchState.range(of: key, in: freshKeys))
            let (was, now) = ((2...limit).contains(before.count), (2...limit).contains(members.count))
            if was && !now { lost.append(before.map { Int(stored.toCurrent[Int(state.keyRecords[$0])]) }) }
            if now && !was && before.count > limit { gained += members }
        }
        return (lost, gained)
    }

    /// The keys the re-keyed records hold now or held before, ascending, each once: a merge of
    /// the fresh keys and the stale entries' keys (both ascending already).
    private func touchedKeys() -> [UInt64] {
        let keys = stored.state.keys
        var touched: [UInt64] = []
        touched.reserveCapacity(freshKeys.count + staleKeyPositions.count)
        var (i, j) = (0, 0)
        while i < freshKeys.count || j < staleKeyPositions.count {
            let stale = j < staleKeyPositions.count ? keys[staleKeyPositions[j]] : UInt64.max
            let key = i < freshKeys.count ? min(freshKeys[i], stale) : stale
            touched.append(key)
            while i < freshKeys.count && freshKeys[i] == key { i += 1 }
            while j < staleKeyPositions.count && keys[staleKeyPositions[j]] == key { j += 1 }
        }
        return touched
    }
}
