/// Record features and their contacts in manually managed buffers, read by reference.
///
/// Comparing two records must not copy or retain anything millions of times: features are plain
/// values and contacts live in one flat buffer. Built once per run (shared emails and phones are
/// turned off right after), then only read, so sharing it across threads is safe.
final class FeatureStore: @unchecked Sendable {
    private let base: UnsafeMutablePointer<RecordFeatures>
    private let contactBase: UnsafeMutablePointer<ContactFeature>
    let count: Int
    let contactTotal: Int

    /// Extracts the features of `records` in parallel.
    convenience init(records: [MatchRecord]) {
        self.init(Parallel.map(records.count) { FeatureExtractor.features(of: records[$0]) })
    }

    /// Stores extracted features and contacts.
    init(_ extracted: [(features: RecordFeatures, contacts: [ContactFeature])]) {
        count = extracted.count
        contactTotal = extracted.reduce(0) { $0 + $1.contacts.count }
        base = UnsafeMutablePointer<RecordFeatures>.allocate(capacity: max(1, count))
        contactBase = UnsafeMutablePointer<ContactFeature>.allocate(capacity: max(1, contactTotal))
        var next = 0
        for (index, item) in extracted.enumerated() {
            var features = item.features
            features.contactStart = Int32(next)
            features.contactCount = Int32(item.contacts.count)
            (base + index).initialize(to: features)
            for contact in item.contacts {
                (contactBase + next).initialize(to: contact)
                next += 1
            }
        }
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
        contactBase.deinitialize(count: contactTotal)
        contactBase.deallocate()
    }

    subscript(index: Int) -> RecordFeatures {
        unsafeAddress { UnsafePointer(base + index) }
    }

    var indices: Range<Int> { 0..<count }

    /// The emails and phones of record `index`.
    func contacts(_ index: Int) -> UnsafeBufferPointer<ContactFeature> {
        let features = base[index]
        return UnsafeBufferPointer(start: contactBase + Int(features.contactStart), count: Int(features.contactCount))
    }

    /// Marks every contact whose value is in `values` as not joining (only while building).
    func turnOff(_ values: Set<UInt64>) {
        for index in 0..<contactTotal where values.contains(contactBase[index].value) {
            contactBase[index].isJoining = false
        }
    }
}
