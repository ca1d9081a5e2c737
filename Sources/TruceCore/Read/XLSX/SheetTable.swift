/// Header and records over the rows of a grid, with the CSV reader's semantics:
/// - the header is the row numbered `headerLine` when given; else, with `headerHint`, the first
///   of the first 50 non-blank rows holding more than half of the hinted names (trimmed, case
///   folded), or `ReadError.headerNotFound`; else the first of those rows with two or more
///   non-empty cells (failing that, the first non-blank row);
/// - non-blank rows before the header are the preamble; blank rows (no non-empty cell) are
///   skipped and not counted as records, though `line` keeps the row number;
/// - header names are trimmed and trailing empty names dropped;
/// - a record keeps its cells up to the last non-empty one, padded with "" to the header's
///   width; a row with non-empty cells past the header's width comes out longer (ragged).
final class SheetTable {
    static let headerSearchRows = CSVDialectSniffer.headerSearchRows

    let path: String
    private(set) var header: [String] = []
    private(set) var headerLineNumber = 0
    private(set) var preamble: [[String]] = []
    private let source: SheetRowSource
    private let maxRowBytes: Int
    private var pending: [SheetRow] = []
    private var pendingIndex = 0
    private var recordCount = 0

    init(source: SheetRowSource, options: CSVOptions, path: String) throws(ReadError) {
        self.source = source
        self.path = path
        maxRowBytes = options.maxRecordBytes
        if let line = options.headerLine {
            try findHeader(atLine: line)
        } else {
            try findHeader(hints: options.headerHint)
        }
    }

    /// The next data record, or nil at the end.
    func nextRecord() throws(ReadError) -> CSVRecord? {
        while true {
            let row: SheetRow
            if pendingIndex < pending.count {
                row = pending[pendingIndex]
                pendingIndex += 1
                if pendingIndex == pending.count {
                    pending = []
                    pendingIndex = 0
                }
            } else if let next = try nextRow() {
                row = next
            } else {
                return nil
            }
            var fields = Self.trimmed(row.cells)
            if fields.isEmpty { continue }
            if fields.count < header.count {
                fields.append(contentsOf: repeatElement("", count: header.count - fields.count))
            }
            recordCount += 1
            return CSVRecord(fields: fields, number: recordCount, line: row.number)
        }
    }

    /// The next row from the source, refused when its text passes `maxRecordBytes` (a shared
    /// string of 1 MB repeated in every cell would otherwise make each record gigabytes).
    private func nextRow() throws(ReadError) -> SheetRow? {
        guard let row = try source.nextRow() else { return nil }
        var bytes = 0
        for cell in row.cells { bytes += cell.utf8.count }
        if bytes > maxRowBytes {
            throw .spreadsheet(path: path, part: nil, row: row.number, problem: .rowTooLarge(limit: maxRowBytes))
        }
        return row
    }

    private func findHeader(atLine line: Int) throws(ReadError) {
        while let row = try nextRow() {
            let cells = Self.trimmed(row.cells)
            if cells.isEmpty { continue }
            if row.number == line { return setHeader(cells, line: line) }
            if row.number > line { break }
            preamble.append(cells)
        }
        throw .headerLineNotFound(path: path, line: line)
    }

    private func findHeader(hints: [String]) throws(ReadError) {
        var rows: [SheetRow] = []
        while rows.count < Self.headerSearchRows, let row = try nextRow() {
            let cells = Self.trimmed(row.cells)
            if !cells.isEmpty { rows.append(SheetRow(number: row.number, cells: cells)) }
        }
        let index: Int
        if !hints.isEmpty {
            let wanted = Set(hints.map(CSVDialectSniffer.normalized))
            guard let found = rows.firstIndex(where: { row in
                let score = wanted.intersection(row.cells.map(CSVDialectSniffer.normalized)).count
                return score > 0 && score * 2 > wanted.count
            }) else {
                throw .headerNotFound(path: path, searchedRows: rows.count, expectedColumns: wanted.count)
            }
            index = found
        } else if let wide = rows.firstIndex(where: { $0.cells.lazy.filter { !$0.isEmpty }.count >= 2 }) {
            index = wide
        } else if rows.isEmpty {
            return
        } else {
            index = 0
        }
        preamble = rows[..<index].map(\.cells)
        setHeader(rows[index].cells, line: rows[index].number)
        pending = Array(rows[(index + 1)...])
    }

    private func setHeader(_ cells: [String], line: Int) {
        var names = cells.map(CSVHeaderName.trimmed)
        while names.last == "" { names.removeLast() }
        header = names
        headerLineNumber = line
    }

    /// `cells` without trailing empty cells.
    static func trimmed(_ cells: [String]) -> [String] {
        guard let last = cells.lastIndex(where: { !$0.isEmpty }) else { return [] }
        return last == cells.count - 1 ? cells : Array(cells[...last])
    }
}
