/// Byte-level reading of the date layouts exports use most, ahead of the general lexer.
extension DateNormalizer {
    /// Fields of `yyyy-MM-dd` or `dd.MM.yyyy`, optionally followed by `T` or a space,
    /// `HH:mm[:ss]` and `Z`, `±HH:mm` or `±HHmm`; nil for anything else (the general detection
    /// then decides). Reads exactly what `detectedFields` reads for these shapes, without
    /// building tokens: date columns are parsed on every row of a file.
    static func commonFields(_ text: String) -> Fields? {
        var text = text
        return text.withUTF8 { bytes -> Fields? in
            var reader = DigitReader(bytes: bytes)
            var fields = Fields()
            if bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D {
                guard let year = reader.digits(4), reader.skip(0x2D), let month = reader.digits(2), reader.skip(0x2D),
                      let day = reader.digits(2) else { return nil }
                (fields.year, fields.month, fields.day) = (year, month, day)
            } else if bytes.count >= 10, bytes[2] == 0x2E, bytes[5] == 0x2E {
                guard let day = reader.digits(2), reader.skip(0x2E), let month = reader.digits(2), reader.skip(0x2E),
                      let year = reader.digits(4) else { return nil }
                (fields.year, fields.month, fields.day) = (year, month, day)
            } else {
                return nil
            }
            if reader.isAtEnd { return fields }
            guard reader.skip(0x54) || reader.skip(0x20), let hour = reader.digits(2), reader.skip(0x3A),
                  let minute = reader.digits(2) else { return nil }
            (fields.hour, fields.minute) = (hour, minute)
            if reader.skip(0x3A) {
                guard let second = reader.digits(2) else { return nil }
                fields.second = second
            }
            if reader.isAtEnd { return fields }
            if reader.skip(0x5A) { fields.offset = 0 } else if let offset = reader.offset() { fields.offset = offset } else { return nil }
            return reader.isAtEnd ? fields : nil
        }
    }

    /// A read position over a cell's UTF-8 bytes.
    private struct DigitReader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        var isAtEnd: Bool { index == bytes.count }

        /// Exactly `count` ASCII digits, not followed by another digit.
        mutating func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for position in index..<index + count {
                let digit = Int(bytes[position]) &- 0x30
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            if index + count < bytes.count, bytes[index + count] >= 0x30, bytes[index + count] <= 0x39 { return nil }
            index += count
            return value
        }

        mutating func skip(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// `±HH:mm` or `±HHmm` as seconds east of UTC; minutes must be under 60.
        mutating func offset() -> Int? {
            let sign: Int
            if skip(0x2B) { sign = 1 } else if skip(0x2D) { sign = -1 } else { return nil }
            let hours: Int, minutes: Int
            if let packed = digits(4) {
                (hours, minutes) = (packed / 100, packed % 100)
            } else {
                guard let whole = digits(2), skip(0x3A), let part = digits(2) else { return nil }
                (hours, minutes) = (whole, part)
            }
            guard minutes < 60 else { return nil }
            return sign * (hours * 3600 + minutes * 60)
        }
    }
}
