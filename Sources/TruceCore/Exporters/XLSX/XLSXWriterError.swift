/// Why an XLSX file could not be written. Messages name the file, row and column, never values.
public enum XLSXWriterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The sheet name breaks Excel's rules.
    case invalidSheetName(reason: String)
    /// A number is NaN or infinite, which a spreadsheet cannot hold.
    case invalidNumber(row: Int, column: Int)
    /// A text is longer than the 32,767 characters Excel allows in a cell.
    case textTooLong(row: Int, column: Int)
    /// More than 1,048,576 rows or 16,384 columns.
    case beyondSheetLimits(row: Int, column: Int)
    /// `append` or `finish` after `finish`.
    case alreadyFinished
    /// The file system refused (the path, the folder, or the disk).
    case io(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidSheetName(let reason):
            return "invalid sheet name: \(reason). Use 1–31 characters, none of [ ] : * ? / \\, and not \"History\"."
        case .invalidNumber(let row, let column):
            return "row \(row), column \(column): a number is NaN or infinite. Write it as text or leave the cell empty."
        case .textTooLong(let row, let column):
            return "row \(row), column \(column): a text is longer than Excel's 32767 characters. Shorten it or export CSV."
        case .beyondSheetLimits(let row, let column):
            return "row \(row), column \(column): beyond Excel's 1048576 rows × 16384 columns. Split the export or use CSV."
        case .alreadyFinished:
            return "the XLSX file was already finished; create a new writer for another file."
        case .io(let path, let reason):
            return "\(path): cannot write (\(reason)). Check the folder exists, is writable and the disk has room."
        }
    }
}
