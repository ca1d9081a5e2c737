/// Excel's rules for sheet names.
enum XLSXSheetName {
    /// Throws when `name` is empty, longer than 31 characters, contains `[ ] : * ? / \`, starts
    /// or ends with an apostrophe, or is `History` (reserved by Excel).
    static func validate(_ name: String) throws(XLSXWriterError) {
        if name.isEmpty { throw .invalidSheetName(reason: "it is empty") }
        if name.utf16.count > 31 { throw .invalidSheetName(reason: "it is longer than 31 characters") }
        if name.contains(where: { "[]:*?/\\".contains($0) }) {
            throw .invalidSheetName(reason: "it contains one of [ ] : * ? / \\")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw .invalidSheetName(reason: "it starts or ends with an apostrophe")
        }
        if name.lowercased() == "history" { throw .invalidSheetName(reason: "\"History\" is reserved by Excel") }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            throw .invalidSheetName(reason: "it contains a control character")
        }
    }
}
