import Foundation

/// Writes worksheet XML into the archive's streamed entry through a 1 MiB buffer: memory
/// stays flat whatever the number of rows. Text goes out as inline strings (`t="inlineStr"`), escaped for XML and for
/// OOXML (`_xHHHH_` for control characters and for an underscore that would read as one).
final class XLSXSheetXML {
    /// Style indexes of `XLSXPackageParts.styles`.
    enum Style: Int { case normal = 0, header = 1, date = 2, dateTime = 3 }

    private let zip: XLSXZipWriter
    private var buffer: [UInt8] = []
    private var columnNames: [[UInt8]] = []
    private let offsetSeconds: (Date) -> Int
    private(set) var bytesWritten = 0

    init(zip: XLSXZipWriter, timeZone: TimeZone) {
        self.zip = zip
        let isUTC = timeZone.secondsFromGMT() == 0 && timeZone.nextDaylightSavingTimeTransition == nil
        offsetSeconds = isUTC ? { _ in 0 } : { timeZone.secondsFromGMT(for: $0) }
        buffer.reserveCapacity(1 << 20 + 4096)
    }

    func append(_ text: String) { buffer.append(contentsOf: text.utf8) }

    /// Appends one `<row>`; `rowNumber` is 1-based, `style` applies to every cell (the header).
    func appendRow(_ rowNumber: Int, _ cells: [XLSXCell], style: Style = .normal) throws(XLSXWriterError) {
        buffer.append(contentsOf: "<row r=\"".utf8)
        appendInteger(rowNumber)
        buffer.append(contentsOf: "\">".utf8)
        for (index, cell) in cells.enumerated() {
            if case .empty = cell { continue }
            try appendCell(cell, row: rowNumber, column: index, style: style)
        }
        buffer.append(contentsOf: "</row>".utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func appendCell(_ cell: XLSXCell, row: Int, column: Int, style: Style) throws(XLSXWriterError) {
        buffer.append(contentsOf: "<c r=\"".utf8)
        buffer.append(contentsOf: columnName(column))
        appendInteger(row)
        buffer.append(0x22)
        if style != .normal { appendStyle(style) }
        switch cell {
        case .text(let text):
            try appendText(text, row: row, column: column)
        case .number(let value):
            guard value.isFinite else { throw .invalidNumber(row: row, column: column + 1) }
            appendValue(Self.numberText(value))
        case .integer(let value):
            buffer.append(contentsOf: "><v>".utf8)
            appendInteger(value)
            buffer.append(contentsOf: "</v></c>".utf8)
        case .decimal(let value):
            appendValue(value.description)
        case .date(let date), .dateTime(let date):
            let withTime = if case .dateTime = cell { true } else { false }
            guard let serial = serial(date, withTime: withTime) else {
                try appendText(isoText(date, withTime: withTime), row: row, column: column)
                return
            }
            if style == .normal { appendStyle(withTime ? .dateTime : .date) }
            appendValue(serial)
        case .bool(let value):
            buffer.append(contentsOf: (value ? " t=\"b\"><v>1</v></c>" : " t=\"b\"><v>0</v></c>").utf8)
        case .empty:
            buffer.append(contentsOf: "/>".utf8)
        }
    }

    private func appendStyle(_ style: Style) {
        buffer.append(contentsOf: " s=\"".utf8)
        appendInteger(style.rawValue)
        buffer.append(0x22)
    }

    private func appendValue(_ text: String) {
        buffer.append(contentsOf: "><v>".utf8)
        buffer.append(contentsOf: text.utf8)
        buffer.append(contentsOf: "</v></c>".utf8)
    }

    private func appendText(_ text: String, row: Int, column: Int) throws(XLSXWriterError) {
        let utf8 = text.utf8
        if utf8.count > 32_767, text.utf16.count > 32_767 { throw .textTooLong(row: row, column: column + 1) }
        let edges: [UInt8] = [0x20, 0x09, 0x0A, 0x0D]
        let preserve = utf8.first.map(edges.contains) == true || utf8.last.map(edges.contains) == true
        buffer.append(contentsOf: preserve ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">".utf8
                                           : " t=\"inlineStr\"><is><t>".utf8)
        XLSXTextEscaper.append(text, to: &buffer)
        buffer.append(contentsOf: "</t></is></c>".utf8)
    }

    /// The date serial (1900 system) of `date` in the writer's zone; nil outside 1900-03-01…9999.
    private func serial(_ date: Date, withTime: Bool) -> String? {
        let seconds = (date.timeIntervalSince1970 + Double(offsetSeconds(date))).rounded()
        guard seconds.isFinite, abs(seconds) < 1e12 else { return nil }
        let days = Int((seconds / 86_400).rounded(.down))
        let serialDay = XLSXSerialDate.serialDay(daysSince1970: days)
        guard serialDay >= 61, serialDay <= 2_958_465 else { return nil }
        let secondOfDay = Int(seconds) - days * 86_400
        if !withTime || secondOfDay == 0 { return String(serialDay) }
        return String(Double(serialDay) + Double(secondOfDay) / 86_400)
    }

    private func isoText(_ date: Date, withTime: Bool) -> String {
        let seconds = Int((date.timeIntervalSince1970 + Double(offsetSeconds(date))).rounded())
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let day = XLSXSerialDate.civilText(days)
        return withTime ? day + "T" + XLSXSerialDate.timeText(seconds: seconds - days * 86_400) : day
    }

    /// A double as Excel reads it: integers plainly, others in Swift's shortest round-trip form.
    static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    /// `A`, `B`, … `Z`, `AA`… for a 0-based column, cached.
    func columnName(_ column: Int) -> [UInt8] {
        while columnNames.count <= column {
            var n = columnNames.count + 1
            var letters: [UInt8] = []
            while n > 0 {
                letters.insert(UInt8(0x41 + (n - 1) % 26), at: 0)
                n = (n - 1) / 26
            }
            columnNames.append(letters)
        }
        return columnNames[column]
    }

    private func appendInteger(_ value: Int) {
        if value < 0 {
            buffer.append(0x2D)
            buffer.append(contentsOf: String(value.magnitude).utf8)
            return
        }
        if value < 10 {
            buffer.append(UInt8(0x30 + value))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { raw in
            while rest > 0 {
                raw[19 - count] = UInt8(0x30 + rest % 10)
                rest /= 10
                count += 1
            }
            buffer.append(contentsOf: raw[(20 - count)...])
        }
    }

    /// Hands the buffer to the archive.
    func flush() throws(XLSXWriterError) {
        guard !buffer.isEmpty else { return }
        try zip.write(buffer)
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
