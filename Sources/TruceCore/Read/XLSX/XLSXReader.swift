/// Reads one worksheet of an XLSX/XLSM workbook record by record, streaming the sheet, with the
/// CSV reader's header and record semantics (see `SheetTable`) and cell strings as described in
/// `XLSXCellDecoder`.
///
/// Parts are found through the package relationships (`_rels/.rels` → workbook → its
/// `_rels`) and `[Content_Types].xml`, never by fixed paths; transitional and Strict OOXML
/// are read alike. The sheet is `TableOptions.sheet` (a name, or a 1-based position among all
/// sheets), by default the first visible worksheet. Hostile input is refused with
/// `ReadError.spreadsheet`: any `<!DOCTYPE`, malformed or truncated XML, duplicate entry
/// names, and parts inflating past `XLSXLimits`.
///
/// ```swift
/// let reader = try XLSXReader(path: "deals.xlsx", options: .init(sheet: .name("Deals")))
/// while let record = try reader.nextRecord() { … record.fields … }
/// ```
public final class XLSXReader: TableReader {
    public let path: String
    /// The name of the sheet being read.
    public let sheetName: String
    public var header: [String] { table.header }
    public var headerLineNumber: Int { table.headerLineNumber }
    public var preamble: [[String]] { table.preamble }
    public var formatDescription: String { "xlsx sheet \"\(sheetName)\"" }
    private let table: SheetTable

    /// Opens the workbook at `path` and positions the reader after the sheet's header row.
    public init(path: String, options: TableOptions = .init(), limits: XLSXLimits = .init()) throws(ReadError) {
        try options.csv.validate()
        try limits.validate()
        self.path = path
        let (scanner, name) = try Self.rows(path: path, sheet: options.sheet, limits: limits)
        sheetName = name
        table = try SheetTable(source: scanner, options: options.csv, path: path)
    }

    /// Every stored row of a sheet, before any header logic (for `init` and for tests).
    static func rows(path: String, sheet: SheetSelector?,
                     limits: XLSXLimits = .init()) throws(ReadError) -> (XLSXSheetScanner, String) {
        let archive = try XLSXArchive(path: path, limits: limits)
        let package = try XLSXPackage(archive: archive, sheet: sheet)
        guard let stream = archive.stream(package.sheetPart) else {
            throw .spreadsheet(path: path, part: package.sheetPart, row: nil, problem: .missingPart(role: "worksheet"))
        }
        let part = archive.storedName(package.sheetPart) ?? package.sheetPart
        let parser = XMLPullParser(source: XMLDecodingSource(stream) { problem in
            .spreadsheet(path: path, part: part, row: nil, problem: problem)
        }, path: path, part: part, maxTokenBytes: limits.maxXMLTokenBytes)
        return (XLSXSheetScanner(parser: parser, decoder: package.decoder), package.sheetName)
    }

    /// The next data record, or nil after the last row of the sheet.
    public func nextRecord() throws(ReadError) -> CSVRecord? {
        try table.nextRecord()
    }
}
