import Foundation
import Testing
@testable import TruceCore

@Suite struct CSVTextTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("line\nbreak", "\"line\nbreak\""),
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3+cmd", "'-2+3+cmd"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTAB", "'\tTAB"),
        ("-12.5", "-12.5"),
        ("+79161234567", "+79161234567"),
        ("+79161234567; +79262800978", "+79161234567; +79262800978"),
        ("-", "'-"),
        ("Иванов", "Иванов"),
    ])
    func cellsAreQuotedAndDefused(input: String, expected: String) {
        #expect(CSVText.cell(input) == expected)
    }

    @Test func rowsEndWithNewline() {
        var csv = CSVText(header: ["a", "b"])
        csv.append(["1", ""])
        #expect(csv.text == "a,b\n1,\n")
    }
}
