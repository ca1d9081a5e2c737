import Foundation
import GRDB
import Testing
@testable import TruceCore

/// Rows added to a `BatchedInsert` reach the table in order, whole batches and a remainder alike,
/// with NULLs and text kept as given, and only once flushed.
@Suite struct BatchedInsertTests {
    @Test(arguments: [0, 1, 31, 32, 33, 70])
    func rowsArriveInOrder(count: Int) throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER)")
            let batch = try BatchedInsert(db, into: "t", columns: ["id", "name", "n"])
            for index in 0..<count {
                batch.add { row in
                    row.integer(Int64(index + 1))
                    row.text(index % 3 == 0 ? nil : "имя \(index)")
                    row.integer(index % 5 == 0 ? nil : index * 10)
                }
            }
            #expect(batch.pendingRows == count)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM t") == 0, "nothing is written before the flush")
            try batch.flush()
            #expect(batch.pendingRows == 0)
            let rows = try Row.fetchAll(db, sql: "SELECT id, name, n FROM t ORDER BY id")
            #expect(rows.count == count)
            for (index, row) in rows.enumerated() {
                #expect(row[0] as Int64 == Int64(index + 1))
                #expect(row[1] as String? == (index % 3 == 0 ? nil : "имя \(index)"))
                #expect(row[2] as Int? == (index % 5 == 0 ? nil : index * 10))
            }
        }
    }

    @Test func orIgnoreSkipsRepeatedKeys() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE ids (record_id INTEGER, value TEXT, PRIMARY KEY (record_id, value)) WITHOUT ROWID")
            let batch = try BatchedInsert(db, "INSERT OR IGNORE", into: "ids", columns: ["record_id", "value"])
            for value in ["a", "b", "a", "c", "b"] {
                batch.add { row in
                    row.integer(1 as Int64)
                    row.text(value)
                }
            }
            try batch.flush()
            #expect(try String.fetchAll(db, sql: "SELECT value FROM ids ORDER BY value") == ["a", "b", "c"])
        }
    }
}
