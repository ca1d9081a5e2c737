/// The optional time-of-day and UTC offset after a date.
extension DateNormalizer {
    /// Reads `[T| |, |at ]HH:mm[:ss[.fff]] [AM|PM] [Z|UTC|±HH[:mm]|±HHmm]` if present.
    static func timeTail(_ cursor: inout Cursor, _ fields: inout Fields) -> Bool {
        if cursor.isAtEnd { return true }
        _ = cursor.symbol([","])
        cursor.skipSpace()
        if cursor.word(in: ["t", "at", "в"]) != nil { cursor.skipSpace() }
        guard let hour = cursor.number(digits: 1...2), cursor.symbol([":"]) != nil,
              let minute = cursor.number(digits: 2...2) else { return false }
        (fields.hour, fields.minute) = (hour, minute)
        if cursor.symbol([":"]) != nil {
            guard let second = cursor.number(digits: 2...2) else { return false }
            fields.second = second
            if cursor.symbol([".", ","]) != nil {
                guard let nanos = cursor.nanoseconds() else { return false }
                fields.nanosecond = nanos
            }
        }
        var probe = cursor
        probe.skipSpace()
        if let meridiem = probe.word(in: ["am", "pm"]) {
            fields.isPM = meridiem == "pm"
            cursor = probe
        }
        return zoneOnly(&cursor, &fields)
    }

    /// `Z`, `UTC`, `GMT`, optionally followed by `±HH[:mm]` or `±HHmm`; nothing at all is fine too.
    static func zoneOnly(_ cursor: inout Cursor, _ fields: inout Fields) -> Bool {
        if cursor.isAtEnd { return true }
        cursor.skipSpace()
        if cursor.word(in: ["z", "utc", "gmt"]) != nil {
            fields.offset = 0
            if cursor.isAtEnd { return true }
        }
        guard let sign = cursor.symbol(["+", "-"]) else { return cursor.isAtEnd }
        let hours: Int, minutes: Int
        if let packed = cursor.number(digits: 4...4) {
            (hours, minutes) = (packed / 100, packed % 100)
        } else if let whole = cursor.number(digits: 1...2) {
            hours = whole
            if cursor.symbol([":"]) != nil {
                guard let part = cursor.number(digits: 2...2) else { return false }
                minutes = part
            } else {
                minutes = 0
            }
        } else {
            return false
        }
        guard minutes < 60 else { return false }
        fields.offset = (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
        return true
    }
}
