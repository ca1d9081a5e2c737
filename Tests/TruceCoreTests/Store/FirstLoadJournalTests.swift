import Foundation
import GRDB
import Testing
@testable import TruceCore

/// A first load goes through a rollback journal (each page written once) with foreign keys
/// checked once before commit, and leaves the base in WAL mode with foreign keys on; later
/// writes, and a first load while another connection has the base open, are made as usual.
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

    private func foreignKeys(_ db: Database) throws -> Bool? {
        try Bool.fetchOne(db, sql: "PRAGMA foreign_keys")
    }

    /// A person row of a record that does not exist, written by a buggy writer.
    private func addOrphan(_ writer: StoreWriter) throws {
        try writer.db.execute(sql: "INSERT INTO persons (record_id, full_name) VALUES (999, 'x')")
    }

    @Test func aFirstLoadChecksForeignKeysOnceBeforeCommit() throws {
        let store = try SQLiteStore(path: TestPaths.temporaryFolder().appendingPathComponent("base.sqlite").path)
        let error = #expect(throws: StoreError.self) {
            try store.write { writer in
                #expect(try foreignKeys(writer.db) == false, "checked at the end instead")
                try addRecord(writer)
                try addOrphan(writer)
            }
        }
        #expect(error.map { "\($0)" }?.contains("a row of persons refers to a missing row of source_records") == true)
        #expect(try store.read { try Int.fetchOne($0.db, sql: "SELECT COUNT(*) FROM source_records") } == 0)
        try store.write { writer in
            #expect(try foreignKeys(writer.db) == false, "still a first load")
            try addRecord(writer)
        }
        #expect(throws: StoreError.self, "a base with records checks every row as it goes in") {
            try store.write { writer in
                #expect(try foreignKeys(writer.db) == true)
                try addOrphan(writer)
            }
        }
        #expect(try store.read { try foreignKeys($0.db) } == true)
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
