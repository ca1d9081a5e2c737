import Foundation

/// Fixed, locale-free spellings of instants as stored in the base and written in exports.
public enum Timestamp {
    /// `2026-09-01T08:15:00Z` (UTC, second precision).
    public static func iso(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        guard (0...9999).contains(year) else {
            return "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(rest / 3600))"
                + ":\(pad(rest % 3600 / 60)):\(pad(rest % 60))Z"
        }
        // Written digit by digit: stored once or twice per imported row, where interpolating
        // six padded strings cost more than the SQLite insert of the value.
        return String(unsafeUninitializedCapacity: 20) { out in
            func put(_ value: Int, at offset: Int, width: Int) {
                var value = value
                for position in stride(from: offset + width - 1, through: offset, by: -1) {
                    out[position] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
                    value /= 10
                }
            }
            put(year, at: 0, width: 4)
            put(month, at: 5, width: 2)
            put(day, at: 8, width: 2)
            put(rest / 3600, at: 11, width: 2)
            put(rest % 3600 / 60, at: 14, width: 2)
            put(rest % 60, at: 17, width: 2)
            (out[4], out[7], out[10], out[13], out[16], out[19]) = (0x2D, 0x2D, 0x54, 0x3A, 0x3A, 0x5A)
            return 20
        }
    }

    /// `yyyy-MM-dd` of a day count since 1970-01-01.
    public static func day(fromDays days: Int) -> String {
        let (year, month, day) = civil(fromDays: days)
        return "\(pad(year, 4))-\(pad(month))-\(pad(day))"
    }

    static func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// Parses what `iso` wrote.
    public static func parseISO(_ text: String) -> Date? {
        let digits = text.utf8.map { Int($0) - 48 }
        guard digits.count == 20 else { return nil }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + digits[$1] } }
        let days = daysFromCivil(year: number(0..<4), month: number(5..<7), day: number(8..<10))
        let seconds = days * 86_400 + number(11..<13) * 3600 + number(14..<16) * 60 + number(17..<19)
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Howard Hinnant's days-from-civil algorithm (proleptic Gregorian).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = month
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
