import Foundation
import GRDB
import Testing
@testable import TruceCore

/// The settings a base is opened with: WAL journal, and 16 KiB pages for a new file.
@Suite struct SQLiteStoreSettingsTests {
    @Test func aNewBaseUsesLargePagesAndTheWAL() throws {
        let folder = TestPaths.temporaryFolder()
        let store = try SQLiteStore(path: folder.appendingPathComponent("base.sqlite").path)
        let (pageSize, journal) = try store.read { reader in
            (try Int.fetchOne(reader.db, sql: "PRAGMA page_size"), try String.fetchOne(reader.db, sql: "PRAGMA journal_mode"))
        }
        #expect(pageSize == 16384)
        #expect(journal == "wal")
    }

    @Test func anExistingBaseKeepsItsPageSize() throws {
        let folder = TestPaths.temporaryFolder()
        let path = folder.appendingPathComponent("old.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "PRAGMA page_size = 4096; CREATE TABLE t (x); DROP TABLE t") }
        try queue.close()
        let store = try SQLiteStore(path: path)
        #expect(try store.read { try Int.fetchOne($0.db, sql: "PRAGMA page_size") } == 4096)
        #expect(try store.read { try Int.fetchOne($0.db, sql: "SELECT COUNT(*) FROM source_records") } == 0)
    }
}
