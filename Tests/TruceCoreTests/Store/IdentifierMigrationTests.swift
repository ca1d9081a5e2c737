import Foundation
import GRDB
import Testing
@testable import TruceCore

/// Migration v6 moves identifiers into a clustered table; a base written before it keeps every
/// identifier and the order each record listed them in.
@Suite struct IdentifierMigrationTests {
    @Test func identifiersSurviveWithTheirListedOrder() throws {
        let queue = try OldBase.make(upTo: "v5-resolution", """
            INSERT INTO runs (id, pipeline, started_at, status) VALUES (1, 'p', '2026-01-01T00:00:00Z', 'ok');
            INSERT INTO files (id, run_id, source, path, content_hash) VALUES (1, 1, 'crm', 'deals.csv', 'h');
            INSERT INTO source_records (id, file_id, source, file, record, content_hash, raw)
                VALUES (1, 1, 'crm', 'deals.csv', 1, 'a', '[]'), (2, 1, 'crm', 'deals.csv', 2, 'b', '[]');
            INSERT INTO identifiers (record_id, kind, value) VALUES
                (1, 'external_id', 'hubspot_contact:900'), (1, 'external_id', 'hubspot_contact:100'),
                (1, 'email', 'z@mail.ru'), (2, 'external_id', 'hubspot_contact:100');
            """)
        try Schema.migrator.migrate(queue)
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT record_id, kind, value FROM identifiers ORDER BY record_id, kind, position")
                .map { "\($0[0] as Int64) \($0[1] as String) \($0[2] as String)" }
        }
        #expect(rows == ["1 email z@mail.ru", "1 external_id hubspot_contact:900", "1 external_id hubspot_contact:100",
                         "2 external_id hubspot_contact:100"])
        let shared = try queue.read { try StoreReader(db: $0).sharedPersonExternalIDs() }
        #expect(shared.map(\.value) == ["hubspot_contact:900", "hubspot_contact:100", "hubspot_contact:100"])
        let withoutRowID = try queue.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'identifiers'")
        }
        #expect(withoutRowID?.contains("WITHOUT ROWID") == true)
    }
}
