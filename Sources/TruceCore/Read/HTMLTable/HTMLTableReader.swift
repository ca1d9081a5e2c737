import Foundation

/// Reads the first `<table>` of an HTML file, as Bitrix24 writes its "Excel" export (an HTML
/// table saved as `.xls`), with the CSV reader's header and record semantics (see `SheetTable`).
///
/// The charset comes from a `<meta … charset=…>`: UTF-8 (the default, also after a byte-order
/// mark) or Windows-1251 (old on-premise portals); any other is refused. The file is held in
/// memory whole (these exports are HTML of a few MB; records are still produced one by one).
/// Cells follow `HTMLTableScanner`.
public final class HTMLTableReader: TableReader {
    public let path: String
    public var header: [String] { table.header }
    public var headerLineNumber: Int { table.headerLineNumber }
    public var preamble: [[String]] { table.preamble }
    public var formatDescription: String { "html table \(encoding.rawValue)" }
    /// The charset the file was decoded with.
    public let encoding: TextEncoding
    private let table: SheetTable

    /// Opens the HTML file at `path` and positions the reader after the header row.
    public init(path: String, options: TableOptions = .init()) throws(ReadError) {
        try options.csv.validate()
        self.path = path
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw .cannotOpen(path: path, reason: "no such file or not readable")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = .utf8
        } else {
            let charset = HTMLText.declaredCharset(bytes[...])
            let chosen: TextEncoding? = options.csv.encoding ?? (charset.map(Self.encoding) ?? .utf8)
            switch chosen {
            case .windows1251:
                encoding = .windows1251
                bytes = try Self.fromWindows1251(bytes, path: path)
            case .utf8:
                encoding = .utf8
            default:
                let name = options.csv.encoding?.rawValue ?? charset ?? "?"
                throw .spreadsheet(path: path, part: nil, row: nil, problem: .unsupportedEncoding(name: name))
            }
        }
        guard let scanner = HTMLTableScanner(bytes: bytes) else {
            throw .spreadsheet(path: path, part: nil, row: nil, problem: .noTable)
        }
        table = try SheetTable(source: scanner, options: options.csv, path: path)
    }

    /// The next data record, or nil after the last row of the table.
    public func nextRecord() throws(ReadError) -> CSVRecord? {
        try table.nextRecord()
    }

    /// The encoding a charset name means, nil for one Truce does not read.
    private static func encoding(_ charset: String) -> TextEncoding? {
        switch charset {
        case "utf-8", "utf8": return .utf8
        case "windows-1251", "cp1251", "win-1251": return .windows1251
        default: return nil
        }
    }

    private static func fromWindows1251(_ bytes: [UInt8], path: String) throws(ReadError) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: CSVWindows1251Transcoder.maxOutput(forInput: bytes.count))
        let outcome = bytes.withUnsafeBufferPointer { src in
            output.withUnsafeMutableBufferPointer { dst in
                guard let s = src.baseAddress, let d = dst.baseAddress else {
                    return CSVTranscodeOutcome(consumed: 0, written: 0, error: nil)
                }
                return CSVWindows1251Transcoder().transcode(s, count: bytes.count, into: d)
            }
        }
        if let error = outcome.error {
            throw .invalidEncoding(path: path, encoding: .windows1251, offset: error.index,
                                   problem: error.problem, detected: true)
        }
        output.removeLast(output.count - outcome.written)
        return output
    }
}
