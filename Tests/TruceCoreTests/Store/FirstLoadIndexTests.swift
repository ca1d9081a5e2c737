import Foundation
import GRDB
import Testing
@testable import TruceCore

/// A first load into an empty base builds its deferred indexes once the rows are in; the base ends
/// with exactly the indexes the migrations define, a later file of a source already loaded still
/// finds its repeated records, and a base with records keeps its indexes throughout.
@Suite struct FirstLoadIndexTests {
    private static let deferred = DeferredIndexes.writeOnly + DeferredIndexes.lookup

    private func indexSQL(_ db: Database) throws -> [String: String] {
        try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
            .reduce(into: [:]) { $0[$1[0] as String] = $1[1] as String }
    }

    private func indexSQL(_ store: SQLiteStore) throws -> [String: String] {
        try store.read { try indexSQL($0.db) }
    }

    @Test func aFirstLoadDropsThenRebuildsTheSameIndexes() throws {
        let folder = TestPaths.temporaryFolder()
        let store = try SQLiteStore(path: folder.appendingPathComponent("base.sqlite").path)
        let schema = try indexSQL(store)
        #expect(Self.deferred.allSatisfy { schema[$0] != nil })
        try store.write { writer in
            var deferred = try writer.deferIndexesForFirstLoad()
            #expect(deferred.pending.map(\.name).sorted() == Self.deferred.sorted())
            #expect(Set(try indexSQL(writer.db).keys).isDisjoint(with: Self.deferred))
            try deferred.restoreLookups(writer)
            #expect(!deferred.lookupsPending)
            let restored = Set(try indexSQL(writer.db).keys)
            #expect(restored.isSuperset(of: DeferredIndexes.lookup) && restored.isDisjoint(with: DeferredIndexes.writeOnly))
            try deferred.restoreForResolution(writer)
            #expect(deferred.pending.map(\.name) == [DeferredIndexes.profile], "resolution fills it first")
            #expect(Set(try indexSQL(writer.db).keys).isSuperset(of: Self.deferred.filter { $0 != DeferredIndexes.profile }))
            try deferred.restoreAll(writer)
            #expect(deferred.pending.isEmpty)
        }
        #expect(try indexSQL(store) == schema)
    }

    /// Two exports of the same source in one first sync: the second repeats a record of the first
    /// (same native id) and changes another, which must be matched, not stored again.
    @Test func aSecondFileOfALoadedSourceIsMatchedAgainstTheFirst() throws {
        let folder = TestPaths.temporaryFolder()
        TestPaths.write("id,name,email\n1,Анна Смирнова,anna@mail.ru\n2,Олег Петров,oleg@mail.ru\n", "data/a.csv", in: folder)
        TestPaths.write("id,name,email\n1,Анна Смирнова,anna@mail.ru\n2,Олег Петров,oleg.p@mail.ru\n3,Ия Ким,ia@mail.ru\n",
                        "data/b.csv", in: folder)
        let yaml = """
            version: 1
            store: sqlite:base.sqlite
            sources:
              - name: leads
                path: data/*.csv
                mapping:
                  record_id: id
                  fields: { person.full_name: name, person.emails: email }
            """
        let config = try PipelineLoader.load(path: TestPaths.write(yaml, "pipeline.yaml", in: folder))
        let summary = try SyncRunner().sync(config, options: SyncOptions(workingDirectory: folder))
        let totals = try #require(summary.sources.first)
        #expect(totals.files == 2)
        #expect(totals.imported == 3)
        #expect(totals.unchangedRecords == 1)
        #expect(totals.updated == 1)
        let store = try SQLiteStore(path: folder.appendingPathComponent("base.sqlite").path)
        #expect(try store.read { try Int.fetchOne($0.db, sql: "SELECT COUNT(*) FROM source_records") } == 3)
        let fresh = try SQLiteStore(path: folder.appendingPathComponent("fresh.sqlite").path)
        #expect(try indexSQL(store) == indexSQL(fresh))
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
        #expect(Self.deferred.allSatisfy { schema[$0] != nil }, "the first sync rebuilt them")
        let deferred = try store.write { try $0.deferIndexesForFirstLoad() }
        #expect(deferred.pending.isEmpty)
        #expect(try indexSQL(store) == schema)
    }
}
