import Foundation
import Testing
@testable import TruceCore

/// Cell strings: numbers, dates in both systems, booleans, errors, strings of every kind.
@Suite struct XLSXValueTests {
    /// Styles: 0 general, 1 date (14), 2 date-time (22), 3 time (21), 4 percent (10),
    /// 5 custom `dd.mm.yyyy`, 6 custom `[h]:mm:ss`, 7 custom `"Date: "0.00` (not a date), 8 text `@`.
    static let styles = """
        <numFmts><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/><numFmt numFmtId="165" formatCode="[h]:mm:ss"/>\
        <numFmt numFmtId="166" formatCode="&quot;Date: &quot;0.00"/></numFmts>\
        <cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="21"/><xf numFmtId="10"/>\
        <xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="49"/></cellXfs>
        """

    private func cells(_ cells: [(String, Int, String)], date1904: Bool = false) throws -> [String] {
        let xml = cells.enumerated().map { index, cell in
            "<c r=\"A\(index + 1)\" s=\"\(cell.1)\"\(cell.0.isEmpty ? "" : " t=\"\(cell.0)\"")><v>\(cell.2)</v></c>"
        }.map { "<row>\($0)</row>" }.joined()
        let path = try XLSXTestSupport.workbook(sheetData: xml, styles: Self.styles, date1904: date1904)
        return try XLSXTestSupport.rows(path).map { $0.cells.first ?? "" }
    }

    @Test func numbersKeepEveryDigitWithoutExponent() throws {
        let values = try cells([("", 0, "79161234567"), ("", 0, "7.9161234567E10"), ("", 0, "0.30000000000000004"),
                                ("", 0, "-12.50"), ("", 0, "1E+21"), ("", 0, "1.5E-12"), ("", 8, "79161234567"),
                                ("", 7, "1234.5"), ("", 0, "123456789012345678")])
        #expect(values == ["79161234567", "79161234567", "0.3", "-12.5", "1E+21", "1.5E-12", "79161234567",
                           "1234.5", "123456789012346000"])
    }

    @Test func datesIn1900SystemWithTheLeapYearBug() throws {
        let values = try cells([("", 1, "59"), ("", 1, "60"), ("", 1, "61"), ("", 1, "1"), ("", 1, "45566"),
                                ("", 2, "45566.427083333336"), ("", 5, "45566"), ("", 3, "0.5"), ("", 6, "1.5"),
                                ("", 1, "-1"), ("", 2, "45566.99999999")])
        #expect(values == ["1900-02-28", "1900-02-29", "1900-03-01", "1900-01-01", "2024-10-01",
                           "2024-10-01T10:15:00", "2024-10-01", "12:00:00", "36:00:00", "-1", "2024-10-02T00:00:00"])
    }

    @Test func datesIn1904System() throws {
        let values = try cells([("", 1, "0"), ("", 1, "60"), ("", 2, "44104.427083333336")], date1904: true)
        #expect(values == ["1904-01-01", "1904-03-01", "2024-10-01T10:15:00"])
    }

    @Test func booleansErrorsPercentagesAndISODates() throws {
        let values = try cells([("b", 0, "1"), ("b", 0, "0"), ("e", 0, "#N/A"), ("e", 0, "#DIV/0!"),
                                ("", 4, "0.125"), ("", 4, "0.07"), ("str", 0, "a_x000D_b"), ("d", 0, "2024-10-01T10:15:00Z")])
        #expect(values == ["TRUE", "FALSE", "#N/A", "#DIV/0!", "12.5%", "7%", "a\rb", "2024-10-01T10:15:00"])
    }

    @Test func sharedInlineAndRichStrings() throws {
        let shared = ["plain &amp; &lt;tag&gt;", "<r><rPr><b/></rPr><t>bold</t></r><r><t xml:space=\"preserve\"> and plain</t></r>",
                      "<t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh>", "<t>line&#10;break &#x263A;</t>"]
        let xml = """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>\
            <c r="D1" t="s"><v>3</v></c><c r="E1" t="inlineStr"><is><t>inline</t></is></c>\
            <c r="F1" t="inlineStr"><is><r><t>ri</t></r><r><t>ch</t></r></is></c></row>
            """
        let path = try XLSXTestSupport.workbook(sheetData: xml, sharedStrings: shared)
        #expect(try XLSXTestSupport.rows(path).first?.cells
            == ["plain & <tag>", "bold and plain", "漢字", "line\nbreak ☺", "inline", "rich"])
    }

    @Test func sparseRowsAreFilledByReference() throws {
        let xml = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="C1" t="inlineStr"><is><t>Phone</t></is></c>\
            <c r="E1" t="inlineStr"><is><t>City</t></is></c></row>\
            <row r="5"><c r="C5"><v>79161234567</v></c></row><row><c r="B6"><v>1</v></c><c><v>2</v></c></row>
            """
        let path = try XLSXTestSupport.workbook(sheetData: xml)
        let rows = try XLSXTestSupport.rows(path)
        #expect(rows == [SheetRow(number: 1, cells: ["Name", "", "Phone", "", "City"]),
                         SheetRow(number: 5, cells: ["", "", "79161234567"]),
                         SheetRow(number: 6, cells: ["", "1", "2"])])
    }

    @Test(arguments: [
        ("General", XLSXNumberFormat.general), ("0.00%", .percent), ("dd.mm.yyyy", .date),
        ("yyyy-mm-dd hh:mm", .dateTime), ("h:mm AM/PM", .time), ("[h]:mm:ss", .duration), ("mmm", .date),
        ("\"d\"0.00", .general), ("[Red]#,##0.00", .general), ("[$-F800]dddd, mmmm dd, yyyy", .date),
        ("# ##0,00\\ \"руб.\"", .general), ("0.00E+00", .general), ("@", .general), ("mm:ss", .time),
    ])
    func numberFormatClasses(code: String, expected: XLSXNumberFormat) {
        #expect(XLSXNumberFormat.classify(code) == expected)
    }

    @Test func builtInFormatIDs() {
        #expect((14...17).allSatisfy { XLSXNumberFormat.builtIn($0) == .date })
        #expect([18, 19, 20, 21, 45, 47].allSatisfy { XLSXNumberFormat.builtIn($0) == .time })
        #expect(XLSXNumberFormat.builtIn(22) == .dateTime)
        #expect(XLSXNumberFormat.builtIn(46) == .duration)
        #expect(XLSXNumberFormat.builtIn(9) == .percent && XLSXNumberFormat.builtIn(10) == .percent)
        #expect(XLSXNumberFormat.builtIn(0) == .general && XLSXNumberFormat.builtIn(49) == .general)
    }

    @Test func serialDatesRoundTripTheCalendar() {
        for days in stride(from: -600_000, through: 2_900_000, by: 997) {
            let text = XLSXSerialDate.civilText(days)
            let parts = text.split(separator: "-").compactMap { Int($0) }
            #expect(XLSXSerialDate.daysSince1970(year: parts[0], month: parts[1], day: parts[2]) == days)
        }
        #expect(XLSXSerialDate.civilText(0) == "1970-01-01")
        #expect(XLSXSerialDate.dateText(days: 0, uses1904: false) == "1899-12-31")
    }
}
