/// Record features and their contacts in manually managed buffers, read by reference.
///
/// Comparing two records must not copy or retain anything millions of times: features are plain
/// values and contacts live in one flat buffer. A full run fills every record at once (shared
/// emails and phones are turned off right after); an incremental run with a `MatchState` fills
/// only the records it reaches, between parallel phases (`fill`), packed in the order they come
/// (scattered over a buffer of every record, each would touch a page of its own). Reads never
/// overlap a fill, so sharing the store across threads is safe.
final class FeatureStore: @unchecked Sendable {
    private let base: UnsafeMutablePointer<RecordFeatures>
    private var contactBase: UnsafeMutablePointer<ContactFeature>
    private var contactCapacity: Int
    let count: Int
    private(set) var contactTotal: Int
    /// Record index → its slot in `base`, -1 while unfilled; nil when every record is filled in
    /// index order (a full run).
    private let slots: UnsafeMutablePointer<Int32>?
    /// Number of records filled so far (the next free slot).
    private var filledCount: Int

    /// Extracts the features of `records` in parallel, straight into the store: each part writes
    /// its records' features in place and returns its contacts, which are then packed in order.
    /// The layout is that of `init(_:)` over the same records; no array of every record's
    /// features and contact list is ever built (at a million records that was the run's peak).
    init(records: [MatchRecord]) {
        count = records.count
        slots = nil
        filledCount = records.count
        base = UnsafeMutablePointer<RecordFeatures>.allocate(capacity: max(1, records.count))
        contactTotal = 0
        contactCapacity = 1
        contactBase = UnsafeMutablePointer<ContactFeature>.allocate(capacity: contactCapacity)
        extract(records.count, chunks: Parallel.defaultChunks, from: records) { $0 }
    }

    /// Stores extracted features and contacts.
    init(_ extracted: [(features: RecordFeatures, contacts: [ContactFeature])]) {
        count = extracted.count
        contactTotal = 0
        slots = nil
        filledCount = extracted.count
        contactCapacity = max(1, extracted.reduce(0) { $0 + $1.contacts.count })
        base = UnsafeMutablePointer<RecordFeatures>.allocate(capacity: max(1, count))
        contactBase = UnsafeMutablePointer<ContactFeature>.allocate(capacity: contactCapacity)
        for (index, item) in extracted.enumerated() { store(item, at: index) }
    }

