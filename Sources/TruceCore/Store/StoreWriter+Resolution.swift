import Foundation
import GRDB

extension StoreWriter {
    /// Notes which importer read a file (`meta_lead_ads`, `generic`…).
    public func setImporter(fileID: Int64, kind: String) throws {
        try db.execute(sql: "UPDATE files SET importer = ? WHERE id = ?", arguments: [kind, fileID])
    }

    /// Keeps the model a run trained, with the settings it was trained for and the number of
    /// person records it saw (a base that has since grown a lot is re-trained).
    public func saveMatchModel(_ model: MatchModel, settings: MatchSettings, records: Int, runID: Int64) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let modelText = String(decoding: try encoder.encode(model), as: UTF8.self)
        let settingsText = String(decoding: try encoder.encode(settings), as: UTF8.self)
        try db.execute(sql: """
            INSERT OR REPLACE INTO match_model (id, run_id, settings, model, records) VALUES (1, ?, ?, ?, ?)
            """, arguments: [runID, settingsText, modelText, records])
    }

    /// Keeps the state the next incremental run starts from (replacing the previous one).
    public func saveMatchState(_ state: MatchState, runID: Int64) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO match_state (id, run_id, state) VALUES (1, ?, ?)",
                       arguments: [runID, state.serialized()])
    }

    /// Writes merges and splits to the audit log.
    public func record(_ events: [ProfileEvent], runID: Int64, at date: Date) throws {
        for event in events {
            try db.cachedStatement(sql: """
                INSERT INTO profile_events (run_id, kind, profile_id, other_id, records, reason, at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [runID, event.kind.rawValue, event.profileID, event.absorbedProfileID,
                                         JSONText.array(event.recordIDs.map(String.init)), event.reason, Timestamp.iso(date)])
        }
    }

    /// Keeps a person's decision about two records (by stable key); a later decision about the
    /// same pair replaces the earlier one.
    public func addLink(_ left: String, _ right: String, mustLink: Bool, origin: String, at date: Date) throws {
        let (a, b) = left < right ? (left, right) : (right, left)
        try db.execute(sql: """
            INSERT OR REPLACE INTO record_links (left_key, right_key, kind, decided_at, origin) VALUES (?, ?, ?, ?, ?)
            """, arguments: [a, b, mustLink ? "must" : "cannot", Timestamp.iso(date), origin])
    }

    /// Records that identify nobody (test leads, rows without name or contact) lose their profile.
    public func unassign(_ records: [Int64]) throws {
        for id in records {
            try db.cachedStatement(sql: "UPDATE source_records SET profile_id = NULL WHERE id = ?").execute(arguments: [id])
        }
    }

    /// Drops profiles no record belongs to any more (all their records were unassigned); merged
    /// profiles are already gone and redirect to their survivor. Returns how many were dropped.
    @discardableResult
    public func dropEmptyProfiles() throws -> Int {
        try db.execute(sql: """
            DELETE FROM profiles WHERE NOT EXISTS (SELECT 1 FROM source_records r WHERE r.profile_id = profiles.id)
            """)
        return db.changesCount
    }
}
