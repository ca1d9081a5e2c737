/// Reads a worksheet's `<sheetData>` row by row from a streamed part.
///
/// Cells are placed by their `r` reference (`C5` → third column), the gaps of a sparse row
/// filled with "" (a cell without `r` follows the previous one, a row without `r` the previous
/// row). Formulas are not evaluated: the cached value is read, and a formula cell without one
/// is "". Rows come out as stored, empty ones included; blank rows are the caller's business.
final class XLSXSheetScanner: SheetRowSource {
    static let maxColumns = 16_384
    static let maxRows = 1_048_576

    private let parser: XMLPullParser
    private let decoder: XLSXCellDecoder
    private var inSheetData = false
    private var finished = false
    private var rowNumber = 0
    private var cells: [String] = []
    private var column = 0
    private var cellType = XLSXCellDecoder.CellType.number
    private var cellStyle = 0
    private var inCell = false
    private var inValue = false
    private var value: [UInt8] = []
    private var inline = XLSXTextCollector()
    private var inlineText: String?

    init(parser: XMLPullParser, decoder: XLSXCellDecoder) {
        self.parser = parser
        self.decoder = decoder
    }

    /// The next stored row, or nil after `</sheetData>`.
    func nextRow() throws(ReadError) -> SheetRow? {
        if finished { return nil }
        while true {
            let event = try parser.next()
            switch event {
            case .start:
                if let row = try start() { return row }
            case .text:
                if inValue {
                    try parser.appendText(to: &value)
                } else if inCell && cellType == .inline {
                    _ = try inline.handle(event, parser, item: "is")
                }
            case .end:
                if let row = try end() { return row }
            case .endOfDocument:
                finished = true
                return nil
            }
        }
    }

    private func start() throws(ReadError) -> SheetRow? {
        if inSheetData {
            if parser.isNamed("c") {
                try startCell()
            } else if inCell {
                if parser.isNamed("v") {
                    inValue = !parser.isSelfClosing
                } else if cellType == .inline {
                    if try inline.handle(.start, parser, item: "is") { inlineText = inline.take() }
                }
            } else if parser.isNamed("row") {
                try startRow()
                if parser.isSelfClosing { return SheetRow(number: rowNumber, cells: []) }
            }
        } else if parser.isNamed("sheetData") {
            inSheetData = !parser.isSelfClosing
            if parser.isSelfClosing { try drain() }
        }
        return nil
    }

    private func end() throws(ReadError) -> SheetRow? {
        guard inSheetData else { return nil }
        if inCell {
            if parser.isNamed("v") {
                inValue = false
            } else if parser.isNamed("c") {
                try finishCell()
            } else if cellType == .inline, try inline.handle(.end, parser, item: "is") {
                inlineText = inline.take()
            }
            return nil
        }
        if parser.isNamed("row") {
            let row = SheetRow(number: rowNumber, cells: cells)
            cells.removeAll(keepingCapacity: true)
            return row
        }
        if parser.isNamed("sheetData") {
            inSheetData = false
            try drain()
        }
        return nil
    }

    /// Reads the rest of the part, so a truncated tail or a CRC mismatch (reported at the end
    /// of the entry) is still an error.
    private func drain() throws(ReadError) {
        while try parser.next() != .endOfDocument {}
        finished = true
    }

    private func startRow() throws(ReadError) {
        cells.removeAll(keepingCapacity: true)
        column = 0
        if let span = parser.attribute("r") {
            guard let number = XLSXCellDecoder.integer(bytes(span)), number >= 1 else { throw problem(.badCellReference) }
            rowNumber = number
        } else {
            rowNumber += 1
        }
        if rowNumber > Self.maxRows { throw problem(.beyondSheetLimits) }
    }

    private func startCell() throws(ReadError) {
        if let span = parser.attribute("r") {
            guard let index = Self.columnIndex(bytes(span)) else { throw problem(.badCellReference) }
            column = index
        }
        if column >= Self.maxColumns { throw problem(.beyondSheetLimits) }
        cellType = parser.attribute("t").map { XLSXCellDecoder.cellType(bytes($0)) } ?? .number
        cellStyle = parser.attribute("s").flatMap { XLSXCellDecoder.integer(bytes($0)) } ?? 0
        value.removeAll(keepingCapacity: true)
        inlineText = nil
        inValue = false
        if parser.isSelfClosing {
            column += 1
        } else {
            inCell = true
            inline = XLSXTextCollector()
        }
    }

    private func finishCell() throws(ReadError) {
        inCell = false
        let decoded = value.withUnsafeBufferPointer { raw in
            Result { () throws(XLSXCellDecoder.MissingString) -> String in
                try decoder.text(type: cellType, style: cellStyle, raw: raw, inline: inlineText)
            }
        }
        let text: String
        switch decoded {
        case .success(let success): text = success
        case .failure(let missing): throw problem(.sharedStringMissing(index: missing.index))
        }
        if column < cells.count {
            cells[column] = text
        } else {
            while cells.count < column { cells.append("") }
            cells.append(text)
        }
        column += 1
    }

    @inline(__always) private func bytes(_ span: XMLAttributeSpan) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: parser.buffer + span.valueStart, count: span.valueEnd - span.valueStart)
    }

    private func problem(_ problem: SpreadsheetProblem) -> ReadError {
        .spreadsheet(path: parser.path, part: parser.part, row: rowNumber, problem: problem)
    }

    /// The 0-based column of a reference like `C5` or `$AB$12` (letters, then digits), or nil.
    static func columnIndex(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        var letters = 0
        var i = 0
        if i < raw.count && raw[i] == 0x24 { i += 1 }
        while i < raw.count {
            let byte = raw[i] & 0xDF
            guard byte >= 0x41 && byte <= 0x5A, raw[i] >= 0x41 else { break }
            index = index * 26 + Int(byte - 0x40)
            letters += 1
            if letters > 3 { return nil }
            i += 1
        }
        guard letters > 0 else { return nil }
        if i < raw.count && raw[i] == 0x24 { i += 1 }
        guard i < raw.count else { return nil }
        while i < raw.count {
            guard raw[i] >= 0x30 && raw[i] <= 0x39 else { return nil }
            i += 1
        }
        return index - 1
    }
}
