import Foundation
import GRDB

extension StoreReader {
    /// Every person record as the resolver sees it, in import order.
    ///
    /// Emails and phones are read in record order alongside the records (a merge of two ordered
    /// scans), so no table of every record's contacts is built first.
    public func matchRecords() throws -> [MatchRecord] {
        let identifiers = try Row.fetchCursor(db, sql: """
            SELECT record_id, kind, value FROM identifiers WHERE kind IN ('email', 'phone') ORDER BY record_id, kind, value
            """)
        var pending = try identifiers.next().map(Self.contact)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT r.id, r.source, r.content_hash, r.record, r.profile_id, p.full_name, p.first_name, p.last_name,
                   p.middle_name, p.city, p.birth_date, p.seen_at
            FROM source_records r JOIN persons p ON p.record_id = r.id ORDER BY r.id
            """)
        var records: [MatchRecord] = []
        while let row = try rows.next() {
            let id: Int64 = row[0]
            var emails: [String] = [], phones: [String] = []
            // Contacts of records that are not persons come first in the scan and are passed over.
            while let contact = pending, contact.record <= id {
                if contact.record == id {
                    if contact.isEmail { emails.append(contact.value) } else { phones.append(contact.value) }
                }
                pending = try identifiers.next().map(Self.contact)
            }
            records.append(MatchRecord(
                id: id, source: row[1], fullName: row[5], firstName: row[6], lastName: row[7], middleName: row[8],
                emails: emails, phones: phones, city: row[9], birthDate: row[10],
                seenAt: (row[11] as String?).flatMap(Timestamp.parseISO), profileID: row[4],
                seed: "\(row[1] as String)\n\(row[2] as String)\n\(row[3] as Int)"))
        }
        return records
    }

    /// One row of the identifiers scan of `matchRecords`.
    private static func contact(_ row: Row) -> (record: Int64, isEmail: Bool, value: String) {
        (row[0], (row[1] as String) == "email", row[2])
    }

    /// The stored model, the settings it was trained with and the records it saw, if any. A model
    /// this version cannot decode counts as none (the next run trains a new one).
    public func matchModel() throws -> (model: MatchModel, settings: MatchSettings, records: Int)? {
        guard let row = try Row.fetchOne(db, sql: "SELECT model, settings, records FROM match_model WHERE id = 1") else {
            return nil
        }
        let decoder = JSONDecoder()
        guard let model = try? decoder.decode(MatchModel.self, from: Data((row[0] as String).utf8)),
              let settings = try? decoder.decode(MatchSettings.self, from: Data((row[1] as String).utf8)) else { return nil }
        return (model, settings, row[2])
    }

    /// The state the last run left for incremental runs; nil when there is none or this version
    /// cannot read it (the next run then prepares every record and stores a fresh one).
    public func matchState() throws -> MatchState? {
        guard let data = try Data.fetchOne(db, sql: "SELECT state FROM match_state WHERE id = 1") else { return nil }
        return try? MatchState(serialized: data)
    }

    /// People's must-link / cannot-link decisions, mapped onto the records' current ids.
    public func matchLinks() throws -> MatchLinks {
        var links = MatchLinks()
        for row in try Row.fetchAll(db, sql: "SELECT left_key, right_key, kind FROM record_links") {
            guard let a = try recordID(forKey: row[0]), let b = try recordID(forKey: row[1]) else { continue }
            if (row[2] as String) == "must" { links.mustLink.insert(RecordPair(a, b)) } else { links.cannotLink.insert(RecordPair(a, b)) }
        }
        return links
    }

    /// The record with a stable key — `source|id:NATIVE` or `source|hash:CONTENT`, which survives
    /// re-imports (a re-read row is matched to the same record by the same rule) — if any. Lines
    /// folded into another record (Bitrix24 product rows) share its native id and are skipped.
    public func recordID(forKey key: String) throws -> Int64? {
        guard let bar = key.firstIndex(of: "|") else { return nil }
        let source = String(key[..<bar]), rest = key[key.index(after: bar)...]
        let (column, value): (String, Substring)
        if rest.hasPrefix("id:") {
            (column, value) = ("native_id", rest.dropFirst(3))
        } else if rest.hasPrefix("hash:") {
            (column, value) = ("content_hash", rest.dropFirst(5))
        } else {
            return nil
        }
        let nativeless = column == "content_hash" ? "AND native_id IS NULL" : ""
        return try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT id FROM source_records WHERE source = ? AND \(column) = ? \(nativeless) AND merged_into IS NULL
            ORDER BY id LIMIT 1
            """), arguments: [source, String(value)])
    }

    static func recordKey(source: String, nativeID: String?, contentHash: String) -> String {
        nativeID.map { "\(source)|id:\($0)" } ?? "\(source)|hash:\(contentHash)"
    }

    /// Where a record came from, for explanations and review sheets.
    public func recordRef(_ id: Int64) throws -> (ref: SourceRecordRef, key: String, profileID: String?)? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT source, file, record, native_id, content_hash, profile_id FROM source_records WHERE id = ?
            """, arguments: [id]) else { return nil }
        return (SourceRecordRef(source: row[0], file: row[1], record: row[2]),
                Self.recordKey(source: row[0], nativeID: row[3], contentHash: row[4]), row[5])
    }

    /// Current id of a profile id that may have been merged away.
    public func currentProfileID(_ id: String) throws -> String {
        var current = id
        for _ in 0..<64 {
            guard let next = try String.fetchOne(db, sql: "SELECT new_id FROM profile_redirects WHERE old_id = ?",
                                                 arguments: [current]) else { break }
            current = next
        }
        return current
    }

    /// Source record ids of a profile, in import order.
    public func recordIDs(ofProfile id: String) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT id FROM source_records WHERE profile_id = ? ORDER BY id", arguments: [id])
    }
}

/// A record or profile named on the command line.
enum ExplainTarget {
    case record(Int64)
    case profile(String)
}

extension StoreReader {
    func explainTarget(_ text: String) throws -> ExplainTarget {
        if text.hasPrefix("p_") {
            let current = try currentProfileID(text)
            guard !(try recordIDs(ofProfile: current)).isEmpty else { throw ExplainError.unknown(text) }
            return .profile(current)
        }
        if let id = try recordID(forKey: text) { return .record(id) }
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let id = Int64(digits), try isPerson(id) else { throw ExplainError.unknown(text) }
        return .record(id)
    }

    private func isPerson(_ id: Int64) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM persons WHERE record_id = ?", arguments: [id]) ?? false
    }
}
