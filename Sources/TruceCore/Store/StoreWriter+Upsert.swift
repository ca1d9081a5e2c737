import Foundation
import GRDB

/// What happened to one imported row in the base.
public enum StoreOutcome: Sendable, Equatable {
    /// A record the base did not have.
    case inserted(Int64)
    /// A record with the same native id from an earlier file, whose content changed: replaced.
    case updated(Int64)
    /// The same record was imported from an earlier file: kept, lineage points at the new file.
    case unchanged(Int64)
}

extension StoreWriter {
    /// Stores a row as a new record, or matches it to the record an earlier file brought
    /// (see `RowStore`).
    public func store(_ row: ImportedRow, fileID: Int64) throws -> StoreOutcome {
        var rows = try RowStore(writer: self, fileID: fileID)
        return try rows.store(row, form: StoredForm(row))
    }

    /// A record's content hash covers the lines folded into it (Bitrix24 product rows), so a
    /// changed product line makes the record changed: SHA-256 (lower-case hex) of the raw JSON,
    /// then per folded line a line break and that line's raw JSON.
    static func contentHash(_ raw: [UInt8], _ row: ImportedRow) -> String {
        var hasher = SHA256()
        hasher.update(raw)
        for line in row.mergedLines {
            hasher.update([UInt8(ascii: "\n")])
            hasher.update(StoredJSON.pairs(line.raw))
        }
        return hasher.finalizeHex()
    }
}

/// Stores the rows of one file, each as a new record or matched to the record an earlier file
/// brought.
///
/// A nightly sync re-reads whole exports, so a row is matched before it is inserted: by
/// `(source, native id)` when the row has one, else by `(source, content hash)`. Only records
/// of earlier files are candidates, and a matched record moves to this file, so repeats are
/// matched one to one: two identical payments in one file stay two payments.
struct RowStore {
    let writer: StoreWriter
    let fileID: Int64
    private let statements: RecordStatements
    /// Whether a source has records of other files. Without any (a first import) no row can
    /// match, and the per-row lookup is skipped; rows this file adds are never candidates.
    private var earlierRecords: (source: String, exist: Bool)?

    init(writer: StoreWriter, fileID: Int64) throws {
        self.writer = writer
        self.fileID = fileID
        statements = try RecordStatements(writer.db)
    }

    mutating func store(_ row: ImportedRow, form: StoredForm) throws -> StoreOutcome {
        guard try hasEarlierRecords(row.ref.source), let match = try match(row, hash: form.hash) else {
            return .inserted(try writer.insert(row, fileID: fileID, form: form, with: statements))
        }
        let db = writer.db
        try db.cachedStatement(sql: "UPDATE source_records SET file_id = ?, file = ?, record = ? WHERE id = ?")
            .execute(arguments: [fileID, row.ref.file, row.ref.record, match.id])
        try db.cachedStatement(sql: "DELETE FROM source_records WHERE merged_into = ?").execute(arguments: [match.id])
        if match.hash == form.hash {
            for line in row.mergedLines {
                try writer.insertSource(line.ref, nativeID: row.nativeID, raw: line.raw, fileID: fileID,
                                        mergedInto: match.id, with: statements)
            }
            return .unchanged(match.id)
        }
        try replaceContent(of: match.id, with: row, form: form)
        return .updated(match.id)
    }

    private mutating func hasEarlierRecords(_ source: String) throws -> Bool {
        if let earlierRecords, earlierRecords.source == source { return earlierRecords.exist }
        let exist = try Bool.fetchOne(writer.db, sql: """
            SELECT EXISTS (SELECT 1 FROM source_records WHERE source = ? AND file_id != ?)
            """, arguments: [source, fileID]) ?? true
        earlierRecords = (source, exist)
        return exist
    }

    private func match(_ row: ImportedRow, hash: String) throws -> (id: Int64, hash: String)? {
        let match = try Row.fetchOne(writer.db.cachedStatement(sql: Self.matchSQL(byNativeID: row.nativeID != nil)),
                                     arguments: [row.ref.source, row.nativeID ?? hash, fileID])
        return match.map { ($0[0], $0[1]) }
    }

    /// The earlier record a row is matched to, by native id or else by content hash; arguments:
    /// source, the id or hash, the row's file. A row without a native id matches only records
    /// without one: a record with an id came from rows that had ids, and is found by its id.
    static func matchSQL(byNativeID: Bool) -> String {
        let key = byNativeID ? "native_id = ?" : "content_hash = ? AND native_id IS NULL"
        return """
            SELECT id, content_hash FROM source_records
            WHERE source = ? AND \(key) AND file_id != ? AND merged_into IS NULL ORDER BY id LIMIT 1
            """
    }

    /// Swaps a record's raw cells and canonical records for the new version, keeping its id
    /// (and so its profile, which the resolver then re-checks).
    private func replaceContent(of id: Int64, with row: ImportedRow, form: StoredForm) throws {
        let db = writer.db
        try db.cachedStatement(sql: "UPDATE source_records SET content_hash = ?, raw = ? WHERE id = ?")
            .execute(arguments: [form.hash, form.rawText, id])
        for table in ["persons", "identifiers", "touchpoints", "deals", "payments", "campaign_stats", "campaigns"] {
            try db.cachedStatement(sql: "DELETE FROM \(table) WHERE record_id = ?").execute(arguments: [id])
        }
        try writer.insertRecords(of: row, id: id, fileID: fileID, values: form.values, with: statements)
    }
}
