import Foundation
import GRDB

/// Reads from the base inside one consistent snapshot. Obtained from `SQLiteStore.read`.
public struct StoreReader {
    let db: Database

    /// `source,file,record,profile_id` for every imported record, sorted.
    public func lineage() throws -> [(ref: SourceRecordRef, profileID: String?)] {
        try Row.fetchAll(db, sql: """
            SELECT r.source, r.file, r.record, COALESCE(r.profile_id, h.profile_id) FROM source_records r
            LEFT JOIN source_records h ON h.id = r.merged_into ORDER BY r.source, r.file, r.record
            """)
            .map { (SourceRecordRef(source: $0[0], file: $0[1], record: $0[2]), $0[3]) }
    }

    /// Where profile ids that were merged away now point.
    public func redirects() throws -> [String: String] {
        try Row.fetchAll(db, sql: "SELECT old_id, new_id FROM profile_redirects")
            .reduce(into: [:]) { $0[$1[0] as String] = $1[1] as String }
    }

    public func count(_ table: StoreTable) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.rawValue)") ?? 0
    }

    /// Recent runs, newest first.
    public func runs(limit: Int) throws -> [RunInfo] {
        try Row.fetchAll(db, sql: "SELECT id, pipeline, started_at, finished_at, status, summary FROM runs ORDER BY id DESC LIMIT ?",
                         arguments: [limit])
            .map { RunInfo(id: $0[0], pipeline: $0[1], startedAt: $0[2], finishedAt: $0[3], status: $0[4], summary: $0[5]) }
    }

    /// Quarantined rows of a run, in file order. Reasons only: raw cells stay in the base.
    public func quarantine(runID: Int64) throws -> [QuarantinedRow] {
        try Row.fetchAll(db, sql: "SELECT source, file, record, line, field, reason FROM quarantine WHERE run_id = ? ORDER BY id",
                         arguments: [runID])
            .map { QuarantinedRow(ref: SourceRecordRef(source: $0[0], file: $0[1], record: $0[2]), line: $0[3], field: $0[4], reason: $0[5]) }
    }
}

/// Tables whose sizes the summary reports.
public enum StoreTable: String, Sendable, CaseIterable {
    case sourceRecords = "source_records", persons, touchpoints, deals, payments
    case campaignStats = "campaign_stats", campaigns, profiles, quarantine
}

public struct RunInfo: Sendable {
    public var id: Int64
    public var pipeline: String
    public var startedAt: String
    public var finishedAt: String?
    public var status: String
    public var summary: String?
}

public struct QuarantinedRow: Sendable, Equatable {
    public var ref: SourceRecordRef
    public var line: Int
    public var field: String?
    public var reason: String
}
