/// Must-links from CRM ids: records whose importers keep person ids in one id space
/// (`PersonIDRule`) and that share an id are one person, on every run.
///
/// They join records that carry nothing else to compare: a HubSpot deal row names its contact
/// only by id. An id carried by more than `largestGroup` records is a mapping mistake (a
/// constant mapped as an id), not a person, and joins nothing.
enum ExternalIDLinks {
    static let largestGroup = 100

    /// The must-link pairs, each group chained to its first record; deterministic.
    static func links(_ ids: [StoredExternalID], importers: ImporterRegistry) -> Set<RecordPair> {
        var groups: [String: [Int64]] = [:]
        var index = 0
        while index < ids.count {
            let record = ids[index].recordID
            var end = index
            while end < ids.count && ids[end].recordID == record { end += 1 }
            if let rule = importers.personIDRule(of: ids[index].importer) {
                let values = ids[index..<end].map(\.value)
                for value in rule.firstOnly ? Array(values.prefix(1)) : values {
                    groups[rule.space + "\u{1F}" + value, default: []].append(record)
                }
            }
            index = end
        }
        var pairs = Set<RecordPair>()
        for records in groups.values {
            let distinct = Array(Set(records)).sorted()
            guard distinct.count > 1 && distinct.count <= largestGroup else { continue }
            for other in distinct.dropFirst() { pairs.insert(RecordPair(distinct[0], other)) }
        }
        return pairs
    }
}
