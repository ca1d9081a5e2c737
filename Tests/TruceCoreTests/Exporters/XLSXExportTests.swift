import Foundation
import Testing
@testable import TruceCore

/// Spreadsheets both ways through the pipeline: an XLSX source imports like a CSV one, and the
/// profiles export written as XLSX reads back with the same cells as the CSV export.
@Suite struct XLSXExportTests {
    @Test func xlsxSourceAndXLSXExport() throws {
        let folder = TestPaths.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
        let sheet = XLSXWriter.self
        let writer = try sheet.init(path: folder.appendingPathComponent("data/sheet.xlsx").path, sheetName: "Клиенты",
                                    columns: ["Клиент", "Телефон", "Email"])
        try writer.append([.text("Анна Смирнова"), .integer(79161112233), .text("anna@mail.ru")])
        try writer.append([.text("=HYPERLINK(\"x\")"), .text("8 916 222-33-44"), .empty])
        try writer.finish()
        let yaml = """
        version: 1
        store: sqlite:base.sqlite
        sources:
          - name: sheet
            path: data/sheet.xlsx
            mapping:
              fields: { person.full_name: Клиент, person.phones: Телефон, person.emails: Email }
        exports:
          - { destination: profiles, path: out/profiles.xlsx }
          - { destination: profiles, path: out/profiles.csv }
        """
        let config = try PipelineLoader.load(path: TestPaths.write(yaml, "pipeline.yaml", in: folder))
        let summary = try SyncRunner().sync(config, options: SyncOptions(workingDirectory: folder))
        #expect(summary.sources.first?.imported == 2)
        let fromCSV = try rows(CSVReader(path: folder.appendingPathComponent("out/profiles.csv").path))
        let fromXLSX = try rows(TableReaders.open(path: folder.appendingPathComponent("out/profiles.xlsx").path))
        #expect(fromXLSX.count == 2)
        #expect(fromXLSX.map { $0[6] } == fromCSV.map { $0[6] }, "phones")
        #expect(fromXLSX.contains { $0[1] == "=HYPERLINK(\"x\")" }, "text stays text in XLSX")
        #expect(fromCSV.contains { $0[1] == "'=HYPERLINK(\"x\")" }, "and is defused in CSV")
    }

    private func rows(_ reader: any TableReader) throws -> [[String]] {
        var result: [[String]] = []
        while let record = try reader.nextRecord() { result.append(record.fields) }
        return result
    }
}
