import Foundation
import Testing
@testable import TruceCore

/// Nightly syncs re-read whole exports: records an earlier file brought must not be counted twice.
@Suite struct ReimportTests {
    private func pipeline(recordID: Bool) throws -> (PipelineConfig, URL) {
        let folder = TestPaths.temporaryFolder()
        let yaml = """
        version: 1
        store: sqlite:base.sqlite
        sources:
          - name: crm
            path: data/*.csv
            mapping:
              \(recordID ? "record_id: ID" : "")
              fields:
                person.full_name: Name
                person.phones: Phone
                deal.amount: { column: Amount, currency: RUB }
                deal.stage: Stage
        exports:
          - { destination: profiles, path: out/profiles.csv }
        """
        let file = TestPaths.write(yaml, "pipeline.yaml", in: folder)
        return (try PipelineLoader.load(path: file), folder)
    }

    private func sync(_ config: PipelineConfig, _ folder: URL) throws -> RunSummary.SourceTotals {
        try #require(try SyncRunner().sync(config, options: SyncOptions(workingDirectory: folder)).sources.first)
    }

    private func wonAmounts(_ folder: URL) throws -> [String] {
        let text = try String(contentsOf: folder.appendingPathComponent("out/profiles.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n")
        let column = try #require(lines.first?.split(separator: ",").firstIndex(of: "won_amount"))
        return lines.dropFirst().map { row in String(row.split(separator: ",", omittingEmptySubsequences: false)[column]) }.sorted()
    }

    @Test func aNewerExportUpdatesRecordsByNativeID() throws {
        let (config, folder) = try pipeline(recordID: true)
        TestPaths.write("ID,Name,Phone,Amount,Stage\n1,Анна,89161112233,1000,Успешно реализовано\n2,Олег,89162223344,500,Новая\n",
                        "data/export-1.csv", in: folder)
        #expect(try sync(config, folder).imported == 2)
        TestPaths.write("ID,Name,Phone,Amount,Stage\n1,Анна,89161112233,1000,Успешно реализовано\n2,Олег,89162223344,700,Успешно реализовано\n3,Ира,89163334455,300,Новая\n",
                        "data/export-2.csv", in: folder)
        let second = try sync(config, folder)
        #expect((second.imported, second.updated, second.unchangedRecords) == (1, 1, 1))
        #expect(try wonAmounts(folder) == ["", "1000 RUB", "700 RUB"])
        let lineage = try SQLiteStore(path: folder.appendingPathComponent("base.sqlite").path).read { try $0.lineage() }
        #expect(lineage.map(\.ref.file) == ["data/export-2.csv", "data/export-2.csv", "data/export-2.csv"])
    }

    @Test func withoutNativeIDsIdenticalRowsMatchOneToOne() throws {
        let (config, folder) = try pipeline(recordID: false)
        let row = "Анна,89161112233,1000,Успешно реализовано\n"
        TestPaths.write("ID,Name,Phone,Amount,Stage\n1," + row + "1," + row, "data/a.csv", in: folder)
        #expect(try sync(config, folder).imported == 2, "two identical rows in one file are two records")
        TestPaths.write("ID,Name,Phone,Amount,Stage\n1," + row + "1," + row + "1," + row, "data/b.csv", in: folder)
        let second = try sync(config, folder)
        #expect((second.imported, second.unchangedRecords) == (1, 2))
        #expect(try wonAmounts(folder) == ["3000 RUB"])
    }
}
