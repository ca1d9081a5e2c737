/// Rows of the first `<table>` of an HTML document held in memory (UTF-8).
///
/// A row is a `<tr>`, its cells `<td>` and `<th>` (a `colspan` adds empty cells after the
/// cell); end tags may be omitted, as HTML allows. Inside a cell `<br>` is a line break, other
/// tags are dropped and references decoded; the text is trimmed. A nested table's cells
/// join the cell that holds it. Row numbers count `<tr>` from 1.
final class HTMLTableScanner: SheetRowSource {
    private let bytes: [UInt8]
    private var position: Int
    private var rowNumber = 0
    private var finished = false
    private var nextClose = -1

    /// Starts at the first `<table`; nil when the document has none.
    init?(bytes: [UInt8]) {
        guard let table = Self.find("<table", in: bytes, from: 0) else { return nil }
        self.bytes = bytes
        position = table + 6
    }

    func nextRow() throws(ReadError) -> SheetRow? {
        guard !finished else { return nil }
        var cells: [String]?
        var cell: [UInt8]?
        var span = 1
        var nested = 0
        func closeCell() {
            guard let text = cell else { return }
            cells?.append(HTMLText.decode(Self.trimmed(text)))
            if span > 1 { cells?.append(contentsOf: repeatElement("", count: span - 1)) }
            cell = nil
        }
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == 0x3C, let tag = tag(at: position) else {
                cell?.append(byte)
                position += 1
                continue
            }
            position = tag.end
            switch (tag.name, tag.closing) {
            case ("table", false): nested += 1
            case ("table", true) where nested > 0: nested -= 1
            case ("table", true):
                finished = true
                closeCell()
                return cells.map { SheetRow(number: rowNumber, cells: $0) }
            case _ where nested > 0: if tag.name == "br" { cell?.append(0x0A) }
            case ("tr", false):
                closeCell()
                if let open = cells {
                    position = tag.start  // emit the open row first, then start this one
                    return SheetRow(number: rowNumber, cells: open)
                }
                rowNumber += 1
                cells = []
            case ("tr", true):
                closeCell()
                if let open = cells { return SheetRow(number: rowNumber, cells: open) }
            case ("td", false), ("th", false):
                closeCell()
                if cells == nil {
                    rowNumber += 1
                    cells = []
                }
                cell = []
                span = min(max(tag.colspan, 1), 1000)
            case ("td", true), ("th", true): closeCell()
            case ("br", _): cell?.append(0x0A)
            default: break
            }
        }
        finished = true
        closeCell()
        return cells.map { SheetRow(number: rowNumber, cells: $0) }
    }

    /// A tag at `start`: its lower-cased name, whether it closes, its `colspan`, where it ends.
    /// Comments are skipped whole; text that is no tag (`a < b`) gives nil.
    private func tag(at start: Int) -> (name: String, closing: Bool, colspan: Int, start: Int, end: Int)? {
        if bytes[start...].starts(with: Self.commentOpen) {
            let end = Self.find("-->", in: bytes, from: start + 4).map { $0 + 3 } ?? bytes.count
            return ("!--", false, 1, start, end)
        }
        var i = start + 1
        let closing = i < bytes.count && bytes[i] == 0x2F
        if closing { i += 1 }
        let nameStart = i
        while i < bytes.count, Self.isLetterOrDigit(bytes[i]) { i += 1 }
        // A tag ends within 4 KiB, or the `<` was text.
        guard i > nameStart, let close = closeIndex(from: i), close - i <= 4096 else { return nil }
        let name = String(decoding: bytes[nameStart..<i], as: UTF8.self).lowercased()
        var colspan = 1
        if name == "td" || name == "th" {
            let attributes = String(decoding: bytes[i..<close], as: UTF8.self).lowercased()
            if let key = attributes.range(of: "colspan") {
                let digits = attributes[key.upperBound...].drop { $0 == "=" || $0 == " " || $0 == "\"" || $0 == "'" }
                colspan = Int(digits.prefix { $0.isNumber }.prefix(4)) ?? 1
            }
        }
        return (name, closing, colspan, start, close + 1)
    }

    /// The next `>` at or after `from`, remembered so that many `<` without one stay linear.
    private func closeIndex(from: Int) -> Int? {
        if nextClose < from { nextClose = bytes[from...].firstIndex(of: 0x3E) ?? bytes.count }
        return nextClose < bytes.count ? nextClose : nil
    }

    private static let commentOpen = Array("<!--".utf8)

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39
    }

    /// `text` without leading and trailing ASCII whitespace.
    static func trimmed(_ text: [UInt8]) -> ArraySlice<UInt8> {
        let isSpace = { (b: UInt8) in b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        guard let first = text.firstIndex(where: { !isSpace($0) }),
              let last = text.lastIndex(where: { !isSpace($0) }) else { return [] }
        return text[first...last]
    }

    /// The offset of `needle` (ASCII, matched ignoring case) in `bytes` from `from`, or nil.
    static func find(_ needle: String, in bytes: [UInt8], from: Int) -> Int? {
        let pattern = Array(needle.lowercased().utf8)
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var i = from
        while i + pattern.count <= bytes.count {
            if bytes[i] | 0x20 == first | 0x20,
               pattern.indices.allSatisfy({ bytes[i + $0] | 0x20 == pattern[$0] | 0x20 }) { return i }
            i += 1
        }
        return nil
    }
}
