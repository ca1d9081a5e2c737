/// Why a table file (CSV/TSV, XLSX, HTML table) could not be read.
///
/// Every case names the file and where the problem is (line, record or byte offset) and its
/// `description` says how to fix it. Cell values are never included: they are customer data.
public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong with a byte sequence in the declared or detected encoding.
    public enum EncodingProblem: String, Sendable, Equatable {
        case invalidUTF8 = "invalid UTF-8 sequence"
        case truncatedUTF8 = "UTF-8 sequence cut off at the end of the file"
        case unpairedSurrogate = "unpaired UTF-16 surrogate"
        case oddByteCount = "odd number of bytes in a UTF-16 file"
        case undefinedByte = "byte not defined in the encoding"
    }

    /// The options themselves are inconsistent (checked before any I/O).
    case invalidOptions(reason: String)
    /// The file could not be opened.
    case cannotOpen(path: String, reason: String)
    /// Reading failed part-way through.
    case ioFailure(path: String, offset: Int, reason: String)
    /// Bytes that are not valid in the encoding, at a 0-based byte offset of the file.
    case invalidEncoding(path: String, encoding: TextEncoding, offset: Int,
                         problem: EncodingProblem, detected: Bool)
    /// A quoted field is still open at the end of the file.
    case unterminatedQuote(path: String, line: Int)
    /// One record is larger than the configured limit (usually a stray quote).
    case recordTooLarge(path: String, line: Int, limit: Int)
    /// No row within the searched rows contains the expected column names.
    case headerNotFound(path: String, searchedRows: Int, expectedColumns: Int)
    /// The requested header line has no row starting on it.
    case headerLineNotFound(path: String, line: Int)
    /// A workbook or HTML table could not be read: `part` is the archive entry (or nil),
    /// `row` the 1-based sheet row (or nil) where the problem was found.
    case spreadsheet(path: String, part: String?, row: Int?, problem: SpreadsheetProblem)

    public var description: String {
        switch self {
        case .invalidOptions(let reason):
            return "invalid CSV options: \(reason). Fix the reader options in the pipeline file."
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open (\(reason)). Check the path and the file permissions."
        case .ioFailure(let path, let offset, let reason):
            return "\(path): read failed at byte \(offset) (\(reason)). Check the disk or copy the file again."
        case .invalidEncoding(let path, let encoding, let offset, let problem, let detected):
            return "\(path): \(problem.rawValue) at byte offset \(offset) for encoding \(encoding.rawValue)"
                + (detected ? " (detected from the start of the file)" : " (as configured)")
                + ". " + Self.encodingHint(encoding, problem)
        case .unterminatedQuote(let path, let line):
            return "\(path): a quoted field opened in the record starting on line \(line) is never closed."
                + " The file may be truncated; export it again, or fix the stray double quote on that line."
        case .recordTooLarge(let path, let line, let limit):
            return "\(path): the record starting on line \(line) is larger than \(limit) bytes,"
                + " most likely because of an unbalanced double quote on that line. Fix the quote or raise max_record_bytes."
        case .headerNotFound(let path, let rows, let columns):
            return "\(path): no header row among the first \(rows) rows contains most of the"
                + " \(columns) expected column names. Check that the file is the right export, or set header_line."
        case .headerLineNotFound(let path, let line):
            return "\(path): no row starts on header line \(line) (past the end of the file, blank,"
                + " or inside a quoted field). Set header_line to the line holding the column names."
        case .spreadsheet(let path, let part, let row, let problem):
            return problem.message(path: path, part: part, row: row)
        }
    }

    private static func encodingHint(_ encoding: TextEncoding, _ problem: EncodingProblem) -> String {
        switch encoding {
        case .utf8:
            return "Re-export the file as UTF-8, or set encoding: windows-1251 if it came from a Russian Windows system."
        case .utf16LE, .utf16BE:
            return problem == .oddByteCount
                ? "The file is probably truncated; download it again."
                : "The file is damaged or not UTF-16; download it again or set the right encoding."
        case .windows1251:
            return "The file is not Windows-1251; set the right encoding or re-export it as UTF-8."
        }
    }
}
