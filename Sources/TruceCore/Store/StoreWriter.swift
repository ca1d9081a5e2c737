import Foundation
import GRDB

/// Writes inside one open transaction of the base. Obtained from `SQLiteStore.write`.
public struct StoreWriter {
    let db: Database

    public func beginRun(pipeline: String, startedAt: Date) throws -> Int64 {
        try db.execute(sql: "INSERT INTO runs (pipeline, started_at, status) VALUES (?, ?, 'running')",
                       arguments: [pipeline, Timestamp.iso(startedAt)])
        return db.lastInsertedRowID
    }

    public func finishRun(_ id: Int64, status: String, finishedAt: Date, summary: String) throws {
        try db.execute(sql: "UPDATE runs SET status = ?, finished_at = ?, summary = ? WHERE id = ?",
                       arguments: [status, Timestamp.iso(finishedAt), summary, id])
    }

    /// Whether a file with this content was already imported for the source.
    public func isImported(source: String, contentHash: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM files WHERE source = ? AND content_hash = ?",
                          arguments: [source, contentHash]) ?? false
    }

    public func addFile(runID: Int64, source: String, path: String, contentHash: String, encoding: String) throws -> Int64 {
        try db.execute(sql: "INSERT INTO files (run_id, source, path, content_hash, encoding) VALUES (?, ?, ?, ?, ?)",
                       arguments: [runID, source, path, contentHash, encoding])
        return db.lastInsertedRowID
    }

    public func setRecordCount(fileID: Int64, records: Int, encoding: String) throws {
        try db.execute(sql: "UPDATE files SET records = ?, encoding = ? WHERE id = ?", arguments: [records, encoding, fileID])
    }

    /// Reads through the same open transaction, seeing its uncommitted writes.
    public var reader: StoreReader { StoreReader(db: db) }

    public func quarantine(runID: Int64, _ entry: QuarantineEntry) throws {
        try db.cachedStatement(sql: """
            INSERT INTO quarantine (run_id, source, file, record, line, field, reason, raw)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [runID, entry.ref.source, entry.ref.file, entry.ref.record, entry.line,
                                     entry.field, entry.reason, JSONText.pairs(entry.raw)])
    }

    /// Stores a mapped row as a new source record with every record it produced; returns its id.
    func insert(_ row: ImportedRow, fileID: Int64, form: StoredForm, with statements: RecordStatements) throws -> Int64 {
        try statements.source.execute(db) { bind in
            bind.integer(fileID)
            bind.text(row.ref.source)
            bind.text(row.ref.file)
            bind.integer(row.ref.record)
            bind.text(row.nativeID)
            bind.text(form.hash)
            bind.text(utf8: form.raw)
            bind.integer(nil as Int64?)
        }
        let id = db.lastInsertedRowID
        try insertRecords(of: row, id: id, fileID: fileID, values: form.values, with: statements)
        return id
    }

    /// The canonical records a row produced, and the lines folded into it, under source record `id`.
    func insertRecords(of row: ImportedRow, id: Int64, fileID: Int64, values: FormattedValues,
                       with statements: RecordStatements) throws {
        for line in row.mergedLines {
            try insertSource(line.ref, nativeID: row.nativeID, raw: line.raw, fileID: fileID, mergedInto: id,
                             with: statements)
        }
        // Each record is handed over as the row's optional, not bound out of it: binding copies it.
        try insert(row.person, recordID: id, values: values, with: statements)
        try insert(row.touchpoint, recordID: id, values: values, with: statements)
        try insert(row.deal, recordID: id, values: values, with: statements)
        try insert(row.payment, recordID: id, values: values, with: statements)
        if let stats = row.campaignStats { try upsert(stats, recordID: id) }
        if let campaign = row.campaign { try upsert(campaign, recordID: id) }
    }

    /// A line folded into record `mergedInto`, kept as its own source record.
    func insertSource(_ ref: SourceRecordRef, nativeID: String?, raw cells: [(column: String, value: String)],
                      fileID: Int64, mergedInto: Int64, with statements: RecordStatements) throws {
        let raw = StoredJSON.pairs(cells)
        let hash = SHA256.hex(raw)
        try statements.source.execute(db) { bind in
            bind.integer(fileID)
            bind.text(ref.source)
            bind.text(ref.file)
            bind.integer(ref.record)
            bind.text(nativeID)
            bind.text(hash)
            bind.text(utf8: raw)
            bind.integer(mergedInto)
        }
    }
}
