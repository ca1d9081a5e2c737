/// Excel date serials to calendar text, in both date systems, without time zones: a serial is
/// a wall-clock date and time, and so is the text (`yyyy-MM-dd`, `yyyy-MM-ddTHH:mm:ss`).
///
/// 1900 system: serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was
/// (Lotus 1-2-3's leap-year bug). Serial 60 is therefore shown as `1900-02-29`, as Excel shows
/// it, so the bogus date stays visible; serials 1–59 are shifted by one day; 0 is `1899-12-31`
/// (Excel shows 1900-01-00). 1904 system: serial 0 is 1904-01-01, no bug.
/// Times are rounded to the nearest second. Negative serials and years past 9999 are not dates.
enum XLSXSerialDate {
    /// Days from 1970-01-01 to 1899-12-30, and to 1904-01-01.
    private static let epoch1900 = -25_569
    private static let epoch1904 = -24_107

    /// The serial split into whole days and seconds of the day, or nil when it is no date.
    static func split(_ serial: Double) -> (days: Int, seconds: Int)? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        return (days, seconds)
    }

    /// `yyyy-MM-dd` of `days` whole days in the given date system.
    static func dateText(days: Int, uses1904: Bool) -> String {
        if uses1904 { return civilText(days + epoch1904) }
        if days == 60 { return "1900-02-29" }
        return civilText(days + epoch1900 + (days < 60 ? 1 : 0))
    }

    /// `HH:mm:ss` of seconds into a day.
    static func timeText(seconds: Int) -> String {
        "\(twoDigits(seconds / 3600)):\(twoDigits(seconds / 60 % 60)):\(twoDigits(seconds % 60))"
    }

    /// `H:mm:ss` of a duration in days (for `[h]:mm:ss`); negative durations keep their sign.
    static func durationText(_ serial: Double) -> String? {
        guard serial.isFinite, abs(serial) < 1e9 else { return nil }
        let total = Int((abs(serial) * 86_400).rounded())
        let sign = serial < 0 && total > 0 ? "-" : ""
        return "\(sign)\(total / 3600):\(twoDigits(total / 60 % 60)):\(twoDigits(total % 60))"
    }

    /// The proleptic Gregorian date of a day count from 1970-01-01.
    static func civilText(_ daysSince1970: Int) -> String {
        Timestamp.day(fromDays: daysSince1970)
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (the inverse of `civilText`).
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        Timestamp.daysFromCivil(year: year, month: month, day: day)
    }

    /// The 1900-system serial day of days since 1970 (for the writer).
    static func serialDay(daysSince1970 days: Int) -> Int { days - epoch1900 }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

}
