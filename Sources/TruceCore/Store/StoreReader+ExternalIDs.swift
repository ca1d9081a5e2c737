import Foundation
import GRDB

/// One `person.external_ids` value of a person record, with the importer that read its file.
public struct StoredExternalID: Sendable, Equatable {
    public var recordID: Int64
    /// The importer kind (`files.importer`); nil for bases written before importers were kept.
    public var importer: String?
    public var value: String

    public init(recordID: Int64, importer: String?, value: String) {
        self.recordID = recordID
        self.importer = importer
        self.value = value
    }
}

extension StoreReader {
    /// The external ids of every person record that shares one of its ids with another record, by
    /// record in import order and, within a record, in the order its row listed them (all of the
    /// record's ids, so "the first id" keeps its meaning). Ids held by one record only cannot
    /// link anything; leaving their records out keeps a base of a million unique lead ids cheap.
    public func sharedPersonExternalIDs() throws -> [StoredExternalID] {
        try Row.fetchAll(db, sql: Self.sharedExternalIDsSQL)
            .map { StoredExternalID(recordID: $0[0], importer: $0[1], value: $0[2]) }
    }

    /// The query of `sharedPersonExternalIDs`; both inner lookups read the index of external ids.
    static let sharedExternalIDsSQL = """
        SELECT i.record_id, f.importer, i.value FROM identifiers i
        JOIN source_records r ON r.id = i.record_id JOIN files f ON f.id = r.file_id
        WHERE i.kind = 'external_id' AND i.record_id IN (
            SELECT record_id FROM identifiers WHERE kind = 'external_id' AND value IN (
                SELECT value FROM identifiers WHERE kind = 'external_id' GROUP BY value HAVING count(*) > 1))
        ORDER BY i.record_id, i.position
        """
}
