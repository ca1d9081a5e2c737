import Foundation
import GRDB
import Testing
@testable import TruceCore

/// A first load into an empty base builds two write-only indexes once at the end; the base ends
/// with exactly the indexes the migrations define, and a base with records keeps them throughout.
@Suite struct FirstLoadIndexTests {
    private func indexSQL(_ store: SQLiteStore) throws -> [String: String] {
        try store.read { reader in
            try Row.fetchAll(reader.db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
                .reduce(into: [:]) { $0[$1[0] as String] = $1[1] as String }
        }
    }

    @Test func aFirstLoadDropsThenRebuildsTheSameIndexes() throws {
        let folder = TestPaths.temporaryFolder()
        let store = try SQLiteStore(path: folder.appendingPathComponent("base.sqlite").path)
        let schema = try indexSQL(store)
        #expect(StoreWriter.indexesBuiltAfterFirstLoad.allSatisfy { schema[$0] != nil })
        let dropped = try store.write { writer -> [String] in
            let deferred = try writer.deferIndexesForFirstLoad()
            let left = try Set(String.fetchAll(writer.reader.db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
            #expect(left.isDisjoint(with: StoreWriter.indexesBuiltAfterFirstLoad))
            try writer.rebuildIndexes(deferred)
            return deferred
        }
        #expect(dropped.count == StoreWriter.indexesBuiltAfterFirstLoad.count)
        #expect(try indexSQL(store) == schema)
    }

    @Test func aBaseWithRecordsKeepsItsIndexes() throws {
        let folder = TestPaths.temporaryFolder()
        TestPaths.write("name,email\nАнна Смирнова,anna@mail.ru\n", "data/leads.csv", in: folder)
        let yaml = """
            version: 1
            store: sqlite:base.sqlite
            sources:
              - name: leads
                path: data/leads.csv
                mapping:
                  fields: { person.full_name: name, person.emails: email }
            """
        let config = try PipelineLoader.load(path: TestPaths.write(yaml, "pipeline.yaml", in: folder))
        _ = try SyncRunner().sync(config, options: SyncOptions(workingDirectory: folder))
        let store = try SQLiteStore(path: folder.appendingPathComponent("base.sqlite").path)
        let schema = try indexSQL(store)
        #expect(StoreWriter.indexesBuiltAfterFirstLoad.allSatisfy { schema[$0] != nil }, "the first sync rebuilt them")
        let deferred = try store.write { try $0.deferIndexesForFirstLoad() }
        #expect(deferred.isEmpty)
        #expect(try indexSQL(store) == schema)
    }
}
