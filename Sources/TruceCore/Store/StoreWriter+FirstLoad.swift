import Foundation
import GRDB

/// Secondary indexes a first load into an empty base leaves out while it inserts, and builds once
/// the rows are in: one sort per index instead of a B-tree insert at a random place per row.
///
/// Three kinds. The index of external ids is read by nothing until resolution. Lookup indexes
/// (by native id, by content hash) match a row to the record an earlier file of its source
/// brought; on an empty base no row of a source's first file can match, so they are only needed
/// once a second file of a source that already has records comes in, and are rebuilt before it
/// (see `ImportJob`). The index by profile is filled by resolution itself, which gives every
/// record of a first load its profile: it is built after those updates (`restoreAll`), so that
/// each of them rewrites the row alone instead of also moving an index entry.
public struct DeferredIndexes: Sendable {
    static let profile = "source_records_profile"
    static let writeOnly = ["identifiers_external_id", profile]
    static let lookup = ["source_records_native", "source_records_hash"]

    /// Dropped definitions not built again yet, by index name.
    private(set) var pending: [(name: String, sql: String)]

    /// Nothing deferred: the base had records.
    static let none = DeferredIndexes(pending: [])

    /// Whether the lookup indexes are missing (their source's rows can then not be matched).
    var lookupsPending: Bool {
        pending.contains { Self.lookup.contains($0.name) }
    }

    /// Builds the lookup indexes again, before rows that may match earlier records are stored.
    mutating func restoreLookups(_ writer: StoreWriter) throws {
        try restore(writer) { Self.lookup.contains($0) }
    }

    /// Builds every index resolution reads: all pending ones but the index by profile.
    public mutating func restoreForResolution(_ writer: StoreWriter) throws {
        try restore(writer) { $0 != Self.profile }
    }

    /// Builds every index still pending; the base then has exactly the indexes its schema defines.
    public mutating func restoreAll(_ writer: StoreWriter) throws {
        try restore(writer) { _ in true }
    }

    private mutating func restore(_ writer: StoreWriter, where chosen: (String) -> Bool) throws {
        for index in pending where chosen(index.name) { try writer.db.execute(sql: index.sql) }
        pending.removeAll { chosen($0.name) }
    }
}

extension StoreWriter {
    /// Whether the base holds no source records yet: the next write is a first load.
    static func isEmpty(_ db: Database) throws -> Bool {
        // EXISTS stops at the first row; a count would read the whole table on every sync.
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM source_records)") == false
    }

    /// On a base without source records, drops the indexes `DeferredIndexes` lists and returns
    /// their definitions for rebuilding in the same transaction. A base that has records keeps
    /// its indexes (rebuilding them would cost the whole base for a small nightly import).
    public func deferIndexesForFirstLoad() throws -> DeferredIndexes {
        guard try Self.isEmpty(db) else { return .none }
        var pending: [(name: String, sql: String)] = []
        for name in DeferredIndexes.writeOnly + DeferredIndexes.lookup {
            guard let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                                                arguments: [name]) else { continue }
            try db.execute(sql: "DROP INDEX \(name)")
            pending.append((name, sql))
        }
        return DeferredIndexes(pending: pending)
    }
}
