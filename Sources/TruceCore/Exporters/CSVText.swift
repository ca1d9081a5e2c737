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
           !isPlainNumber(value) {
            value = "'" + value
        }
        let needsQuotes = value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    /// `-12.5` and `+79161234567` are data, not formulas.
    private static func isPlainNumber(_ value: String) -> Bool {
        let body = value.dropFirst()
        return !body.isEmpty && body.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }
}
