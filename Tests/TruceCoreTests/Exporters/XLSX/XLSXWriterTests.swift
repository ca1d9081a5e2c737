import Foundation
import Testing
@testable import TruceCore

/// The XLSX writer, checked by reading its files back with Truce, openpyxl and LibreOffice.
@Suite(.serialized) struct XLSXWriterTests {
    static let columns = ["Name", "Formula-like", "Phone", "Amount", "Count", "Big", "Created", "Updated", "VIP", "Note"]
    static let created = Date(timeIntervalSince1970: 1_727_740_800)  // 2024-10-01 00:00 UTC
    static let updated = Date(timeIntervalSince1970: 1_727_777_700)  // 2024-10-01 10:15 UTC
    static let rows: [[XLSXCell]] = [
        [.text("Ann & <Bob>"), .text("=1+1"), .text("79161234567"), .number(1234.5), .integer(42),
         .decimal(Decimal(string: "12345678.90")!), .date(created), .dateTime(updated), .bool(true), .text(" padded ")],
        [.text("Иван Петров"), .text("@SUM(A1)"), .text("+7 916 123-45-67"), .number(-0.125), .integer(-7),
         .decimal(Decimal(string: "0.1")!), .date(Date(timeIntervalSince1970: -2_209_161_600)), .empty, .bool(false),
         .text("line1\nline2\ttab \u{1} _x0041_ a\r\nb")],
        [.text("=HYPERLINK(\"http://x\")"), .empty, .empty, .number(1e-7), .integer(0), .empty, .empty, .empty, .empty, .empty],
    ]

    private func write(_ rows: [[XLSXCell]] = rows, to path: String? = nil) throws -> String {
        let target = try path ?? (XLSXTestSupport.temporaryFolder() + "/out.xlsx")
        let writer = try XLSXWriter(path: target, sheetName: "Profiles & Co", columns: Self.columns)
        for row in rows { try writer.append(row) }
        try writer.finish()
        return target
    }