    /// An empty store of `count` records, filled on demand with `fill`. Untouched slots cost no
    /// memory: the buffer is reserved, and only the pages of the slots filled are ever written.
    init(unfilled count: Int) {
        self.count = count
        contactTotal = 0
        contactCapacity = 1024
        filledCount = 0
        let slots = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, count))
        slots.initialize(repeating: -1, count: count)
        self.slots = slots
        base = UnsafeMutablePointer<RecordFeatures>.allocate(capacity: max(1, count))
        contactBase = UnsafeMutablePointer<ContactFeature>.allocate(capacity: contactCapacity)
    }

    deinit {
        // Features and contacts are trivial values: nothing to deinitialize.
        base.deallocate()
        contactBase.deallocate()
        slots?.deallocate()
    }

    subscript(index: Int) -> RecordFeatures {
        unsafeAddress { UnsafePointer(base + slot(index)) }
    }

    /// Where record `index` lives in `base`.
    @inline(__always)
    private func slot(_ index: Int) -> Int {
        guard let slots else { return index }
        return Int(slots[index])
    }

    var indices: Range<Int> { 0..<count }

    /// Whether record `index` has its features.
    func isFilled(_ index: Int) -> Bool {
        guard let slots else { return true }
        return slots[index] >= 0
    }

    /// The emails and phones of record `index`.
    func contacts(_ index: Int) -> UnsafeBufferPointer<ContactFeature> {
        let features = base + slot(index)  // not a copy of the whole record's features
        return UnsafeBufferPointer(start: contactBase + Int(features.pointee.contactStart),
                                   count: Int(features.pointee.contactCount))
    }

    /// Marks every contact whose value is in `values` as not joining (only while building).
    func turnOff(_ values: Set<UInt64>) {
        for index in 0..<contactTotal where values.contains(contactBase[index].value) {
            contactBase[index].isJoining = false
        }
    }

    /// Extracts the features of those of `indices` not filled yet (in parallel), turning off the
    /// contacts `isShared` names. Must not run while other threads read the store.
    func fill(_ indices: some Sequence<Int>, from records: [MatchRecord], isShared: (UInt64) -> Bool) {
        let missing = claim(indices)
        guard !missing.isEmpty else { return }
        let first = extract(missing.count, chunks: FeatureExtractor.partCount(missing.count), from: records) { missing[$0] }
        for offset in first..<contactTotal where isShared(contactBase[offset].value) {
            contactBase[offset].isJoining = false
        }
    }

    /// Extracts the features of the `count` records `record(0)`, `record(1)`, … of `records` in
    /// `chunks` parallel parts, each with its own name memo: a part writes its records' features
    /// straight into their slots and collects its contacts in one array, and the parts' contacts
    /// are then appended in order (each freed once copied, so the copies never all coexist).
    /// Returns the position of the first contact appended.
    @discardableResult
    private func extract(_ count: Int, chunks: Int, from records: [MatchRecord], record: (Int) -> Int) -> Int {
        var parts = records.withUnsafeBufferPointer { records in
            Parallel.chunked(count, chunks: chunks) { range in
                var contacts: [ContactFeature] = []
                let memo = NameFeatureMemo()
                for position in range {
                    let index = record(position)
                    (base + slot(index)).initialize(to: FeatureExtractor.features(of: records, at: index, memo: memo,
                                                                                  appendingContactsTo: &contacts))
                }
                return (range: range, contacts: contacts)
            }
        }
        let first = contactTotal
        reserveContacts(parts.reduce(0) { $0 + $1.contacts.count })
        for position in parts.indices {
            let part = parts[position]
            for index in part.range.lazy.map(record) { base[slot(index)].contactStart += Int32(contactTotal) }
            part.contacts.withUnsafeBufferPointer { contacts in
                if let start = contacts.baseAddress { (contactBase + contactTotal).initialize(from: start, count: contacts.count) }
            }
            contactTotal += part.contacts.count
            parts[position].contacts = []
        }
        return first
    }

    /// Fills `indices` with their features extracted already (`extracted[i]` is `indices[i]`'s).
    func fill(_ indices: [Int], extracted: [(features: RecordFeatures, contacts: [ContactFeature])],
              isShared: (UInt64) -> Bool) {
        let missing = Set(claim(indices))
        let chosen = indices.indices.filter { missing.contains(indices[$0]) }
        place(chosen.map { extracted[$0] }, at: chosen.map { indices[$0] }, isShared: isShared)
    }

    /// Gives the unfilled records of `indices` their slots and returns them.
    private func claim(_ indices: some Sequence<Int>) -> [Int] {
        guard let slots else { return [] }
        var missing: [Int] = []
        for index in indices where slots[index] < 0 {
            slots[index] = Int32(filledCount)
            filledCount += 1
            missing.append(index)
        }
        return missing
    }

    private func place(_ extracted: [(features: RecordFeatures, contacts: [ContactFeature])], at indices: [Int],
                       isShared: (UInt64) -> Bool) {
        for (position, item) in extracted.enumerated() {
            let start = contactTotal
            store(item, at: indices[position])
            for offset in start..<contactTotal where isShared(contactBase[offset].value) {
                contactBase[offset].isJoining = false
            }
        }
    }

    /// Grows the contact buffer, if needed, so `count` more contacts fit.
    private func reserveContacts(_ count: Int) {
        guard contactTotal + count > contactCapacity else { return }
        let grown = max(contactCapacity * 2, contactTotal + count)
        let moved = UnsafeMutablePointer<ContactFeature>.allocate(capacity: grown)
        moved.moveInitialize(from: contactBase, count: contactTotal)
        contactBase.deallocate()
        (contactBase, contactCapacity) = (moved, grown)
    }

    /// Writes one record's features and appends its contacts, growing the contact buffer as needed.
    private func store(_ item: (features: RecordFeatures, contacts: [ContactFeature]), at index: Int) {
        reserveContacts(item.contacts.count)
        var features = item.features
        features.contactStart = Int32(contactTotal)
        features.contactCount = Int32(item.contacts.count)
        (base + slot(index)).initialize(to: features)
        for contact in item.contacts {
            (contactBase + contactTotal).initialize(to: contact)
            contactTotal += 1
        }
    }
}
