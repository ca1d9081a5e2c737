import Foundation
import Testing
@testable import TruceCore

/// Header and record semantics shared with the CSV reader.
@Suite struct XLSXHeaderTests {
    /// Rows given as arrays of inline strings ("" leaves the cell out), numbered from 1.
    private func book(_ rows: [[String]], skipping blank: Set<Int> = []) throws -> String {
        let xml = rows.enumerated().map { index, cells -> String in
            let number = index + 1
            let body = cells.enumerated().compactMap { column, text -> String? in
                text.isEmpty ? nil : "<c r=\"\(Character(UnicodeScalar(65 + column)!))\(number)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
            }.joined()
            return "<row r=\"\(number)\">\(body)</row>"
        }.joined()
        return try XLSXTestSupport.workbook(sheetData: xml)
    }

    @Test func preambleThenFirstRowWithTwoCells() throws {
        let path = try book([["Leads report"], ["01.10.2024 – 31.10.2024"], [], ["Name", "Phone", " Email ", "", ""],
                             ["Ann", "79161234567"], [], ["Bob", "", "bob@example.com", "", "extra"]])
        let reader = try XLSXReader(path: path)
        #expect(reader.header == ["Name", "Phone", "Email"])
        #expect(reader.headerLineNumber == 4)
        #expect(reader.preamble == [["Leads report"], ["01.10.2024 – 31.10.2024"]])
        #expect(reader.formatDescription == "xlsx sheet \"Data\"")
        #expect(try reader.nextRecord() == CSVRecord(fields: ["Ann", "79161234567", ""], number: 1, line: 5))
        #expect(try reader.nextRecord() == CSVRecord(fields: ["Bob", "", "bob@example.com", "", "extra"], number: 2, line: 7))
        #expect(try reader.nextRecord() == nil)
    }

    @Test func headerHintFindsTheRowAndFailsLikeCSV() throws {
        let path = try book([["Total", "12"], ["x", "y"], ["ID", "E-mail", "Телефон"], ["1", "a@b.c", "8916"]])
        let options = TableOptions(csv: CSVOptions(headerHint: ["e-mail", "телефон", "Name"]))
        let reader = try XLSXReader(path: path, options: options)
        #expect(reader.headerLineNumber == 3)
        #expect(reader.preamble.count == 2)
        #expect(try reader.nextRecord()?.fields == ["1", "a@b.c", "8916"])
        let missing = TableOptions(csv: CSVOptions(headerHint: ["Deal", "Stage", "Amount"]))
        #expect(throws: ReadError.headerNotFound(path: path, searchedRows: 4, expectedColumns: 3)) {
            try XLSXReader(path: path, options: missing)
        }
    }

    @Test func headerLineIsTheSheetRow() throws {
        let path = try book([["a", "b"], [], ["ID", "Name"], ["1", "Ann"]])
        let reader = try XLSXReader(path: path, options: TableOptions(csv: CSVOptions(headerLine: 3)))
        #expect(reader.header == ["ID", "Name"])
        #expect(reader.preamble == [["a", "b"]])
        #expect(try reader.nextRecord() == CSVRecord(fields: ["1", "Ann"], number: 1, line: 4))
        #expect(throws: ReadError.headerLineNotFound(path: path, line: 2)) {
            try XLSXReader(path: path, options: TableOptions(csv: CSVOptions(headerLine: 2)))
        }
    }

    @Test func emptySheetHasNoHeaderAndNoRecords() throws {
        let path = try XLSXTestSupport.workbook(sheetData: "")
        let reader = try XLSXReader(path: path)
        #expect(reader.header == [] && reader.headerLineNumber == 0)
        #expect(try reader.nextRecord() == nil)
    }

    @Test func oversizedRowIsRefused() throws {
        let big = String(repeating: "x", count: 3000)
        let path = try XLSXTestSupport.workbook(sheetData: "<row r=\"1\">" + (0..<5).map {
            "<c r=\"\(Character(UnicodeScalar(65 + $0)!))1\" t=\"s\"><v>0</v></c>"
        }.joined() + "</row>", sharedStrings: [big])
        let problem = XLSXTestSupport.problem {
            _ = try XLSXReader(path: path, options: TableOptions(csv: CSVOptions(maxRecordBytes: 10_000)))
        }
        #expect(problem == .rowTooLarge(limit: 10_000))
    }
}
