import Foundation
import Testing
@testable import TruceCore

/// Hostile and broken workbooks: each must give a clear error, fast, with no entity expanded.
@Suite struct XLSXHostileTests {
    private let sheetStart = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"

    private func problem(_ path: String, limits: XLSXLimits = .init()) -> SpreadsheetProblem? {
        XLSXTestSupport.problem {
            let reader = try XLSXReader(path: path, limits: limits)
            while try reader.nextRecord() != nil {}
        }
    }

    @Test func doctypeInASheetIsRefused() throws {
        let sheet = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]>"
            + "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>"
        let path = try XLSXTestSupport.workbook(sheetData: "", overrides: ["xl/worksheets/sheet1.xml": sheet])
        #expect(problem(path) == .doctypeRefused)
    }

    @Test func doctypeInUTF16SharedStringsIsRefused() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!doctype sst SYSTEM \"http://example.invalid/x.dtd\"><sst/>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(XMLDecodingSource.containsDoctype(bytes))
        let path = try XLSXTestSupport.workbook(sheetData: "<row><c t=\"s\"><v>0</v></c></row>", sharedStrings: [])
        let patched = try XLSXTestSupport.zip(try entries(of: path).map { name, data in
            (name, name == "xl/sharedStrings.xml" ? bytes : data)
        })
        #expect(problem(patched) == .doctypeRefused)
    }

    @Test func utf16PartsAreRead() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><sst><si><t>Привет</t></si></sst>"
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let path = try XLSXTestSupport.workbook(sheetData: "<row><c t=\"s\"><v>0</v></c><c><v>1</v></c></row>", sharedStrings: [])
        let patched = try XLSXTestSupport.zip(try entries(of: path).map { name, data in
            (name, name == "xl/sharedStrings.xml" ? bytes : data)
        })
        #expect(try XLSXTestSupport.rows(patched).first?.cells == ["Привет", "1"])
    }

    @Test(arguments: [
        "<sheetData><row><c><v>1</v></c></row>",  // truncated
        "<sheetData><row><c><v>1</v></row></sheetData></worksheet>",  // unbalanced
        "<sheetData><row><c t=\"inlineStr\"><is><t>&unknown;</t></is></c></row></sheetData></worksheet>",
        "<sheetData><row><c r=\"A1><v>1</v></c></row></sheetData></worksheet>",  // broken attribute
        "<sheetData><row><c><v>1</v></c></row></sheetData></worksheet><worksheet/>",  // two roots
        "<sheetData><row><c><v>1</v></c></row></sheetData></worksheet>trailing",
    ])
    func malformedXMLIsAnError(body: String) throws {
        let path = try XLSXTestSupport.workbook(sheetData: "", overrides: ["xl/worksheets/sheet1.xml": sheetStart + body])
        guard case .malformedXML = problem(path) else {
            Issue.record("expected malformed XML for \(body)")
            return
        }
    }

    @Test func deepNestingIsRefusedNotRecursed() throws {
        let body = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000) + "</worksheet>"
        let path = try XLSXTestSupport.workbook(sheetData: "", overrides: ["xl/worksheets/sheet1.xml": sheetStart + body])
        guard case .malformedXML = problem(path) else {
            Issue.record("expected malformed XML")
            return
        }
    }

    @Test func highRatioPartIsAZipBomb() throws {
        let text = String(repeating: "A", count: 16 << 20)  // deflates ~1000:1
        let path = try XLSXTestSupport.workbook(sheetData: "<row><c t=\"inlineStr\"><is><t>\(text)</t></is></c></row>")
        let started = Date()
        #expect(problem(path) == .compressionRatioTooHigh(limit: 250))
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test func sizeCapsStopInflating() throws {
        let rows = (1...4000).map { "<row r=\"\($0)\"><c t=\"s\"><v>\($0 % 3)</v></c><c><v>\($0 * 7919)</v></c></row>" }.joined()
        let path = try XLSXTestSupport.workbook(sheetData: rows, sharedStrings: ["a", "b", String(repeating: "c", count: 20_000)])
        #expect(problem(path, limits: XLSXLimits(maxPartBytes: 100_000)) == .partTooLarge(limit: 100_000))
        #expect(problem(path, limits: XLSXLimits(maxTotalBytes: 60_000)) == .totalTooLarge(limit: 60_000))
        #expect(problem(path, limits: XLSXLimits(maxSharedStringsBytes: 10_000)) == .sharedStringsTooLarge(limit: 10_000))
        #expect(problem(path) == nil)
    }

    @Test func duplicateEntryNamesAreRefused() throws {
        let path = try XLSXTestSupport.workbook(sheetData: "<row><c><v>1</v></c></row>")
        let original = try entries(of: path)
        let exact = try XLSXTestSupport.zip(original + [("xl/worksheets/sheet1.xml", Array("<worksheet/>".utf8))])
        let folded = try XLSXTestSupport.zip(original + [("XL/Worksheets/Sheet1.XML", Array("<worksheet/>".utf8))])
        #expect(problem(exact) == .duplicateEntry(name: "xl/worksheets/sheet1.xml"))
        #expect(problem(folded) == .duplicateEntry(name: "XL/Worksheets/Sheet1.XML"))
    }

    @Test func brokenContainersAreErrorsNeverEmptyImports() throws {
        let empty = try XLSXTestSupport.zip([])
        #expect(problem(empty) == .emptyArchive)
        #expect(XLSXTestSupport.problem { _ = try TableReaders.open(path: empty) } == .emptyArchive)
        let garbage = try XLSXTestSupport.temporaryFolder() + "/garbage.xlsx"
        try Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 300)).write(to: URL(fileURLWithPath: garbage))
        guard case .corruptArchive = XLSXTestSupport.problem({ _ = try TableReaders.open(path: garbage) }) else {
            Issue.record("expected a corrupt archive")
            return
        }
        let word = try XLSXTestSupport.zip([("word/document.xml", Array("<w:document/>".utf8))])
        #expect(problem(word) == .notAWorkbook)
        let noSheet = try XLSXTestSupport.workbook(sheetData: "")
        let withoutSheet = try XLSXTestSupport.zip(try entries(of: noSheet).filter { $0.0 != "xl/worksheets/sheet1.xml" })
        #expect(problem(withoutSheet) == .missingPart(role: "worksheet"))
        let withoutBook = try XLSXTestSupport.zip(try entries(of: noSheet).filter { $0.0 != "xl/workbook.xml" })
        #expect(problem(withoutBook) == .missingPart(role: "workbook"))
    }

    @Test func corruptDeflateDataIsAnError() throws {
        let path = try XLSXTestSupport.workbook(sheetData: (1...2000).map { "<row><c><v>\($0)</v></c></row>" }.joined())
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let sheetName = Array("xl/worksheets/sheet1.xml".utf8)
        guard let at = (0..<bytes.count - sheetName.count).first(where: { Array(bytes[$0..<$0 + sheetName.count]) == sheetName }) else {
            Issue.record("sheet entry not found")
            return
        }
        for index in (at + sheetName.count + 200)..<(at + sheetName.count + 260) { bytes[index] ^= 0x5A }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        guard case .corruptArchive = problem(path) else {
            Issue.record("expected a corrupt archive")
            return
        }
    }

    /// The entries of a ZIP, in order.
    private func entries(of path: String) throws -> [(String, [UInt8])] {
        let archive = try XLSXArchive(path: path, limits: .init())
        return try ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/workbook.xml",
                    "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"].compactMap { name in
            try archive.read(name, cap: 1 << 30).map { (name, $0) }
        }
    }
}
