/// What is wrong with a workbook (XLSX), an HTML table saved as `.xls`, or an old binary Excel
/// file; carried by `ReadError.spreadsheet`, which adds the file, the part and the row.
///
/// Every message says what is wrong and how to fix it; none includes a cell value.
public enum SpreadsheetProblem: Sendable, Equatable {
    /// A BIFF `.xls` (OLE2 compound file): Truce does not read the old binary format.
    case oldBinaryExcel
    /// The ZIP container is damaged (no central directory, bad offsets, CRC mismatch…).
    case corruptArchive(reason: String)
    /// The archive opened but lists no entries.
    case emptyArchive
    /// Two entries have the same name (also when they differ only in letter case).
    case duplicateEntry(name: String)
    /// A part the workbook needs is missing; `role` says which (`workbook`, `worksheet`…).
    case missingPart(role: String)
    /// The package is a ZIP but not a spreadsheet (a Word or PowerPoint file, a plain ZIP).
    case notAWorkbook
    /// An XML part contains a document type declaration (entity bombs, external entities).
    case doctypeRefused
    /// An XML part is not well-formed (truncated, unbalanced tags, unknown entity…).
    case malformedXML(offset: Int, reason: String)
    /// An XML part declares an encoding other than UTF-8 or UTF-16.
    case unsupportedEncoding(name: String)
    /// One part inflates past the per-part cap.
    case partTooLarge(limit: Int)
    /// All parts read together inflate past the total cap.
    case totalTooLarge(limit: Int)
    /// A part inflates far more than real spreadsheets do (a zip bomb).
    case compressionRatioTooHigh(limit: Int)
    /// The shared-string table is larger than the in-memory cap.
    case sharedStringsTooLarge(limit: Int)
    /// A cell refers to a shared string that does not exist.
    case sharedStringMissing(index: Int)
    /// A cell or row reference is not a valid `A1` reference, or goes backwards.
    case badCellReference
    /// A row has more columns than Excel allows (16,384), or a sheet more rows (1,048,576).
    case beyondSheetLimits
    /// The requested worksheet does not exist; `available` is how many sheets the book has.
    case sheetNotFound(selector: String, available: Int)
    /// Every worksheet is hidden and none was requested by name or index.
    case noVisibleSheet
    /// The HTML export has no `<table>`.
    case noTable
    /// One row's text is larger than `CSVOptions.maxRecordBytes`.
    case rowTooLarge(limit: Int)

    /// The full message for `ReadError.spreadsheet`.
    func message(path: String, part: String?, row: Int?) -> String {
        var place = path
        if let part { place += " (part \(part))" }
        if let row { place += ", row \(row)" }
        return "\(place): \(what). \(fix)"
    }

    private var what: String {
        switch self {
        case .oldBinaryExcel: return "is an old binary Excel file (.xls, BIFF), which Truce does not read"
        case .corruptArchive(let reason): return "the XLSX (ZIP) container is damaged: \(reason)"
        case .emptyArchive: return "the XLSX (ZIP) container lists no files"
        case .duplicateEntry(let name): return "the archive holds two entries named \"\(name)\" (letter case aside)"
        case .missingPart(let role): return "the workbook has no \(role) part"
        case .notAWorkbook: return "the ZIP package is not an Excel workbook"
        case .doctypeRefused: return "an XML part contains a <!DOCTYPE> declaration, refused for safety (entity expansion)"
        case .malformedXML(let offset, let reason): return "malformed XML at byte \(offset) of the part: \(reason)"
        case .unsupportedEncoding(let name): return "an XML part is encoded as \"\(name)\"; only UTF-8 and UTF-16 are read"
        case .partTooLarge(let limit): return "a part inflates to more than \(limit) bytes"
        case .totalTooLarge(let limit): return "the parts read inflate to more than \(limit) bytes in total"
        case .compressionRatioTooHigh(let limit): return "a part inflates more than \(limit) times its compressed size (zip bomb)"
        case .sharedStringsTooLarge(let limit): return "the shared-string table is larger than \(limit) bytes"
        case .sharedStringMissing(let index): return "a cell refers to shared string #\(index), which the table lacks"
        case .badCellReference: return "a cell or row reference is invalid or out of order"
        case .beyondSheetLimits: return "a cell lies beyond Excel's limits (16384 columns, 1048576 rows)"
        case .sheetNotFound(let selector, let available):
            return "no worksheet \(selector) among the \(available) sheets of the workbook"
        case .noVisibleSheet: return "every worksheet is hidden"
        case .noTable: return "the HTML export contains no <table>"
        case .rowTooLarge(let limit): return "one row holds more than \(limit) bytes of text"
        }
    }

    private var fix: String {
        switch self {
        case .oldBinaryExcel:
            return "Open it in Excel or LibreOffice and save it as XLSX or CSV (UTF-8)."
        case .corruptArchive, .emptyArchive, .malformedXML, .missingPart, .sharedStringMissing, .badCellReference:
            return "The file is damaged or truncated: download or export it again, or open and re-save it in Excel."
        case .duplicateEntry, .doctypeRefused, .compressionRatioTooHigh:
            return "The file may be hostile; do not open it. If you trust it, re-save it in Excel or LibreOffice."
        case .notAWorkbook:
            return "Export the data as XLSX or CSV."
        case .unsupportedEncoding:
            return "Re-save the file in Excel or LibreOffice, which write UTF-8."
        case .partTooLarge, .totalTooLarge, .sharedStringsTooLarge, .rowTooLarge:
            return "Split the sheet, export it as CSV, or raise the XLSX reader limits."
        case .beyondSheetLimits:
            return "The file was not written by a spreadsheet program; export it again."
        case .sheetNotFound:
            return "Fix `sheet:` in the source (a sheet name, or a 1-based number)."
        case .noVisibleSheet:
            return "Name the sheet to read with `sheet:` in the source."
        case .noTable:
            return "Export the list again from the CRM, or export it as CSV."
        }
    }
}
