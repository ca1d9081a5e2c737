import Foundation
import GRDB

extension StoreWriter {
    /// Notes which importer read a file (`meta_lead_ads`, `generic`…).
    public func setImporter(fileID: Int64, kind: String) throws {
        try db.execute(sql: "UPDATE files SET importer = ? WHERE id = ?", arguments: [kind, fileID])
    }

    /// Writes the resolver's decisions: record → profile, new profiles, and merged ids, in a fixed
    /// order. The per-row statements are bound directly: a first import gives every record a new
    /// profile, a million inserts and updates.
    public func apply(_ resolution: Resolution, runID: Int64) throws {
        let insert = try BulkStatement(db, sql: "INSERT INTO profiles (id, created_run, updated_run) VALUES (?, ?, ?)")
        for profile in Self.inStringOrder(resolution.newProfiles) {
            try insert.execute(db) { bind in
                bind.text(profile)
                bind.integer(runID)
                bind.integer(runID)
            }
        }
        for (old, new) in resolution.redirects.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: "INSERT OR REPLACE INTO profile_redirects (old_id, new_id, run_id) VALUES (?, ?, ?)",
                           arguments: [old, new, runID])
            try db.execute(sql: "UPDATE profile_redirects SET new_id = ? WHERE new_id = ?", arguments: [new, old])
            try db.execute(sql: "DELETE FROM profiles WHERE id = ?", arguments: [old])
        }
        let assign = try BulkStatement(db, sql: "UPDATE source_records SET profile_id = ? WHERE id = ?")
        var touched = Set<String>()
        for (record, profile) in resolution.assignments.sorted(by: { $0.key < $1.key }) {
            try assign.execute(db) { bind in
                bind.text(profile)
                bind.integer(record)
            }
            if !resolution.newProfiles.contains(profile) { touched.insert(profile) }
        }
        let touch = try BulkStatement(db, sql: "UPDATE profiles SET updated_run = ? WHERE id = ?")
        for profile in Self.inStringOrder(touched) {
            try touch.execute(db) { bind in
                bind.integer(runID)
                bind.text(profile)
            }
        }
    }

    /// `ids` in `String` order. Ids of up to 16 ASCII bytes without NUL (every generated profile id)
    /// sort as two big-endian words, which orders them as `String` does (byte order, a prefix
    /// first) at a fraction of the cost; any other id sends the whole list through `sorted()`.
    static func inStringOrder(_ ids: Set<String>) -> [String] {
        var keyed: [(high: UInt64, low: UInt64, id: String)] = []
        keyed.reserveCapacity(ids.count)
        for var id in ids {
            let packed: (UInt64, UInt64)? = id.withUTF8 { bytes in
                guard bytes.count <= 16 else { return nil }
                var words: (UInt64, UInt64) = (0, 0)
                for (position, byte) in bytes.enumerated() {
                    guard byte != 0 && byte < 0x80 else { return nil }
                    let shift = UInt64(8 * (7 - position % 8))
                    if position < 8 { words.0 |= UInt64(byte) << shift } else { words.1 |= UInt64(byte) << shift }
                }
                return words
            }
            guard let packed else { return ids.sorted() }
            keyed.append((packed.0, packed.1, id))
        }
        keyed.sort { ($0.high, $0.low) < ($1.high, $1.low) }
        return keyed.map(\.id)
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
