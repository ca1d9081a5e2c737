import Foundation
import GRDB
import Testing
@testable import TruceCore

/// Migration v7 cuts the lookup indexes to the rows their lookups can find (records without a
/// native id by content hash; external ids by value). The lookups must still read them, not scan
/// the tables, and a base written before v7 keeps answering them the same way.
@Suite struct LookupIndexTests {
    /// SQLite's plan for `sql`, one detail line per step.
    private func plan(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> [String] {
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
    }

    @Test func rowMatchingReadsTheIndexOfItsKey() throws {
        let store = try SQLiteStore(path: TestPaths.temporaryFolder().appendingPathComponent("base.sqlite").path)
        try store.read { reader in
            let byHash = try plan(reader.db, RowStore.matchSQL(byNativeID: false), ["payments", "h", 1])
            #expect(byHash.contains { $0.contains("USING INDEX source_records_hash") }, "\(byHash)")
            let byID = try plan(reader.db, RowStore.matchSQL(byNativeID: true), ["crm", "42", 1])
            #expect(byID.contains { $0.contains("USING INDEX source_records_native") }, "\(byID)")
        }
    }

    @Test func sharedExternalIDsReadTheIndexOfExternalIDs() throws {
        let store = try SQLiteStore(path: TestPaths.temporaryFolder().appendingPathComponent("base.sqlite").path)
        let steps = try store.read { try plan($0.db, StoreReader.sharedExternalIDsSQL, []) }
        #expect(steps.filter { $0.contains("identifiers_external_id") }.count == 2, "\(steps)")
        #expect(!steps.contains { $0.hasPrefix("SCAN identifiers") && !$0.contains("INDEX") }, "\(steps)")
    }

    /// A v6 base: records with and without native ids, shared and unshared external ids and an
    /// email. After v7 the same lookups find the same records.
    @Test func aBaseFromBeforeV7KeepsItsLookups() throws {
        let queue = try OldBase.make(upTo: "v6-clustered-identifiers", """
            INSERT INTO runs (id, pipeline, started_at, status) VALUES (1, 'p', '2026-01-01T00:00:00Z', 'ok');
            INSERT INTO files (id, run_id, source, path, content_hash) VALUES (1, 1, 'crm', 'deals.csv', 'h');
            INSERT INTO source_records (id, file_id, source, file, record, native_id, content_hash, raw) VALUES
                (1, 1, 'crm', 'deals.csv', 1, '7', 'a', '[]'), (2, 1, 'crm', 'deals.csv', 2, NULL, 'b', '[]'),
                (3, 1, 'crm', 'deals.csv', 3, '9', 'b', '[]');
            INSERT INTO identifiers (record_id, kind, value, position) VALUES
                (1, 'external_id', 'amocrm_contact:5', 0), (2, 'external_id', 'amocrm_contact:5', 0),
                (3, 'external_id', 'amocrm_contact:6', 0), (3, 'email', 'amocrm_contact:5', 1);
            """)
        try Schema.migrator.migrate(queue)
        try queue.read { db in
            let reader = StoreReader(db: db)
            #expect(try reader.recordID(forKey: "crm|hash:b") == 2, "record 3 has an id: found by it, not by hash")
            #expect(try reader.recordID(forKey: "crm|id:9") == 3)
            #expect(try reader.sharedPersonExternalIDs().map(\.recordID) == [1, 2], "an email never counts as an id")
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
            #expect(Set(indexes).isSuperset(of: ["identifiers_external_id", "source_records_hash", "source_records_native"]))
            #expect(!indexes.contains("identifiers_value"))
        }
    }
}
