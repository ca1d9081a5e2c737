/// Counts the different people behind each email and phone, and turns off shared ones.
///
/// A value used under `limit` or more different first names (an office switchboard, an agency's
/// mailbox) identifies nobody: it stops being a blocking key and its agreement carries no weight.
/// Families sharing a home phone stay below the limit; the term-frequency tables built from these
/// counts make their phone count less, and different first names keep them apart.
enum IdentifierUsage {
    struct Outcome {
        /// Different first names per value (values with more than one), per kind.
        var emailNames: FrequencyTable
        var phoneNames: FrequencyTable
        /// Number of values turned off.
        var sharedValues: Int
    }

    /// Marks shared values in `features` and returns the name counts.
    static func apply(to features: FeatureStore, limit: Int) -> Outcome {
        var entries: [(value: UInt64, person: UInt64, record: UInt32, kind: UInt8)] = []
        for record in features.indices {
            let person = features[record].personKey
            for contact in features.contacts(record) {
                entries.append((contact.value, person, UInt32(record), contact.kind.rawValue))
            }
        }
        entries.sort { ($0.value, $0.person, $0.record) < ($1.value, $1.person, $1.record) }
        var shared = Set<UInt64>()
        var emailCounts: [UInt64: UInt32] = [:], phoneCounts: [UInt64: UInt32] = [:]
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count && entries[end].value == entries[start].value { end += 1 }
            let run = entries[start..<end]
            let names = distinctPeople(run)
            if names > 1 {
                if entries[start].kind == ContactFeature.Kind.email.rawValue {
                    emailCounts[entries[start].value] = UInt32(names)
                } else {
                    phoneCounts[entries[start].value] = UInt32(names)
                }
            }
            if names >= limit { shared.insert(entries[start].value) }
            start = end
        }
        if !shared.isEmpty { features.turnOff(shared) }
        let total = features.count
        return Outcome(emailNames: FrequencyTable(total: total, counts: emailCounts),
                       phoneNames: FrequencyTable(total: total, counts: phoneCounts),
                       sharedValues: shared.count)
    }

    /// Records whose email or phone is shared only because of the changed records: without them
    /// the value joined, so their old links are gone and an incremental run re-clusters them.
    static func newlySharedHolders(_ features: FeatureStore, changed: [Bool], limit: Int) -> [UInt32] {
        var values = Set<UInt64>()
        for index in features.indices where changed[index] {
            for contact in features.contacts(index) where !contact.isJoining { values.insert(contact.value) }
        }
        guard !values.isEmpty else { return [] }
        var holders: [UInt64: [(value: UInt64, person: UInt64, record: UInt32, kind: UInt8)]] = [:]
        for index in features.indices where !changed[index] {
            for contact in features.contacts(index) where values.contains(contact.value) {
                holders[contact.value, default: []].append((contact.value, features[index].personKey, UInt32(index), 0))
            }
        }
        var result: [UInt32] = []
        for (_, run) in holders.sorted(by: { $0.key < $1.key }) {
            let sorted = run.sorted { ($0.person, $0.record) < ($1.person, $1.record) }
            if distinctPeople(sorted) < limit { result += sorted.map(\.record) }
        }
        return result
    }

    private static func distinctPeople(
        _ run: some Collection<(value: UInt64, person: UInt64, record: UInt32, kind: UInt8)>
    ) -> Int {
        var count = 0
        var previous: UInt64 = 0
        for entry in run where entry.person != 0 && entry.person != previous {
            count += 1
            previous = entry.person
        }
        return count
    }
}
