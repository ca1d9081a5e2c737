/// `[Content_Types].xml`: the content type of each part, by override or by extension.
struct XLSXContentTypes {
    static let partName = "[Content_Types].xml"
    private var overrides: [String: String] = [:]
    private var defaults: [String: String] = [:]

    /// The content type of `part`, lower-cased, or nil when the package does not say.
    func type(of part: String) -> String? {
        if let type = overrides[XLSXArchive.key(part)] { return type }
        guard let dot = part.lastIndex(of: "."), !part[dot...].contains("/") else { return nil }
        return defaults[part[part.index(after: dot)...].lowercased()]
    }

    /// The first part whose override marks it as a workbook.
    var workbookPart: String? {
        overrides.filter { Self.isWorkbook($0.value) }.keys.sorted().first
    }

    /// Whether a content type is a spreadsheet's main part (xlsx, xlsm, xltx, xltm; transitional
    /// and Strict use the same types).
    static func isWorkbook(_ type: String) -> Bool {
        type.hasSuffix(".main+xml") && (type.contains("spreadsheetml") || type.contains("ms-excel"))
    }

    /// Reads the part; an empty table when the package has none (lenient, as Excel is).
    static func load(from archive: XLSXArchive) throws(ReadError) -> XLSXContentTypes {
        guard let bytes = try archive.read(partName, cap: 16 << 20) else { return XLSXContentTypes() }
        let parser = XMLPullParser(source: XMLDecodingSource(XMLBytesSource(bytes)) { problem in
            .spreadsheet(path: archive.path, part: partName, row: nil, problem: problem)
        }, path: archive.path, part: partName, maxTokenBytes: archive.limits.maxXMLTokenBytes)
        var result = XLSXContentTypes()
        while true {
            switch try parser.next() {
            case .start where parser.isNamed("Override"):
                if let part = try parser.attributeValue("PartName"), let type = try parser.attributeValue("ContentType") {
                    result.overrides[XLSXArchive.key(part)] = type.lowercased()
                }
            case .start where parser.isNamed("Default"):
                if let ext = try parser.attributeValue("Extension"), let type = try parser.attributeValue("ContentType") {
                    result.defaults[ext.lowercased()] = type.lowercased()
                }
            case .endOfDocument:
                return result
            default:
                continue
            }
        }
    }
}
