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
    /// Stores a row as a new record, or matches it to the record an earlier file brought.
    ///
    /// A nightly sync re-reads whole exports, so a row is matched before it is inserted: by
    /// `(source, native id)` when the row has one, else by `(source, content hash)`. Only records
    /// of earlier files are candidates, and a matched record moves to this file, so repeats are
    /// matched one to one: two identical payments in one file stay two payments.
    public func store(_ row: ImportedRow, fileID: Int64) throws -> StoreOutcome {
        let raw = JSONText.pairs(row.raw)
        let hash = Self.contentHash(raw, row)
        let column = row.nativeID == nil ? "content_hash" : "native_id"
        let match = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, content_hash FROM source_records
            WHERE source = ? AND \(column) = ? AND file_id != ? AND merged_into IS NULL ORDER BY id LIMIT 1
            """), arguments: [row.ref.source, row.nativeID ?? hash, fileID])
        guard let match else { return .inserted(try insert(row, fileID: fileID, raw: raw, hash: hash)) }
        let id: Int64 = match[0]
        try db.cachedStatement(sql: "UPDATE source_records SET file_id = ?, file = ?, record = ? WHERE id = ?")
            .execute(arguments: [fileID, row.ref.file, row.ref.record, id])
        try db.cachedStatement(sql: "DELETE FROM source_records WHERE merged_into = ?").execute(arguments: [id])
        if (match[1] as String) == hash {
            for line in row.mergedLines {
                try insertSource(line.ref, nativeID: row.nativeID, raw: line.raw, fileID: fileID, mergedInto: id)
            }
            return .unchanged(id)
        }
        try replaceContent(of: id, with: row, raw: raw, hash: hash, fileID: fileID)
        return .updated(id)
    }

    /// A record's content hash covers the lines folded into it (Bitrix24 product rows), so a
    /// changed product line makes the record changed.
    static func contentHash(_ raw: String, _ row: ImportedRow) -> String {
        guard !row.mergedLines.isEmpty else { return SHA256.hex(raw) }
        return SHA256.hex(([raw] + row.mergedLines.map { JSONText.pairs($0.raw) }).joined(separator: "\n"))
    }

    /// Swaps a record's raw cells and canonical records for the new version, keeping its id
    /// (and so its profile, which the resolver then re-checks).
    private func replaceContent(of id: Int64, with row: ImportedRow, raw: String, hash: String, fileID: Int64) throws {
        try db.cachedStatement(sql: "UPDATE source_records SET content_hash = ?, raw = ? WHERE id = ?")
            .execute(arguments: [hash, raw, id])
        for table in ["persons", "identifiers", "touchpoints", "deals", "payments", "campaign_stats", "campaigns"] {
            try db.cachedStatement(sql: "DELETE FROM \(table) WHERE record_id = ?").execute(arguments: [id])
        }
        try insertRecords(of: row, id: id, fileID: fileID)
    }
}
