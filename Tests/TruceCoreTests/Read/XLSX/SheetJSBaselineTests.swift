import Foundation
import Testing
@testable import TruceCore

/// SheetJS workbooks against the CSV Excel wrote for each sheet (`<book>.<ext>.<sheet>.csv`,
/// 0-based sheet index; some named after the book's `.xls` twin). Compared cell by cell, row
/// by row (blank rows and trailing empty cells ignored on both sides), after normalizing what
/// Excel's CSV formats and Truce deliberately does not (see `BaselineCell.matches`).
@Suite struct SheetJSBaselineTests {
    static let folder = XLSXTestSupport.suites + "/sheetjs-test-files-subset/with-baselines"

    /// Every baseline and the workbook it belongs to.
    static let baselines: [String] = {
        (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter { $0.hasSuffix(".csv") }.sorted() ?? []
    }()

    @Test func allFiveWorkbooksHaveBaselines() {
        let books = Set(Self.baselines.map { Self.book(for: $0) })
        #expect(books == ["AutoFilter.xlsx", "RkNumber.xlsx", "formula_stress_test.xlsx", "pivot_table_test.xlsm", "sushi.xlsx"])
        #expect(Self.baselines.count == 26)
    }

    @Test(arguments: baselines)
    func sheetMatchesExcelsCSV(baseline: String) throws {
        let parts = baseline.split(separator: ".")
        let index = try #require(Int(parts[parts.count - 2]))
        let book = Self.folder + "/" + Self.book(for: baseline)
        let text = try String(contentsOfFile: Self.folder + "/" + baseline, encoding: .utf8)
        let expected = XLSXTestSupport.parseCSV(text).map(SheetTable.trimmed).filter { !$0.isEmpty }
        let actual = try XLSXTestSupport.rows(book, sheet: .index(index + 1)).map(\.cells).filter { !$0.isEmpty }
        #expect(actual.count == expected.count, "\(baseline): row count")
        for (row, (want, got)) in zip(expected, actual).enumerated() {
            let width = max(want.count, got.count)
            for column in 0..<width {
                let w = column < want.count ? want[column] : ""
                let g = column < got.count ? got[column] : ""
                if !BaselineCell.matches(excel: w, truce: g) && !BaselineCell.known(baseline, row: row, column: column) {
                    Issue.record("\(baseline) row \(row + 1) col \(column + 1): Excel \"\(w)\" vs Truce \"\(g)\"")
                }
            }
        }
    }

    /// `AutoFilter.xls.3.csv` → `AutoFilter.xlsx`; `pivot_table_test.xlsm.0.csv` → itself.
    static func book(for baseline: String) -> String {
        let stem = baseline.split(separator: ".").dropLast(2).joined(separator: ".")
        let candidates = [stem, stem.replacingOccurrences(of: ".xls", with: ".xlsx")]
        return candidates.first { !$0.hasSuffix(".xls") && FileManager.default.fileExists(atPath: folder + "/" + $0) } ?? stem
    }
}
