import Foundation

/// A source of header + records, whatever the file format (CSV/TSV now, spreadsheets too).
///
/// Importers and `truce inspect` read through this, so every format behaves the same past it.
public protocol TableReader: AnyObject {
    /// The file being read, as given.
    var path: String { get }
    /// Column names, trimmed.
    var header: [String] { get }
    /// 1-based physical row of the header.
    var headerLineNumber: Int { get }
    /// Rows before the header (titles, date ranges).
    var preamble: [[String]] { get }
    /// How the file was read, for summaries: `utf-8 ,` or `xlsx sheet "Leads"`.
    var formatDescription: String { get }
    /// The next data record, or nil at the end.
    func nextRecord() throws -> CSVRecord?
}

extension CSVReader: TableReader {
    public var formatDescription: String {
        let name = delimiter == 9 ? "TAB" : String(UnicodeScalar(delimiter))
        return "\(encoding.rawValue) \(name)"
    }

    public func nextRecord() throws -> CSVRecord? { try next() }
}

/// Which worksheet of a workbook to read (`sheet:` in a source; default: the first visible one).
public enum SheetSelector: Sendable, Equatable {
    case name(String)
    /// 1-based position among all sheets.
    case index(Int)
}

/// How to open a table file: CSV options plus the sheet for workbooks.
public struct TableOptions: Sendable {
    public var csv: CSVOptions
    public var sheet: SheetSelector?

    public init(csv: CSVOptions = .init(), sheet: SheetSelector? = nil) {
        self.csv = csv
        self.sheet = sheet
    }
}

/// Opens the right reader for a file, chosen by its content, never by its name:
/// `PK\u{3}\u{4}` → `XLSXReader`; the OLE2 magic of a binary `.xls` → an error asking for
/// XLSX or CSV; HTML (`<meta`, `<table`, `<html`… after an optional BOM and whitespace, as in
/// Bitrix24's "Excel" export) → `HTMLTableReader`; anything else → `CSVReader`.
public enum TableReaders {
    public static func open(path: String, options: TableOptions = .init()) throws -> any TableReader {
        switch try sniff(path: path) {
        case .xlsx: return try XLSXReader(path: path, options: options)
        case .binaryExcel: throw ReadError.spreadsheet(path: path, part: nil, row: nil, problem: .oldBinaryExcel)
        case .html: return try HTMLTableReader(path: path, options: options)
        case .csv: return try CSVReader(path: path, options: options.csv)
        }
    }

    /// What a file's first bytes say it is.
    public enum Format: Sendable, Equatable { case csv, xlsx, binaryExcel, html }

    /// Reads the first 512 bytes of `path` and tells its format.
    public static func sniff(path: String) throws(ReadError) -> Format {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, reason: "no such file or not readable")
        }
        defer { try? handle.close() }
        let head: [UInt8]
        do {
            head = [UInt8](try handle.read(upToCount: 512) ?? Data())
        } catch {
            throw .ioFailure(path: path, offset: 0, reason: "read failed")
        }
        return format(of: head)
    }

    /// The format of a file starting with `head`.
    public static func format(of head: [UInt8]) -> Format {
        // A ZIP local header, or the end record of an empty or spanned archive.
        if head.count >= 4, head[0] == 0x50, head[1] == 0x4B, [[3, 4], [5, 6], [7, 8]].contains([head[2], head[3]]) {
            return .xlsx
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .binaryExcel }
        if HTMLText.looksLikeHTML(head) { return .html }
        return .csv
    }
}
