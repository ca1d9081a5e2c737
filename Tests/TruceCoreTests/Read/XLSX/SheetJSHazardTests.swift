import Foundation
import Testing
@testable import TruceCore

/// SheetJS's reader-hazard workbooks: each opens, and chosen cells (checked by hand against
/// openpyxl, which gives the same values before formatting) come out as Truce's strings.
@Suite struct SheetJSHazardTests {
    static let folder = XLSXTestSupport.suites + "/sheetjs-test-files-subset/reader-hazards"

    /// File, sheet (nil: default), and expected leading rows (cells up to the last non-empty).
    static let cases: [(String, SheetSelector?, [[String]])] = [
        ("DataTypesFormats.xlsx", nil, [["Date", "2020-07-23"], ["Date Time", "2020-07-23T09:00:00"], ["Currency", "123"],
                                        ["Percentage", "98.76%"], ["Fixed Decimal", "456"], ["Thousands Separator", "7890"]]),
        ("ErrorTypes.xlsx", nil, [["Error", "Bang", "Que", "Non", "Val", "ErrType"],
                                  ["#NULL!", "#NULL!", "#NULL?", "#NULL", "1", "1"]]),
        ("author_snowman.xlsx", nil, []),
        ("defined_names_unicode.xlsx", nil, [["NamedDefine"]]),
        ("hyperlink_no_rels.xlsx", nil, [["23610"]]),
        ("large_strings.xlsx", nil, [Array(repeating: "a", count: 8), Array(repeating: "aa", count: 8)]),
        ("merge_cells.xlsx", nil, [["A1:B2", "", "C1:C2", "Separate blocks"], [], ["A3:B3", "", "C3"],
                                   ["… are merged separately"]]),
        ("minimal_112.xlsx", nil, [["Sheet", "JS"], ["123", "1.23"], ["TRUE", "12.3%"]]),
        ("number_format_russian.xlsm", nil, [["Format", "Value", "B Fmt", "VBA Fmt", "Fmt", "Macro"],
                                             ["0", "12345.6789", "General"],
                                             ["1", "12345.6789", "0", "12346", "0", "12345.6789"]]),
        ("numfmt_1_russian.xlsm", nil, [["Formatted Number", "Russian (Russia)", "Number Format", "VBA NF",
                                         "VBA Format NF", "VBA Format VBA"],
                                        ["1234567.89", "1234567,89", "General", "General", "Ge21eral", "Ge21eral"]]),
        ("phonetic_text.xlsx", nil, [["漢字"], ["漢字withColor"]]),
        ("rich_text_stress.xlsx", nil, [["normal", "this text is normal, sure enough"],
                                        ["bold", "this text is bold, sure enough"]]),
        ("sheet_visibility_strict.xlsx", nil, [["v", "i", "s", "i", "b", "l", "e"], ["118", "105", "115", "105", "98", "108", "101"]]),
        ("sheet_visibility_strict.xlsx", .name("hidden"), [["H", "i", "d", "d", "e", "n"], ["72", "105", "100", "100", "101", "110"]]),
        ("text_and_numbers.xlsx", nil, [["English", "Hello", "World"], ["Hebrew", "שלום", "עולם"], [],
                                        ["1337", "13.37", "1337"]]),
        ("wtf_path.xlsx", nil, [["1", "200%", "3"], ["TRUE", "FALSE", "", "sheetjs"],
                                ["foo    bar", "baz", "2014-02-19", "0.3"], ["baz", "", "௮", "3.14159"]]),
    ]

    @Test func everyHazardWorkbookIsCovered() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.contains(".xls") }
        #expect(files.count == 15)
        #expect(Set(files) == Set(Self.cases.map(\.0)))
    }

    @Test(arguments: cases.indices)
    func workbookOpensWithSensibleCells(index: Int) throws {
        let (file, sheet, expected) = Self.cases[index]
        let path = Self.folder + "/" + file
        let rows = try XLSXTestSupport.rows(path, sheet: sheet, limit: file == "large_strings.xlsx" ? 10 : .max)
        let byNumber = Dictionary(rows.map { ($0.number, $0.cells) }, uniquingKeysWith: { first, _ in first })
        for (offset, cells) in expected.enumerated() {
            let got = byNumber[offset + 1] ?? []
            #expect(Array(got.prefix(max(cells.count, 1))) == cells || (cells.isEmpty && got.isEmpty),
                    "\(file) row \(offset + 1)")
        }
        if expected.isEmpty { #expect(rows.allSatisfy { $0.cells.isEmpty }) }
        // large_strings.xlsx is read whole in `largeStringsSheetHasEveryRow` (57 MB: slow in debug builds).
        if file != "large_strings.xlsx" {
            let reader = try XLSXReader(path: path, options: TableOptions(sheet: sheet))
            while try reader.nextRecord() != nil {}
        }
    }

    @Test func largeStringsSheetHasEveryRow() throws {
        let rows = try XLSXTestSupport.rows(Self.folder + "/large_strings.xlsx")
        #expect(rows.count == 9999)
        #expect(rows.last?.cells.first?.count == 9999)
    }

    @Test func strictSheetsAreChosenByVisibilityNameAndIndex() throws {
        let path = Self.folder + "/sheet_visibility_strict.xlsx"
        #expect(try XLSXReader(path: path).sheetName == "Visible")
        #expect(try XLSXReader(path: path, options: TableOptions(sheet: .index(3))).sheetName == "VeryHidden")
        #expect(try XLSXReader(path: path, options: TableOptions(sheet: .name("Hidden"))).sheetName == "Hidden")
        #expect(XLSXTestSupport.problem { _ = try XLSXReader(path: path, options: TableOptions(sheet: .name("Nope"))) }
            == .sheetNotFound(selector: "named \"Nope\"", available: 3))
        let unicode = Self.folder + "/defined_names_unicode.xlsx"
        #expect(try XLSXReader(path: unicode, options: TableOptions(sheet: .name("日本語のみ"))).sheetName == "日本語のみ")
    }

    @Test func partsAreFoundThroughRelationshipsNotFixedPaths() throws {
        let reader = try XLSXReader(path: Self.folder + "/wtf_path.xlsx")
        #expect(reader.sheetName == "SheetJS")
        #expect(reader.header == ["1", "200%", "3"])
    }
}
