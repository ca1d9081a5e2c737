import Foundation
import GRDB
import GRDBSQLite

/// A cached statement of the import's hot path, bound and stepped through SQLite's C API.
///
/// GRDB's `execute(arguments:)` boxes every argument as a `DatabaseValue` and re-checks the
/// argument list on every call; on a million-row file that cost more than SQLite's own work.
/// The statement stays owned by GRDB's statement cache, so its lifetime is GRDB's concern.
struct BulkStatement {
    private let statement: Statement
    private let handle: OpaquePointer

    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
        // A cached statement GRDB stepped before may still be mid-run; bindings need it reset.
        sqlite3_reset(handle)
    }

    /// Binds the values `bind` supplies, in parameter order, and runs the statement to completion.
    func execute(_ db: Database, _ bind: (inout Binder) -> Void) throws {
        var binder = Binder(handle: handle)
        bind(&binder)
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            // The message is read before the reset, which would otherwise report the error again.
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        sqlite3_reset(handle)
    }

    /// Binds the parameters of one execution, left to right.
    struct Binder {
        let handle: OpaquePointer
        private var position: Int32 = 0

        init(handle: OpaquePointer) {
            self.handle = handle
        }

        mutating func text(_ value: String?) {
            position += 1
            guard let value else {
                sqlite3_bind_null(handle, position)
                return
            }
            value.withUTF8Bytes { bytes(UnsafeRawBufferPointer($0)) }
        }

        /// Binds UTF-8 bytes as text.
        mutating func text(utf8 value: [UInt8]) {
            position += 1
            value.withUnsafeBytes { bytes($0) }
        }

        private func bytes(_ bytes: UnsafeRawBufferPointer) {
            // An empty string needs a real pointer: a null one would bind NULL.
            guard let base = bytes.baseAddress else {
                sqlite3_bind_text(handle, position, "", 0, Self.transient)
                return
            }
            _ = sqlite3_bind_text(handle, position, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count),
                                  Self.transient)
        }

        mutating func integer(_ value: Int64?) {
            position += 1
            guard let value else {
                sqlite3_bind_null(handle, position)
                return
            }
            sqlite3_bind_int64(handle, position, value)
        }

        mutating func integer(_ value: Int?) {
            integer(value.map(Int64.init))
        }

        /// SQLite copies the bytes, since Swift only lends them for the call.
        private static var transient: sqlite3_destructor_type {
            unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
        }
    }
}
