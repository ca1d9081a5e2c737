import Foundation

/// Text helpers for cell strings.
enum XLSXText {
    /// Decodes OOXML's `_xHHHH_` escapes (Excel writes `_x000D_` for a carriage return and
    /// `_x005F_` for a literal underscore before `x`), then makes a String.
    static func unescapeOOXML(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { raw -> String in
            guard let base = raw.baseAddress, raw.count >= 7,
                  ByteSearch.find([0x5F, 0x78], in: base, count: raw.count) != nil else { return String(decoding: raw, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(raw.count)
            var i = 0
            while i < raw.count {
                if raw[i] == 0x5F, i + 6 < raw.count, raw[i + 1] == 0x78, raw[i + 6] == 0x5F,
                   let value = hexValue(raw, from: i + 2), let scalar = Unicode.Scalar(value) {
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                    i += 7
                } else {
                    out.append(raw[i])
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The value of four hex digits at `from`, or nil.
    private static func hexValue(_ raw: UnsafeBufferPointer<UInt8>, from: Int) -> UInt32? {
        var value: UInt32 = 0
        for k in from..<(from + 4) {
            let byte = raw[k]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
