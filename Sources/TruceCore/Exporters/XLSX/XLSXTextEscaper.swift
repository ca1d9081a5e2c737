/// Escapes cell text for worksheet XML: `&` `<` `>` as references; a carriage return as `&#13;`
/// (a literal one would be read as a line feed); other control characters, which XML 1.0
/// cannot carry at all, as OOXML `_xHHHH_`; and an underscore that starts something looking
/// like `_xHHHH_` as `_x005F_`. Excel, LibreOffice and Truce read the text back exactly;
/// openpyxl leaves those two OOXML escapes as written.
enum XLSXTextEscaper {
    static func append(_ text: String, to buffer: inout [UInt8]) {
        let utf8 = text.utf8
        let needsWork = utf8.withContiguousStorageIfAvailable { bytes in bytes.contains(where: needsEscape) } ?? true
        guard needsWork else {
            buffer.append(contentsOf: utf8)
            return
        }
        let bytes = Array(utf8)
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x26: buffer.append(contentsOf: "&amp;".utf8)
            case 0x3C: buffer.append(contentsOf: "&lt;".utf8)
            case 0x3E: buffer.append(contentsOf: "&gt;".utf8)
            case 0x09, 0x0A: buffer.append(byte)
            case 0x0D: buffer.append(contentsOf: "&#13;".utf8)
            case 0x5F where looksLikeEscape(bytes, at: index): buffer.append(contentsOf: "_x005F_".utf8)
            case 0..<0x20: appendEscape(byte, to: &buffer)
            default: buffer.append(byte)
            }
        }
    }

    /// Whether a byte may need escaping: a control character, `&`, `<`, `>` or `_`.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<0x20, 0x26, 0x3C, 0x3E, 0x5F: return true
        default: return false
        }
    }

    /// Whether `_xHHHH_` starts at `index`.
    private static func looksLikeEscape(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 6 < bytes.count, bytes[index + 1] == 0x78 || bytes[index + 1] == 0x58,
              bytes[index + 6] == 0x5F else { return false }
        return bytes[(index + 2)...(index + 5)].allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
        }
    }

    private static func appendEscape(_ byte: UInt8, to buffer: inout [UInt8]) {
        let hex = Array("0123456789ABCDEF".utf8)
        buffer.append(contentsOf: "_x00".utf8)
        buffer.append(hex[Int(byte >> 4)])
        buffer.append(hex[Int(byte & 0xF)])
        buffer.append(0x5F)
    }
}
