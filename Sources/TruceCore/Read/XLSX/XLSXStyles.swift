/// The styles part reduced to what reading needs: the number-format class of each cell style
/// (`cellXfs` entry), indexed by a cell's `s` attribute.
struct XLSXStyles {
    private(set) var formats: [XLSXNumberFormat] = []

    /// The class for style index `index` (general when out of range, as Excel shows it).
    @inline(__always) func format(_ index: Int) -> XLSXNumberFormat {
        index >= 0 && index < formats.count ? formats[index] : .general
    }

    /// Reads the styles part `name`; no styles when the workbook has none.
    static func load(_ name: String?, from archive: XLSXArchive) throws(ReadError) -> XLSXStyles {
        guard let name, let bytes = try archive.read(name, cap: 64 << 20) else { return XLSXStyles() }
        let parser = XMLPullParser(source: XMLDecodingSource(XMLBytesSource(bytes)) { problem in
            .spreadsheet(path: archive.path, part: name, row: nil, problem: problem)
        }, path: archive.path, part: name, maxTokenBytes: archive.limits.maxXMLTokenBytes)
        var custom: [Int: XLSXNumberFormat] = [:]
        var formatIDs: [Int] = []
        var inCellXfs = false
        var xfDepth = 0
        while true {
            switch try parser.next() {
            case .start where parser.isNamed("numFmt"):
                if let id = try parser.attributeValue("numFmtId").flatMap({ Int($0) }),
                   let code = try parser.attributeValue("formatCode") {
                    custom[id] = XLSXNumberFormat.classify(code)
                }
            case .start where parser.isNamed("cellXfs"):
                inCellXfs = !parser.isSelfClosing
                xfDepth = parser.depth
            case .start where inCellXfs && parser.isNamed("xf") && parser.depth == xfDepth + (parser.isSelfClosing ? 0 : 1):
                formatIDs.append(try parser.attributeValue("numFmtId").flatMap { Int($0) } ?? 0)
            case .end where parser.isNamed("cellXfs"):
                inCellXfs = false
            case .endOfDocument:
                var styles = XLSXStyles()
                styles.formats = formatIDs.map { custom[$0] ?? XLSXNumberFormat.builtIn($0) }
                return styles
            default:
                continue
            }
        }
    }
}
