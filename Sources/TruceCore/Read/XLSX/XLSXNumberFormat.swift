/// How a number format shows a numeric cell, as far as the string given to importers goes.
enum XLSXNumberFormat: UInt8, Sendable, Equatable {
    /// Any number format that is not one of the below: the value in shortest form.
    case general
    /// A date without time: `yyyy-MM-dd`.
    case date
    /// A date with a time: `yyyy-MM-ddTHH:mm:ss`.
    case dateTime
    /// A time of day: `HH:mm:ss` (a full date-time when the serial is a day or more).
    case time
    /// Elapsed time (`[h]:mm:ss`): total hours, `H:mm:ss`.
    case duration
    /// A percentage: the value times 100 followed by `%`.
    case percent

    /// The class of built-in format `id` (ECMA-376 §18.8.30): 9–10 percent, 14–17 date,
    /// 18–21 time, 22 date-time, 45 and 47 time, 46 elapsed time.
    static func builtIn(_ id: Int) -> XLSXNumberFormat {
        switch id {
        case 9, 10: return .percent
        case 14...17: return .date
        case 18...21, 45, 47: return .time
        case 22: return .dateTime
        case 46: return .duration
        default: return .general
        }
    }

    /// Classifies a custom format code by its first section, ignoring quoted text, escaped
    /// characters (`\x`), padding and fill (`_x`, `*x`) and brackets (`[Red]`, `[$-409]`), except
    /// elapsed-time brackets (`[h]`, `[mm]`, `[ss]`).
    static func classify(_ code: String) -> XLSXNumberFormat {
        var hasDate = false
        var hasTime = false
        var hasElapsed = false
        var hasPercent = false
        var letters = ""
        var chars = code.unicodeScalars.makeIterator()
        scan: while let c = chars.next() {
            switch c {
            case ";": break scan
            case "\"": while let q = chars.next(), q != "\"" {}
            case "\\", "_", "*": _ = chars.next()
            case "[":
                var inside = ""
                while let b = chars.next(), b != "]" { inside.unicodeScalars.append(b) }
                let lower = inside.lowercased()
                if !lower.isEmpty, lower.allSatisfy({ "hms".contains($0) }) { hasElapsed = true }
            case "%": hasPercent = true
            default:
                let lower = Character(c).lowercased()
                letters += lower
                switch lower {
                case "y", "d": hasDate = true
                case "h", "s": hasTime = true
                default: break
                }
            }
        }
        if letters.contains("general") { return hasPercent ? .percent : .general }
        if hasElapsed { return .duration }
        if letters.contains("m") && !hasDate && !hasTime { hasDate = true }  // `mmm` alone: a month
        if letters.contains("am/pm") || letters.contains("a/p") { hasTime = true }
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        default: return hasPercent ? .percent : .general
        }
    }
}
