/// What the engine keeps of a run so the next incremental run need not prepare every record again:
/// each record's blocking keys, emails and phones (as hashes), who it says it is, and the scored
/// pairs in or above the review band (so records an incremental run only reaches are not scored again).
///
/// Every run returns one in `Resolution.state`. To make the next run incremental, persist it
/// (`serialized()`, a versioned binary blob: about 90 bytes per record) next to the model, and
/// pass it back in `ResolutionInput.state` together with `changed`. The engine then prepares only
/// the changed records, the records sharing a blocking key with what it reaches, and the members
/// of the profiles it touches; its decisions are those a full run would make.
///
/// The state is only a cache: whenever it does not fit the run, the engine silently prepares
/// every record instead (correct, just slower) and returns a fresh state. It does not fit when
/// - the blocking rules, block limits, `shared_identifier_names`, compared fields, review
///   threshold or `name_only_links` changed (a fingerprint of the settings is stored), or Truce's
///   state format or comparisons changed (a version is stored);
/// - a record it holds is missing from `records` (deleted or merged in the base): run a full
///   resolution after deletions, or simply pass the old state and pay for one full preparation.
/// Records missing from the state are treated as changed even when `changed` omits them; a record
/// it holds whose names, emails or phones were edited must be listed in `changed`, or its stale
/// keys are used. A state is tied to the model only through the usual rule of incremental runs:
/// pass the model of the previous run (the stored pairs carry its weights); after retraining, run a
/// full resolution.
public struct MatchState: Sendable, Equatable {
    /// Version of the layout and of the feature extraction and comparisons it was built with.
    static let formatVersion: UInt32 = 2

    /// Fingerprint of the settings the keys were built with.
    let fingerprint: UInt64
    /// Record ids, ascending: state record `i` is the record with id `ids[i]`.
    let ids: [Int64]
    /// Per state record: `RecordFeatures.personKey` (the first name's group or skeleton).
    let persons: [UInt64]
    /// Per state record: whether it identifies someone (`RecordFeatures.identifiesSomeone`).
    let identifies: [Bool]
    /// Every blocking key of every record (oversized and single-holder keys too), sorted by key
    /// then record; `keyRecords[i]` holds `keys[i]`.
    let keys: [UInt64]
    let keyRecords: [UInt32]
    /// Every email and phone hash of every record, sorted by value then record.
    let contactValues: [UInt64]
    let contactRecords: [UInt32]
    /// Email and phone hashes shared by too many people to join anyone, ascending.
    let sharedValues: [UInt64]
    /// Every scored pair of active records in or above the review band, by state record
    /// (`edgeA[i] < edgeB[i]`), sorted by `edgeA` then `edgeB`.
    let edgeA: [UInt32]
    let edgeB: [UInt32]
    let edgeWeights: [Double]
    let edgeMayLink: [Bool]

    /// Number of records the state describes.
    public var recordCount: Int { ids.count }

    /// The fingerprint of what the state depends on in `settings`.
    static func fingerprint(_ settings: MatchSettings) -> UInt64 {
        let text = "\(formatVersion)|\(settings.blocking.map(\.description).joined(separator: ","))|"
            + "\(settings.maxBlockSize)|\(settings.maxNameBlockSize)|\(settings.sharedIdentifierNames)|"
            + "\(settings.fields.map(\.rawValue).sorted())|\(settings.reviewThreshold)|\(settings.nameOnlyLinks)"
        return StableHash.of(text)
    }

    /// The state of a fully prepared run: `entries` are its sorted blocking keys, `edges` its
    /// scored pairs in or above the review band.
    init(prepared: PreparedRecords, entries: [BlockIndexBuilder.Entry], edges: [ScoredEdge], settings: MatchSettings) {
        let features = prepared.features
        fingerprint = Self.fingerprint(settings)
        ids = prepared.records.map(\.id)
        persons = features.indices.map { features[$0].personKey }
        identifies = features.indices.map { features[$0].identifiesSomeone }
        keys = entries.map(\.key)
        keyRecords = entries.map(\.record)
        var contacts: [(value: UInt64, record: UInt32)] = []
        contacts.reserveCapacity(features.contactTotal)
        var shared = Set<UInt64>()
        for record in features.indices {
            for contact in features.contacts(record) {
                contacts.append((contact.value, UInt32(record)))
                if !contact.isJoining { shared.insert(contact.value) }
            }
        }
        contacts.sort { ($0.value, $0.record) < ($1.value, $1.record) }
        contactValues = contacts.map(\.value)
        contactRecords = contacts.map(\.record)
        sharedValues = shared.sorted()
        let columns = EdgeColumns(edges.sorted { $0.key < $1.key })
        (edgeA, edgeB, edgeWeights, edgeMayLink) = (columns.a, columns.b, columns.weights, columns.mayLink)
    }

    /// A state from its parts (decoding and incremental updates).
    init(fingerprint: UInt64, ids: [Int64], persons: [UInt64], identifies: [Bool], keys: [UInt64],
         keyRecords: [UInt32], contactValues: [UInt64], contactRecords: [UInt32], sharedValues: [UInt64],
         edges: EdgeColumns) {
        self.fingerprint = fingerprint
        self.ids = ids
        self.persons = persons
        self.identifies = identifies
        self.keys = keys
        self.keyRecords = keyRecords
        self.contactValues = contactValues
        self.contactRecords = contactRecords
        self.sharedValues = sharedValues
        (edgeA, edgeB, edgeWeights, edgeMayLink) = (edges.a, edges.b, edges.weights, edges.mayLink)
    }

    /// Stored pair `position` with its records renumbered by `current`.
    func edge(_ position: Int, current: (Int) -> Int) -> ScoredEdge {
        ScoredEdge(a: UInt32(current(Int(edgeA[position]))), b: UInt32(current(Int(edgeB[position]))),
                   weight: edgeWeights[position], mayLink: edgeMayLink[position])
    }

    /// The positions of `value` in the ascending `array`.
    static func range(of value: UInt64, in array: [UInt64]) -> Range<Int> {
        range(of: value, in: array, bisecting: 0..<array.count)
    }

    /// The positions of `value` in the ascending `array`, where no position before `start` holds
    /// it or anything larger: gallops from `start`, then bisects. Ascending values looked up in
    /// turn each land near the last, in memory already read.
    static func range(of value: UInt64, in array: [UInt64], from start: Int) -> Range<Int> {
        var (low, step) = (start, 1)
        while low + step < array.count && array[low + step] < value {
            low += step
            step *= 2
        }
        return range(of: value, in: array, bisecting: low..<min(low + step, array.count))
    }

    /// The positions of `value` in the ascending `array`, whose first position not below it lies
    /// in `bounds` (or is its end).
    private static func range(of value: UInt64, in array: [UInt64], bisecting bounds: Range<Int>) -> Range<Int> {
        var (low, high) = (bounds.lowerBound, bounds.upperBound)
        while low < high {
            let mid = (low + high) / 2
            if array[mid] < value { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < array.count && array[end] == value { end += 1 }
        return low..<end
    }

    /// Whether `value` was shared when the state was made.
    func wasShared(_ value: UInt64) -> Bool {
        !Self.range(of: value, in: sharedValues).isEmpty
    }
}
