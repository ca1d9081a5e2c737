/// Calendar fields of a parsed cell, their validation and conversion to seconds.
extension DateNormalizer {
    /// Years accepted; anything else is a typo or a system default such as `0001-01-01`.
    static let yearRange = 1800...2200

    /// What a cell says, before any time-zone arithmetic.
    struct Fields: Sendable, Equatable {
        var year = 0, month = 0, day = 0
        var hour = 0, minute = 0, second = 0, nanosecond = 0
        /// Seconds east of UTC when the cell carries an offset; `nil` means the pipeline's zone.
        var offset: Int?
        /// `true` for PM, `false` for AM, `nil` for a 24-hour clock.
        var isPM: Bool?

        /// The first reason these fields are not a real moment, or `nil`.
        var validationIssue: NormalizationIssue? {
            guard DateNormalizer.yearRange.contains(year) else {
                return NormalizationIssue(code: "date_range", message: "year is outside 1800–2200")
            }
            guard (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day) else {
                return DateNormalizer.syntax("date does not exist in the calendar")
            }
            if isPM != nil, !(1...12).contains(hour) { return DateNormalizer.syntax("hour is out of range for an AM/PM time") }
            guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else {
                return DateNormalizer.syntax("time of day is out of range")
            }
            if let offset, abs(offset) > 14 * 3600 { return DateNormalizer.syntax("UTC offset is out of range") }
            return nil
        }

        /// Hour on a 24-hour clock.
        var hour24: Int {
            switch isPM {
            case .some(true): return hour % 12 + 12
            case .some(false): return hour % 12
            case .none: return hour
            }
        }

        /// Seconds since 1970-01-01T00:00 of the wall-clock reading.
        var wallClockSeconds: Int {
            Self.daysFromCivil(year: year, month: month, day: day) * 86_400 + hour24 * 3600 + minute * 60 + second
        }

        /// `yyyy-MM-dd`.
        var dayString: String {
            func padded(_ value: Int, _ width: Int) -> String {
                let digits = String(value)
                return String(repeating: "0", count: max(0, width - digits.count)) + digits
            }
            return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
        }

        static func daysIn(month: Int, year: Int) -> Int {
            switch month {
            case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }

        /// Days since 1970-01-01 in the proleptic Gregorian calendar.
        static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
            Timestamp.daysFromCivil(year: year, month: month, day: day)
        }
    }
}
