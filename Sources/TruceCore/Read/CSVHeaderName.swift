/// Clean-up applied to header names.
enum CSVHeaderName {
    /// `name` without surrounding whitespace (including no-break spaces) or stray byte-order marks.
    static func trimmed(_ name: String) -> String {
        let scalars = name.unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isWhitespace || scalar == "\u{FEFF}"
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
