/// Must-links from CRM ids: records whose importers keep person ids in one id space
/// (`PersonIDRule`) and that share an id are one person, on every run.
///
/// They join records that carry nothing else to compare: a HubSpot deal row names its contact
/// only by id. An id carried by more than `largestGroup` records is a mapping mistake (a
/// constant mapped as an id), not a person, and joins nothing.
enum ExternalIDLinks {
    static let largestGroup = 100

    /// The must-link pairs: every record of a group linked to the group's smallest record id.
    static func links(_ ids: [StoredExternalID], importers: ImporterRegistry) -> Set<RecordPair> {
        var groups: [String: [Int64]] = [:]
        // Grouping keeps each record's ids in the order its row listed them.
        for (record, own) in Dictionary(grouping: ids, by: \.recordID) {
            guard let rule = importers.personIDRule(of: own[0].importer) else { continue }
            for id in rule.firstOnly ? Array(own.prefix(1)) : own {
                groups[rule.space + "\u{1F}" + id.value, default: []].append(record)
            }
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
