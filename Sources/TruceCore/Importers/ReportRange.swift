import Foundation

/// A report's date range as written in its title lines.
struct ReportRange: Equatable {
    /// `yyyy-MM-dd`, inclusive.
    var start: String
    var end: String

    /// "All time" covers every day: stored as the widest range, (the dates the normalizer accepts), so it replaces everything of
    /// its campaigns and is replaced by the next all-time report.
    static let allTime = ReportRange(start: "1800-01-01", end: "2200-12-31")

    private static let allTimeWords: Set<String> = ["all time", "за всё время", "за все время", "todo el tiempo"]
    private static let separators = [" - ", " – ", " — ", " по ", " to ", " bis "]
    private static let days = DateNormalizer(timeZone: .gmt)

    /// Reads `July 8, 2025 - July 31, 2025`, `27 January 2026 - 23 February 2026`,
    /// `Name (2024-01-01 - 2024-01-31)`, `с 01.10.2024 по 31.10.2024`, `All time`; nil otherwise.
    static func parse(_ line: String) -> ReportRange? {
        var text = line.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\"")))
        if allTimeWords.contains(text.lowercased()) { return allTime }
        if let open = text.lastIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            text = String(text[text.index(after: open)..<close])
        }
        for separator in separators {
            let parts = text.components(separatedBy: separator)
            guard parts.count == 2, let start = day(parts[0]), let end = day(parts[1]), start <= end else { continue }
            return ReportRange(start: start, end: end)
        }
        return nil
    }

    private static func day(_ text: String) -> String? {
        var words = text.trimmingCharacters(in: .whitespaces).split(separator: " ")
        while let first = words.first, ["с", "from", "period:", "период:", "период"].contains(first.lowercased()) {
            words.removeFirst()
        }
        guard !words.isEmpty, case .value(let day) = days.parseDay(words.joined(separator: " ")) else { return nil }
        return day
    }
}
