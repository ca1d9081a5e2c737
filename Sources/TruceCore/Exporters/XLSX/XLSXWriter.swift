import Foundation

/// Writes one worksheet to an `.xlsx` file, streaming: rows are deflated into a temporary file
/// in the destination folder as they come (memory stays flat), and `finish()` adds the other
/// parts, syncs the file and renames it over `path`, so the destination is either the old file
/// or the complete new one.
///
/// The sheet has a bold header row, frozen, with an autofilter over the data; column widths
/// come from the header and the first 100 rows. Cells are typed (see `XLSXCell`); text is
/// always a string cell, so `=1+1` or `@cmd` stays text.
///
/// ```swift
/// let writer = try XLSXWriter(path: "profiles.xlsx", sheetName: "Profiles", columns: ["Email", "Since"])
/// try writer.append([.text("ann@example.com"), .date(since)])
/// try writer.finish()
/// ```
public final class XLSXWriter {
    public let path: String
    public let sheetName: String
    public let columns: [String]
    /// Data rows appended so far (the header not counted).
    public private(set) var rowCount = 0
    private let zip: XLSXZipWriter
    private let sheet: XLSXSheetXML
    private let temporaryPath: String
    private var pending: [[XLSXCell]] = []
    private var widths = XLSXColumnWidths()
    private var preludeWritten = false
    private var finished = false

    /// Prepares the file at `path` (written only by `finish()`); `columns` is the header row,
    /// `timeZone` the zone whose wall-clock time date cells show (default UTC).
    public init(path: String, sheetName: String = "Sheet1", columns: [String],
                timeZone: TimeZone = .gmt) throws(XLSXWriterError) {
        try XLSXSheetName.validate(sheetName)
        if columns.count > XLSXSheetScanner.maxColumns { throw .beyondSheetLimits(row: 1, column: columns.count) }
        self.path = path
        self.sheetName = sheetName
        self.columns = columns
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        temporaryPath = folder + "/.\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp"
        zip = try XLSXZipWriter(path: temporaryPath)
        try zip.begin("xl/worksheets/sheet1.xml")
        sheet = XLSXSheetXML(zip: zip, timeZone: timeZone)
        widths.add(columns.map(XLSXCell.text), isHeader: true)
    }

    deinit {
        if !finished { unlink(temporaryPath) }
    }

    /// Adds one data row (it may be shorter or longer than the header).
    public func append(_ row: [XLSXCell]) throws(XLSXWriterError) {
        if finished { throw .alreadyFinished }
        let number = rowCount + 2
        if number > XLSXSheetScanner.maxRows || row.count > XLSXSheetScanner.maxColumns {
            throw .beyondSheetLimits(row: number, column: row.count)
        }
        rowCount += 1
        if preludeWritten {
            try sheet.appendRow(number, row)
            return
        }
        widths.add(row)
        pending.append(row)
        if pending.count >= XLSXColumnWidths.sampleRows { try writePrelude() }
    }

    /// Completes the sheet, builds the archive and moves it into place atomically.
    public func finish() throws(XLSXWriterError) {
        if finished { throw .alreadyFinished }
        finished = true
        do {
            if !preludeWritten { try writePrelude() }
            var tail = "</sheetData>"
            if let range = filterRange { tail += "<autoFilter ref=\"\(range)\"/>" }
            sheet.append(tail + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\""
                         + " header=\"0.3\" footer=\"0.3\"/></worksheet>")
            try sheet.flush()
            try zip.end()
            try zip.add("[Content_Types].xml", XLSXPackageParts.contentTypes)
            try zip.add("_rels/.rels", XLSXPackageParts.rootRelationships)
            try zip.add("xl/workbook.xml", XLSXPackageParts.workbook(sheetName: sheetName, filterRange: absoluteFilterRange))
            try zip.add("xl/_rels/workbook.xml.rels", XLSXPackageParts.workbookRelationships)
            try zip.add("xl/styles.xml", XLSXPackageParts.styles)
            try zip.finish()
            try Self.rename(temporaryPath, to: path)
        } catch {
            unlink(temporaryPath)
            throw error
        }
    }

    /// Renames the synced `temporary` over `destination`, then syncs the folder's entry.
    private static func rename(_ temporary: String, to destination: String) throws(XLSXWriterError) {
        if Foundation.rename(temporary, destination) != 0 {
            throw .io(path: destination, reason: String(cString: strerror(errno)))
        }
        let folder = open(URL(fileURLWithPath: destination).deletingLastPathComponent().path, O_RDONLY)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    /// Writes the sheet's start (now that widths are known), the header and the held rows.
    private func writePrelude() throws(XLSXWriterError) {
        preludeWritten = true
        sheet.append(XLSXPackageParts.sheetPrelude(widths: widths.widths, frozenHeader: !columns.isEmpty))
        if !columns.isEmpty { try sheet.appendRow(1, columns.map(XLSXCell.text), style: .header) }
        for (offset, row) in pending.enumerated() { try sheet.appendRow(offset + 2, row) }
        pending = []
    }

    /// `A1:J1001`: the header and every data row, or nil without columns.
    private var filterRange: String? {
        guard !columns.isEmpty else { return nil }
        let last = String(decoding: sheet.columnName(columns.count - 1), as: UTF8.self)
        return "A1:\(last)\(rowCount + 1)"
    }

    /// `$A$1:$J$1001` for the filter database name.
    private var absoluteFilterRange: String? {
        guard !columns.isEmpty else { return nil }
        let last = String(decoding: sheet.columnName(columns.count - 1), as: UTF8.self)
        return "$A$1:$\(last)$\(rowCount + 1)"
    }
}
