import Foundation
import GRDB

/// Rows bound for one table, gathered and written up to `rowsPerStatement` at a time by one
/// multi-row `INSERT … VALUES (…), (…), …`.
///
/// A single-row insert pays SQLite's per-statement cost (binding, setting up and halting the
/// program, resetting) for every row, which on a million-lead import with five rows per lead cost
/// about as much as the B-tree work itself. Rows wait here until `flush()`; `RecordStatements`
/// decides when, so that parent rows are written before the rows that reference them and nothing
/// reads a table while rows for it still wait.
final class BatchedInsert {
    static let rowsPerStatement = 32

    private let db: Database
    private let table: String
    private let columns: [String]
    /// `INSERT` or `INSERT OR IGNORE`.
    private let verb: String
    /// The statement for a full batch, looked up once; shorter remainders use GRDB's cache.
    private let full: BulkStatement
    private var values: [SQLValue] = []

    init(_ db: Database, _ verb: String = "INSERT", into table: String, columns: [String]) throws {
        self.db = db
        self.verb = verb
        self.table = table
        self.columns = columns
        full = try BulkStatement(db, sql: Self.sql(verb, table, columns, rows: Self.rowsPerStatement))
        values.reserveCapacity(columns.count * Self.rowsPerStatement * 4)
    }

    /// Rows added and not yet written.
    var pendingRows: Int { values.count / columns.count }

    /// Adds one row; `fill` supplies its values in column order.
    func add(_ fill: (inout Row) -> Void) {
        let before = values.count
        var row = Row(values: values)
        values = []
        fill(&row)
        values = row.values
        assert(values.count - before == columns.count, "a \(table) row needs \(columns.count) values")
    }

    /// Writes every waiting row, in the order they were added.
    func flush() throws {
        var start = 0
        while start < values.count {
            let rows = min(Self.rowsPerStatement, (values.count - start) / columns.count)
            let end = start + rows * columns.count
            let statement = rows == Self.rowsPerStatement
                ? full : try BulkStatement(db, sql: Self.sql(verb, table, columns, rows: rows))
            try statement.execute(db) { bind in
                for index in start..<end { bind.value(values[index]) }
            }
            start = end
        }
        values.removeAll(keepingCapacity: true)
    }

    private static func sql(_ verb: String, _ table: String, _ columns: [String], rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return "\(verb) INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }

    /// The values of the row being added, appended in column order; the same calls as
    /// `BulkStatement.Binder`.
    struct Row {
        fileprivate var values: [SQLValue]

        mutating func text(_ value: String?) {
            values.append(value.map(SQLValue.text) ?? .null)
        }

        mutating func integer(_ value: Int64?) {
            values.append(value.map(SQLValue.integer) ?? .null)
        }

        mutating func integer(_ value: Int?) {
            integer(value.map(Int64.init))
        }
    }
}
