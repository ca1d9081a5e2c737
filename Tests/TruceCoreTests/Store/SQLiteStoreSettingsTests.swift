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

/// A first load goes through a rollback journal (each page written once) and leaves the base in
/// WAL mode; later writes, and a first load while another connection has the base open, use
/// the WAL throughout.
@Suite struct FirstLoadJournalTests {
    private func journal(_ writer: StoreWriter) throws -> String? {
        try String.fetchOne(writer.db, sql: "PRAGMA journal_mode")
    }

    private func addRecord(_ writer: StoreWriter) throws {
        let run = try writer.beginRun(pipeline: "p", startedAt: Date(timeIntervalSince1970: 0))
        let file = try writer.addFile(runID: run, source: "s", path: "f.csv", contentHash: "h\(run)", encoding: "")
        try writer.db.execute(sql: """
            INSERT INTO source_records (file_id, source, file, record, content_hash, raw) VALUES (?, 's', 'f.csv', 1, 'c', '[]')
            """, arguments: [file])
    }

    @Test func aFirstLoadUsesTheRollbackJournalThenTheBaseIsBackInWAL() throws {
        let store = try SQLiteStore(path: TestPaths.temporaryFolder().appendingPathComponent("base.sqlite").path)
        #expect(try store.write { writer in try addRecord(writer); return try journal(writer) } == "delete")
        #expect(try store.read { try String.fetchOne($0.db, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try store.write { writer in try addRecord(writer); return try journal(writer) } == "wal", "the base has records")
        #expect(try store.read { try Int.fetchOne($0.db, sql: "SELECT COUNT(*) FROM source_records") } == 2)
    }

    @Test func aFailedFirstLoadLeavesAnEmptyBaseInWAL() throws {
        struct Failure: Error {}
        let store = try SQLiteStore(path: TestPaths.temporaryFolder().appendingPathComponent("base.sqlite").path)
        #expect(throws: Failure.self) {
            try store.write { writer in
                try addRecord(writer)
                throw Failure()
            }
        }
        #expect(try store.read { try Int.fetchOne($0.db, sql: "SELECT COUNT(*) FROM source_records") } == 0)
        #expect(try store.read { try String.fetchOne($0.db, sql: "PRAGMA journal_mode") } == "wal")
    }

    @Test func anotherOpenConnectionKeepsTheFirstLoadInWAL() throws {
        let path = TestPaths.temporaryFolder().appendingPathComponent("base.sqlite").path
        let store = try SQLiteStore(path: path)
        let other = try DatabaseQueue(path: path)
        try other.read { _ = try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM source_records") }
        let mode = try store.write { writer in try addRecord(writer); return try journal(writer) }
        #expect(mode == "wal")
        #expect(try other.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM source_records") } == 1)
    }
}
