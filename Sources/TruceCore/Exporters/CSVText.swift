import Foundation

/// Builds RFC 4180 CSV (comma, CRLF-free LF lines, UTF-8) that is safe to open in a spreadsheet.
public struct CSVText {
    public private(set) var text = ""

    public init(header: [String]) {
        append(header)
    }

    public mutating func append(_ cells: [String]) {
        text += cells.map(Self.cell).joined(separator: ",")
        text += "\n"
    }

    /// Quotes when needed and defuses formula injection: a cell that a spreadsheet would run as a
    /// formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading apostrophe, as OWASP advises.
    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
           !isInert(value) {
            value = "'" + value
        }
        let needsQuotes = value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    /// `-12.5`, `+79161234567` and `+79161234567; +79262800978` cannot do harm: a formula needs
    /// letters to call a function, name a cell or reach DDE. Anything with a letter is defused.
    static func isInert(_ value: String) -> Bool {
        value.count > 1 && value.unicodeScalars.allSatisfy { "0123456789+-.,; ()".unicodeScalars.contains($0) }
    }
}
