import Foundation
import Testing
@testable import TruceCore

/// Bitrix24's "Excel" export (an HTML table saved as .xls), and format sniffing.
@Suite struct HTMLTableReaderTests {
    private func file(_ bytes: [UInt8], name: String = "export.xls") throws -> String {
        let path = try XLSXTestSupport.temporaryFolder() + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func bitrixSampleReadsLikeItsCSVTwin() throws {
        let folder = XLSXTestSupport.shared + "/samples/bitrix24"
        let html = try XLSXTestSupport.readAll(folder + "/crm_lead_export__SYNTHETIC_html_disguised_as.xls")
        let csv = try XLSXTestSupport.readAll(folder + "/crm_lead_export__SYNTHETIC_structure_from_source.csv")
        #expect(html.header == csv.header)
        #expect(html.header.first == "ID" && html.header.count == 13)
        #expect(html.records.map(\.fields) == csv.records.map(\.fields))
        #expect(html.records.first?.fields[12] == "Звонить после \"обеда\"")
        let reader = try TableReaders.open(path: folder + "/crm_lead_export__SYNTHETIC_html_disguised_as.xls")
        #expect(reader is HTMLTableReader)
        #expect(reader.formatDescription == "html table utf-8")
    }

    @Test func entitiesBreaksAndTagsInsideCells() throws {
        let html = """
            <html><head><meta charset="utf-8"></head><body><p>Report</p><table>
            <tr><th>Name</th><th>Note</th><th>Code</th></tr>
            <tr><td><b>Tom &amp; Jerry</b></td><td>a&lt;b&gt;c<br>line &quot;2&quot;<br/>&#39;x&#39; &nbsp;&#1071;&#x42F;</td><td>&bogus; &amp</td></tr>
            <tr><td colspan="2">wide</td><td>3</td>
            <tr><td>  padded  </td></tr>
            </table><table><tr><td>second table</td></tr></table></body></html>
            """
        let (header, records) = try XLSXTestSupport.readAll(try file(Array(html.utf8)))
        #expect(header == ["Name", "Note", "Code"])
        #expect(records.map(\.fields) == [
            ["Tom & Jerry", "a<b>c\nline \"2\"\n'x'  ЯЯ", "&bogus; &amp"],
            ["wide", "", "3"],
            ["padded", "", ""],
        ])
        #expect(records.map(\.line) == [2, 3, 4])
    }

    @Test func windows1251CharsetIsTranscoded() throws {
        var bytes = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><table><tr><td>Name</td><td>Last</td></tr><tr><td>".utf8)
        bytes += [0xC8, 0xE2, 0xE0, 0xED]  // Иван in Windows-1251
        bytes += Array("</td><td>X</td></tr></table>".utf8)
        let reader = try HTMLTableReader(path: try file(bytes))
        #expect(reader.header == ["Name", "Last"])
        #expect(reader.formatDescription == "html table windows-1251")
        #expect(try reader.nextRecord()?.fields == ["Иван", "X"])
    }

    @Test func unknownCharsetAndMissingTableAreErrors() throws {
        let koi = try file(Array("<meta charset=koi8-r><table><tr><td>a</td></tr></table>".utf8))
        #expect(XLSXTestSupport.problem { _ = try TableReaders.open(path: koi) } == .unsupportedEncoding(name: "koi8-r"))
        let none = try file(Array("<html><body>No data</body></html>".utf8))
        #expect(XLSXTestSupport.problem { _ = try TableReaders.open(path: none) } == .noTable)
    }

    @Test func hostileMarkupStaysLinear() throws {
        let text = "<table><tr><td>" + String(repeating: "<a", count: 200_000) + "</td></tr></table>"
        let started = Date()
        let (_, records) = try XLSXTestSupport.readAll(try file(Array(text.utf8)))
        #expect(records.isEmpty)
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func formatIsSniffedByContentNotName() throws {
        #expect(TableReaders.format(of: [0x50, 0x4B, 0x03, 0x04, 0]) == .xlsx)
        #expect(TableReaders.format(of: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]) == .binaryExcel)
        #expect(TableReaders.format(of: [0xEF, 0xBB, 0xBF] + Array("\n  <META http-equiv".utf8)) == .html)
        #expect(TableReaders.format(of: Array("<!DOCTYPE html><html>".utf8)) == .html)
        #expect(TableReaders.format(of: Array("\t<table border=1>".utf8)) == .html)
        #expect(TableReaders.format(of: Array("Name,Email\n<b>x</b>,y".utf8)) == .csv)
        let biff = try file([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504), name: "deals.xlsx")
        let problem = XLSXTestSupport.problem { _ = try TableReaders.open(path: biff) }
        #expect(problem == .oldBinaryExcel)
        #expect(ReadError.spreadsheet(path: biff, part: nil, row: nil, problem: .oldBinaryExcel).description
            .contains("save it as XLSX or CSV"))
        let csv = try file(Array("Name;Email\nAnn;a@b.c\n".utf8), name: "leads.xlsx")
        #expect(try TableReaders.open(path: csv) is CSVReader)
    }
}
