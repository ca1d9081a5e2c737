import Foundation

/// Turns one cell's type, style and raw `<v>` text into the string importers get.
///
/// - shared (`s`) and inline strings, formula strings (`str`): the text (`_xHHHH_` decoded);
/// - booleans (`b`): `TRUE` / `FALSE`; errors (`e`): the error text (`#N/A`, `#DIV/0!`…);
/// - ISO dates (`d`): `yyyy-MM-dd` or `yyyy-MM-ddTHH:mm:ss`, any zone suffix dropped;
/// - numbers: by the style's format class (see `XLSXNumberFormat`): dates and times per
///   `XLSXSerialDate`, percentages as value×100 with `%`, all else per `XLSXNumberText`.
struct XLSXCellDecoder {
    /// The `t` attribute of a cell.
    enum CellType: UInt8 { case number, shared, inline, formulaString, boolean, error, isoDate }

    let sharedStrings: XLSXSharedStrings
    let styles: XLSXStyles
    let uses1904Dates: Bool

    /// The cell type written in `t` (bytes of the attribute value).
    static func cellType(_ raw: UnsafeBufferPointer<UInt8>) -> CellType {
        switch raw.count {
        case 1:
            switch raw[0] {
            case 0x73: return .shared  // s
            case 0x62: return .boolean  // b
            case 0x65: return .error  // e
            case 0x64: return .isoDate  // d
            default: return .number
            }
        case 3: return raw[0] == 0x73 ? .formulaString : .number  // str
        case 9: return raw[0] == 0x69 ? .inline : .number  // inlineStr
        default: return .number
        }
    }

    /// A shared-string index past the end of the table.
    struct MissingString: Error { var index: Int }

    /// The string of a cell; `raw` is the `<v>` text, `inline` the collected `<is>` text.
    func text(type: CellType, style: Int, raw: UnsafeBufferPointer<UInt8>,
              inline: String?) throws(MissingString) -> String {
        switch type {
        case .inline:
            return inline ?? XLSXText.unescapeOOXML(Array(raw))
        case .shared:
            guard let index = Self.integer(raw) else { return "" }
            guard let text = sharedStrings[index] else { throw MissingString(index: index) }
            return text
        case .formulaString, .error:
            return XLSXText.unescapeOOXML(Array(raw))
        case .boolean:
            if raw.count == 1 && raw[0] == 0x31 { return "TRUE" }
            if raw.count == 1 && raw[0] == 0x30 { return "FALSE" }
            return String(decoding: raw, as: UTF8.self)
        case .isoDate:
            return Self.isoDate(String(decoding: raw, as: UTF8.self))
        case .number:
            if raw.isEmpty { return "" }
            return number(raw, format: styles.format(style))
        }
    }

    private func number(_ raw: UnsafeBufferPointer<UInt8>, format: XLSXNumberFormat) -> String {
        if format == .general { return XLSXNumberText.fromRaw(raw) ?? String(decoding: raw, as: UTF8.self) }
        guard let value = Double(String(decoding: raw, as: UTF8.self)) else { return String(decoding: raw, as: UTF8.self) }
        switch format {
        case .general:
            return XLSXNumberText.format(value)
        case .percent:
            return XLSXNumberText.format(value * 100) + "%"
        case .duration:
            return XLSXSerialDate.durationText(value) ?? XLSXNumberText.format(value)
        case .date, .dateTime, .time:
            guard let (days, seconds) = XLSXSerialDate.split(value) else { return XLSXNumberText.format(value) }
            if format == .time && days == 0 { return XLSXSerialDate.timeText(seconds: seconds) }
            let date = XLSXSerialDate.dateText(days: days, uses1904: uses1904Dates)
            return format == .date ? date : date + "T" + XLSXSerialDate.timeText(seconds: seconds)
        }
    }

    /// An ISO 8601 date or date-time, cut to `yyyy-MM-dd` or `yyyy-MM-ddTHH:mm:ss`.
    static func isoDate(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count >= 19, trimmed.dropFirst(10).first == "T" { return String(trimmed.prefix(19)) }
        if trimmed.count >= 10 { return String(trimmed.prefix(10)) }
        return trimmed
    }

    /// A non-negative decimal integer, or nil.
    static func integer(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !raw.isEmpty, raw.count <= 18 else { return nil }
        var value = 0
        for byte in raw {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
