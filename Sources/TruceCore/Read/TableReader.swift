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

/// Opens the right reader for a file, chosen by its content, never by its name.
public enum TableReaders {
    public static func open(path: String, options: TableOptions = .init()) throws -> any TableReader {
        try CSVReader(path: path, options: options.csv)
    }
}