    @Test func truceReadsBackEveryValue() throws {
        let path = try write()
        let (header, records) = try XLSXTestSupport.readAll(path)
        #expect(header == Self.columns)
        #expect(records.map(\.fields) == [
            ["Ann & <Bob>", "=1+1", "79161234567", "1234.5", "42", "12345678.9", "2024-10-01", "2024-10-01T10:15:00", "TRUE", " padded "],
            ["Иван Петров", "@SUM(A1)", "+7 916 123-45-67", "-0.125", "-7", "0.1", "1899-12-30", "", "FALSE",
             "line1\nline2\ttab \u{1} _x0041_ a\r\nb"],
            ["=HYPERLINK(\"http://x\")", "", "", "0.0000001", "0", "", "", "", "", ""],
        ])
    }

    @Test func openpyxlReadsValuesTypesAndLayout() throws {
        let path = try write()
        let script = """
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb.worksheets[0]
            cells = [[[type(c.value).__name__, str(c.value), c.number_format, c.data_type] for c in row] for row in ws.iter_rows()]
            print(json.dumps({"title": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                              "bold": all(c.font.b for c in ws[1]), "widths": [ws.column_dimensions[k].width for k in "ABCDEFGHIJ"],
                              "cells": cells}))
            """
        let output = try XLSXTools.python(script, [path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(json["title"] as? String == "Profiles & Co")
        #expect(json["freeze"] as? String == "A2")
        #expect(json["filter"] as? String == "A1:J4")
        #expect(json["bold"] as? Bool == true)
        let widths = try #require(json["widths"] as? [Double])
        #expect(widths.allSatisfy { $0 >= 8 && $0 <= 60 })
        let cells = try #require(json["cells"] as? [[[String]]])
        let first = cells[1]
        #expect(first[0] == ["str", "Ann & <Bob>", "General", "s"])
        #expect(first[1] == ["str", "=1+1", "General", "s"])  // text, never a formula
        #expect(first[2] == ["str", "79161234567", "General", "s"])
        #expect(first[3] == ["float", "1234.5", "General", "n"])
        #expect(first[4] == ["int", "42", "General", "n"])
        #expect(first[5] == ["float", "12345678.9", "General", "n"])
        #expect(first[6] == ["datetime", "2024-10-01 00:00:00", "yyyy-mm-dd", "d"])
        #expect(first[7] == ["datetime", "2024-10-01 10:15:00", "yyyy-mm-dd hh:mm:ss", "d"])
        #expect(first[8] == ["bool", "True", "General", "b"])
        #expect(first[9] == ["str", " padded ", "General", "s"])
        let second = cells[2]
        #expect(second[1] == ["str", "@SUM(A1)", "General", "s"])
        #expect(second[6][0] == "str" && second[6][1] == "1899-12-30")  // before 1900-03-01: ISO text
        #expect(second[7][0] == "NoneType")
        // openpyxl does not decode OOXML escapes: the control character and the escaped underscore.
        #expect(second[9][1] == "line1\nline2\ttab _x0001_ _x005F_x0041_ a\r\nb")
        #expect(cells[3][0] == ["str", "=HYPERLINK(\"http://x\")", "General", "s"])
    }

    @Test func libreOfficeConvertsToTheSameCSV() throws {
        let soffice = try XLSXTools.require("soffice")
        let path = try write()
        let folder = try XLSXTestSupport.temporaryFolder()
        let profile = try XLSXTestSupport.temporaryFolder()
        let log = try XLSXTools.run(soffice, ["-env:UserInstallation=file://" + profile, "--headless", "--norestore",
                                              "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", folder, path])
        #expect(!log.lowercased().contains("error"), "soffice: \(log)")
        let text = try String(contentsOfFile: folder + "/out.csv", encoding: .utf8)
        let rows = XLSXTestSupport.parseCSV(text)
        #expect(rows.first == Self.columns)
        #expect(rows[1] == ["Ann & <Bob>", "=1+1", "79161234567", "1234.5", "42", "12345678.9", "2024-10-01",
                            "2024-10-01 10:15:00", "TRUE", " padded "])
        #expect(rows[2].prefix(7) == ["Иван Петров", "@SUM(A1)", "+7 916 123-45-67", "-0.125", "-7", "0.1", "1899-12-30"])
        // LibreOffice decodes the OOXML escapes; its CSV filter writes a CR LF inside a cell as LF.
        #expect(rows[2][9] == "line1\nline2\ttab \u{1} _x0041_ a\nb")
        #expect(rows[3].first == "=HYPERLINK(\"http://x\")")
        #expect(rows.count == 4)
    }

    @Test(arguments: ["", String(repeating: "x", count: 32), "a/b", "a[b]", "Q?", "x:y", "star*", "back\\slash",
                      "History", "history", "'quoted'"])
    func invalidSheetNamesAreRefused(name: String) throws {
        let path = try XLSXTestSupport.temporaryFolder() + "/x.xlsx"
        #expect(throws: XLSXWriterError.self) { try XLSXWriter(path: path, sheetName: name, columns: ["A"]) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func validSheetNamesAreKept() throws {
        for name in ["Лиды 2024", String(repeating: "x", count: 31), "Deals (won)", "Histories"] {
            let path = try XLSXTestSupport.temporaryFolder() + "/x.xlsx"
            let writer = try XLSXWriter(path: path, sheetName: name, columns: ["A"])
            try writer.finish()
            #expect(try XLSXReader(path: path).sheetName == name)
        }
    }

    @Test func outputIsAtomicAndLeavesNoTemporaryFiles() throws {
        let folder = try XLSXTestSupport.temporaryFolder()
        let path = folder + "/out.xlsx"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let writer = try XLSXWriter(path: path, columns: ["A"])
        try writer.append([.text("x")])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old".utf8))  // untouched until finish
        try writer.finish()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.xlsx"])
        #expect(throws: XLSXWriterError.alreadyFinished) { try writer.append([]) }
        do {
            let failing = try XLSXWriter(path: folder + "/bad.xlsx", columns: ["A"])
            #expect(throws: XLSXWriterError.invalidNumber(row: 2, column: 1)) {
                try failing.append([.number(.nan)])
                try failing.finish()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.xlsx"])
    }

    @Test func sameRowsGiveSameBytes() throws {
        let one = try Data(contentsOf: URL(fileURLWithPath: try write()))
        let two = try Data(contentsOf: URL(fileURLWithPath: try write()))
        #expect(one == two)
    }

    @Test func manyRowsStreamThroughAndReadBack() throws {
        let path = try XLSXTestSupport.temporaryFolder() + "/many.xlsx"
        let writer = try XLSXWriter(path: path, columns: ["ID", "Email"])
        for index in 0..<30_000 { try writer.append([.integer(index), .text("user\(index)@example.com")]) }
        try writer.finish()
        let reader = try XLSXReader(path: path)
        var count = 0
        while let record = try reader.nextRecord() {
            #expect(record.fields == [String(count), "user\(count)@example.com"])
            count += 1
        }
        #expect(count == 30_000)
    }
}
