import Foundation
import GRDB

extension StoreWriter {
    /// Secondary indexes that importing only writes to: nothing reads them until resolution.
    static let indexesBuiltAfterFirstLoad = ["identifiers_value", "source_records_profile"]

    /// On a base without source records, drops the indexes an import only writes to and returns
    /// their definitions, for `rebuildIndexes` to create again in the same transaction once the
    /// rows are in. A first load of a million records then sorts each index once instead of
    /// inserting every row into it at a random place. A base that has records keeps its indexes
    /// (rebuilding them would cost the whole base for a small nightly import): returns [].
    public func deferIndexesForFirstLoad() throws -> [String] {
        // EXISTS stops at the first row; a count would read the whole table on every sync.
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM source_records)") == false else { return [] }
        var definitions: [String] = []
        for name in Self.indexesBuiltAfterFirstLoad {
            guard let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                                                arguments: [name]) else { continue }
            try db.execute(sql: "DROP INDEX \(name)")
            definitions.append(sql)
        }
        return definitions
    }

    /// Creates the indexes `deferIndexesForFirstLoad` dropped.
    public func rebuildIndexes(_ definitions: [String]) throws {
        for sql in definitions { try db.execute(sql: sql) }
    }
}
