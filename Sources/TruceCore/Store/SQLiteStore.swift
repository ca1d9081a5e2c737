import CTruceSQLite
import Foundation
import GRDB

/// The embedded default base: one SQLite file, migrated on open.
public final class SQLiteStore: Sendable {
    public let path: String
    private let queue: DatabaseQueue

    /// SQLite's process-wide settings, made once before the first connection opens
    /// (`truce_sqlite_configure`). If something opened SQLite earlier they stay as they were,
    /// which is only slower.
    private static let configured: Void = { _ = truce_sqlite_configure() }()

    public init(path: String) throws {
        Self.configured
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.prepareDatabase { db in
                // A 64 MiB page cache (SQLite's default is 2 MiB) keeps the indexes a large import
                // inserts into in memory instead of spilling and re-reading pages in the WAL.
                // 16 KiB pages (a new base only: an existing file keeps its size) quarter the
                // pages a large import writes, and with them the WAL frames every page lookup
                // searches once the import outgrows the cache.
                try db.execute(sql: """
                    PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
                    PRAGMA cache_size = -65536
                    """)
            }
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try Schema.migrator.migrate(queue)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Self.reason(error))
        }
    }

    /// Runs `body` in one transaction: everything it writes is kept, or nothing is.
    /// With `commit: false` the transaction is rolled back at the end (dry runs).
    ///
    /// A write into a base without records (a first load) is made the cheap way
    /// (`beginFirstLoad`): through a rollback journal instead of the WAL, and with foreign keys
    /// checked once over the whole transaction before it commits instead of row by row.
    public func write<T>(commit: Bool = true, _ body: (StoreWriter) throws -> T) throws -> T {
        do {
            return try queue.writeWithoutTransaction { db in
                let firstLoad = try Self.beginFirstLoad(db)
                defer { if firstLoad { Self.endFirstLoad(db) } }
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(StoreWriter(db: db))
                    if firstLoad && commit { try checkForeignKeys(db) }
                    return commit ? .commit : .rollback
                }
                guard let result else { throw StoreError.database(path: path, reason: "the transaction produced no result") }
                return result
            }
        } catch let error as DatabaseError {
            throw StoreError.database(path: path, reason: Self.reason(error))
        }
    }

    /// On a base without records, sets up a first load and returns true:
    /// - a rollback journal instead of the WAL: pages a transaction adds to the end of the file
    ///   need no journal, so each page of a million-record load is written once, where the WAL
    ///   writes it twice (to the log, then into the base at the checkpoint after commit) and
    ///   searches a growing log on every page read. Synced fully: a power cut mid-load must not
    ///   damage the file;
    /// - foreign keys off, checked instead by `checkForeignKeys` before commit: one pass over the
    ///   tables costs a fifth of checking each of a million records' five child rows as it goes in.
    /// The base is back in WAL mode with foreign keys on when the write ends. While another
    /// connection has the base open SQLite cannot leave the WAL (it reports the base busy): the
    /// write is then made as any other, and this returns false.
    private static func beginFirstLoad(_ db: Database) throws -> Bool {
        guard try StoreWriter.isEmpty(db),
              (try? String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")) == "delete" else { return false }
        try db.execute(sql: "PRAGMA synchronous = FULL; PRAGMA foreign_keys = OFF")
        return true
    }

    /// Back to the settings every other write has (see `init`).
    private static func endFirstLoad(_ db: Database) {
        try? db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON")
    }

    /// Fails the transaction when a row refers to a row that does not exist, naming the table.
    private func checkForeignKeys(_ db: Database) throws {
        guard let violation = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") else { return }
        let table: String = violation["table"], parent: String = violation["parent"]
        throw StoreError.database(path: path, reason: "a row of \(table) refers to a missing row of \(parent)")
    }

    /// Runs `body` against a consistent read-only view of the base.
    public func read<T>(_ body: (StoreReader) throws -> T) throws -> T {
        do {
            return try queue.read { db in try body(StoreReader(db: db)) }
        } catch let error as DatabaseError {
            throw StoreError.database(path: path, reason: Self.reason(error))
        }
    }

    /// SQLite's message without SQL arguments (which could hold customer data).
    private static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "SQLite error \(error.resultCode)"
        }
        return String(describing: error)
    }
}
