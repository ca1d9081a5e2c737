/// The workbook part: its sheets in order and its date system.
struct XLSXWorkbook {
    /// One `<sheet>` entry.
    struct Sheet: Equatable {
        var name: String
        /// The relationship id (`r:id`) that leads to the sheet's part.
        var relationshipID: String
        /// `visible`, `hidden` or `veryHidden`.
        var state: String
        var isVisible: Bool { state != "hidden" && state != "veryHidden" }
    }

    var sheets: [Sheet] = []
    /// True when serial 0 is 1904-01-01 (old Mac workbooks) instead of 1900-01-00.
    var uses1904Dates = false

    /// Reads the workbook part `name`.
    static func load(_ name: String, from archive: XLSXArchive) throws(ReadError) -> XLSXWorkbook {
        guard let bytes = try archive.read(name, cap: 64 << 20) else {
            throw .spreadsheet(path: archive.path, part: nil, row: nil, problem: .missingPart(role: "workbook"))
        }
        let parser = XMLPullParser(source: XMLDecodingSource(XMLBytesSource(bytes)) { problem in
            .spreadsheet(path: archive.path, part: name, row: nil, problem: problem)
        }, path: archive.path, part: name, maxTokenBytes: archive.limits.maxXMLTokenBytes)
        var result = XLSXWorkbook()
        while true {
            switch try parser.next() {
            case .start where parser.isNamed("sheet"):
                guard let id = try parser.attributeValue("id", prefixed: true) else { continue }
                let sheetName = try parser.attributeValue("name") ?? ""
                let state = try parser.attributeValue("state") ?? "visible"
                result.sheets.append(Sheet(name: sheetName, relationshipID: id, state: state))
            case .start where parser.isNamed("workbookPr"):
                let flag = try parser.attributeValue("date1904")?.lowercased()
                result.uses1904Dates = flag == "1" || flag == "true"
            case .endOfDocument:
                return result
            default:
                continue
            }
        }
    }

    /// The index of the sheet `selector` picks, or of the first visible sheet that `isReadable`.
    func index(of selector: SheetSelector?, isReadable: (Sheet) -> Bool) -> Int? {
        switch selector {
        case .name(let wanted):
            if let exact = sheets.firstIndex(where: { $0.name == wanted }) { return exact }
            let folded = CSVHeaderName.trimmed(wanted).lowercased()
            return sheets.firstIndex { CSVHeaderName.trimmed($0.name).lowercased() == folded }
        case .index(let position):
            return position >= 1 && position <= sheets.count ? position - 1 : nil
        case nil:
            return sheets.firstIndex { $0.isVisible && isReadable($0) }
        }
    }
}
