/// The shared-string table, held in memory (its XML is capped by
/// `XLSXLimits.maxSharedStringsBytes`). Rich-text runs are joined; phonetic runs (`rPh`, the
/// furigana of Japanese text) are left out, as Excel shows them only on request.
struct XLSXSharedStrings {
    private(set) var strings: [String] = []

    var count: Int { strings.count }

    subscript(index: Int) -> String? { index >= 0 && index < strings.count ? strings[index] : nil }

    /// Reads the part `name`, streamed; an empty table when the workbook has none.
    static func load(_ name: String?, from archive: XLSXArchive) throws(ReadError) -> XLSXSharedStrings {
        guard let name, let stream = archive.stream(name, sharedStrings: true) else { return XLSXSharedStrings() }
        let parser = XMLPullParser(source: XMLDecodingSource(stream) { problem in
            .spreadsheet(path: archive.path, part: name, row: nil, problem: problem)
        }, path: archive.path, part: name, maxTokenBytes: archive.limits.maxXMLTokenBytes)
        var table = XLSXSharedStrings()
        var collector = XLSXTextCollector()
        while true {
            let event = try parser.next()
            if event == .endOfDocument { return table }
            if event == .start && parser.isNamed("si") && parser.isSelfClosing {
                table.strings.append("")
                continue
            }
            if try collector.handle(event, parser, item: "si") {
                table.strings.append(collector.take())
            }
        }
    }
}
