/// Format detection for cells parsed without an explicit format.
extension DateNormalizer {
    static let unrecognized = syntax("date is not in a recognized format")

    /// Parses a trimmed cell by trying the supported layouts.
    static func detectedFields(_ text: String, slashesMonthFirst: Bool = false) -> Normalized<Fields> {
        var cursor = Cursor(tokens: tokenize(text.unicodeScalars))
        if cursor.word(in: weekdays) != nil {
            _ = cursor.symbol([","])
            cursor.skipSpace()
        }
        var fields = Fields()
        switch cursor.peek {
        case .number(_, digits: 4):
            guard yearFirstDate(&cursor, &fields) else { return .rejected(unrecognized) }
        case .number(_, digits: 1...2):
            let start = cursor
            if let issue = dayFirstDate(&cursor, &fields, slashesMonthFirst: slashesMonthFirst) { return .rejected(issue) }
            if cursor.index == start.index { return .rejected(unrecognized) }
        case .word:
            guard monthFirstDate(&cursor, &fields) else { return .rejected(unrecognized) }
        default:
            return .rejected(unrecognized)
        }
        guard timeTail(&cursor, &fields), cursor.isAtEnd else { return .rejected(unrecognized) }
        return .value(fields)
    }

    /// `yyyy-MM-dd` (also `yyyy.MM.dd`, `yyyy/MM/dd`: year-first is never ambiguous).
    private static func yearFirstDate(_ cursor: inout Cursor, _ fields: inout Fields) -> Bool {
        guard let year = cursor.number(digits: 4...4), let separator = cursor.symbol(["-", ".", "/"]),
              let month = cursor.number(digits: 1...2), cursor.symbol([separator]) != nil,
              let day = cursor.number(digits: 1...2) else { return false }
        (fields.year, fields.month, fields.day) = (year, month, day)
        return true
    }

    /// `dd.MM.yyyy`, `dd-MM-yyyy`, `1 сентября 2026 [г.]`, `01-Sep-2026`; `M/d/yyyy` when
    /// `slashesMonthFirst`, else a slash date is rejected as ambiguous.
    private static func dayFirstDate(_ cursor: inout Cursor, _ fields: inout Fields,
                                     slashesMonthFirst: Bool) -> NormalizationIssue? {
        var probe = cursor
        guard let day = probe.number(digits: 1...2) else { return unrecognized }
        if probe.symbol(["/"]) != nil {
            guard slashesMonthFirst else {
                return syntax("day/month order of a slash date is ambiguous: set an explicit format such as dd/MM/yyyy")
            }
            guard let second = probe.number(digits: 1...2), probe.symbol(["/"]) != nil,
                  let year = probe.number(digits: 4...4) else { return unrecognized }
            (fields.year, fields.month, fields.day) = (year, day, second)
            cursor = probe
            return nil
        }
        if let separator = probe.symbol([".", "-"]) {
            if let month = probe.number(digits: 1...2) {
                guard probe.symbol([separator]) != nil, let year = probe.number(digits: 4...4) else { return unrecognized }
                (fields.year, fields.month, fields.day) = (year, month, day)
                cursor = probe
                return nil
            }
            guard let month = probe.month(), probe.symbol([separator]) != nil,
                  let year = probe.number(digits: 4...4) else { return unrecognized }
            (fields.year, fields.month, fields.day) = (year, month, day)
            cursor = probe
            return nil
        }
        probe.skipSpace()
        guard let month = probe.month() else { return unrecognized }
        probe.skipSpace()
        guard let year = probe.number(digits: 4...4) else { return unrecognized }
        (fields.year, fields.month, fields.day) = (year, month, day)
        skipYearWord(&probe)
        cursor = probe
        return nil
    }

    /// `September 1, 2026`, `Sep 1 2026`.
    private static func monthFirstDate(_ cursor: inout Cursor, _ fields: inout Fields) -> Bool {
        guard let month = cursor.month() else { return false }
        cursor.skipSpace()
        guard let day = cursor.number(digits: 1...2) else { return false }
        _ = cursor.symbol([","])
        cursor.skipSpace()
        guard let year = cursor.number(digits: 4...4) else { return false }
        (fields.year, fields.month, fields.day) = (year, month, day)
        skipYearWord(&cursor)
        return true
    }

    /// The Russian year marker after a year: `г.`, `года`.
    private static func skipYearWord(_ cursor: inout Cursor) {
        var probe = cursor
        probe.skipSpace()
        if probe.word(in: ["г", "года", "год"]) != nil { cursor = probe }
    }
}
