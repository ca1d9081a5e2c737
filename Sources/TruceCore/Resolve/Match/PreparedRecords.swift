/// Records sorted by id with their features and identifier usage: what one run works on.
struct PreparedRecords: Sendable {
    /// Records in id order; record index `i` everywhere means `records[i]`.
    let records: [MatchRecord]
    let features: FeatureStore
    let usage: IdentifierUsage.Outcome

    /// Prepares `records`.
    init(_ records: [MatchRecord], settings: MatchSettings) {
        let sorted = Self.inIDOrder(records)
        let features = FeatureStore(records: sorted)
        usage = IdentifierUsage.apply(to: features, limit: settings.sharedIdentifierNames)
        self.records = sorted
        self.features = features
    }

    /// Records in id order with features still to extract (`FeatureStore.fill`), for an
    /// incremental run over a stored state that counted `sharedValues` shared identifiers.
    init(unprepared sorted: [MatchRecord], sharedValues: Int) {
        records = sorted
        features = FeatureStore(unfilled: sorted.count)
        usage = IdentifierUsage.Outcome(emailNames: FrequencyTable(total: sorted.count, counts: [:]),
                                        phoneNames: FrequencyTable(total: sorted.count, counts: [:]),
                                        sharedValues: sharedValues)
    }

    /// `records` sorted by id. The store reads records in id order; sorting is then only a check.
    static func inIDOrder(_ records: [MatchRecord]) -> [MatchRecord] {
        let inOrder = records.indices.dropFirst().allSatisfy { records[$0 - 1].id < records[$0].id }
        return inOrder ? records : records.sorted { $0.id < $1.id }
    }

    var count: Int { records.count }

    /// The index of the record with `id` (binary search over the id order), or nil.
    func index(of id: Int64) -> Int? {
        var low = 0, high = records.count
        while low < high {
            let mid = (low + high) / 2
            if records[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low < records.count && records[low].id == id ? low : nil
    }

    /// Whether record `index` of an incremental run changed.
    func changedFlags(_ ids: Set<Int64>) -> [Bool] {
        records.map { ids.contains($0.id) }
    }

    /// A seed for sampling that depends only on the data.
    var samplingSeed: UInt64 {
        StableHash.mix(UInt64(count) ^ UInt64(bitPattern: records.first?.id ?? 0) &* 31
                       ^ UInt64(bitPattern: records.last?.id ?? 0))
    }
}
