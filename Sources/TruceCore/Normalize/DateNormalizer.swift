import Foundation

/// Parses date and date-time cells without `DateFormatter`: digits are read by hand and
/// instants built with the days-from-civil algorithm.
///
/// Recognized without a format: ISO 8601 with `Z`/`±HH:mm`/`±HHmm` offsets, `yyyy-MM-dd`,
/// `yyyy-MM-dd HH:mm[:ss]`, `dd.MM.yyyy[ HH:mm[:ss]]`, `dd-MM-yyyy HH:mm:ss`, `September 1, 2026`,
/// `Sep 1, 2026`, `1 September 2026`, `1 сентября 2026 г.`. Slash dates (`01/09/2026`) are
/// ambiguous: they are read month first only where that is the country's convention (a US
/// pipeline: `3/31/2024 4:05 PM`, as US Salesforce and HubSpot exports write them); elsewhere
/// they need an explicit format such as `M/d/yyyy` or `dd/MM/yyyy`.
/// Times without an offset are wall-clock times in `timeZone`.
public struct DateNormalizer: Sendable {
    /// The pipeline's zone for times written without an offset (e.g. Europe/Moscow).
    public let timeZone: TimeZone
    /// Whether slash dates are read month first (`M/d/yyyy`) instead of being rejected as ambiguous.
    public let slashDatesMonthFirst: Bool

    /// Creates a normalizer that reads offset-less times in `timeZone`.
    public init(timeZone: TimeZone, slashDatesMonthFirst: Bool = false) {
        self.timeZone = timeZone
        self.slashDatesMonthFirst = slashDatesMonthFirst
    }

    /// Regions whose convention writes dates month first with slashes.
    public static let monthFirstRegions: Set<String> = ["US"]

    /// A normalizer for a pipeline's zone and phone region (the region decides slash dates).
    public init(timeZone: TimeZone, region: String) {
        self.init(timeZone: timeZone, slashDatesMonthFirst: Self.monthFirstRegions.contains(region.uppercased()))
    }

    /// Parses an instant. `format` uses `yyyy MM dd HH mm ss` tokens (also `M d yy SSS MMM a XXX`,
    /// `'quoted'` literals); without it the formats above are detected.
    public func parse(_ raw: String, format: String? = nil) -> Normalized<Date> {
        fields(raw, format: format).map { instant($0) }
    }

    /// Parses the calendar date as written, `yyyy-MM-dd`, with no time-zone shifting
    /// (`2026-08-31T23:30:00-04:00` gives `2026-08-31`). For report days and birth dates.
    public func parseDay(_ raw: String, format: String? = nil) -> Normalized<String> {
        fields(raw, format: format).map { $0.dayString }
    }

    /// Validated fields of a cell.
    func fields(_ raw: String, format: String?) -> Normalized<Fields> {
        let trimmed = NormalizerText.trimmed(raw)
        if NormalizerText.isNullMarker(trimmed) || Self.isZeroDate(trimmed) { return .empty }
        let parsed: Normalized<Fields>
        if let format, !format.isEmpty {
            parsed = Self.formattedFields(Array(trimmed.unicodeScalars), format: format)
        } else {
            parsed = Self.commonFields(trimmed).map { .value($0) }
                ?? Self.detectedFields(trimmed, slashesMonthFirst: slashDatesMonthFirst)
        }
        guard case .value(let fields) = parsed else { return parsed }
        if let issue = fields.validationIssue { return .rejected(issue) }
        return .value(fields)
    }

    /// The instant for validated fields; offset-less times are read in `timeZone`.
    func instant(_ fields: Fields) -> Date {
        let wallClock = fields.wallClockSeconds
        let offset = fields.offset ?? zoneOffset(atWallClock: wallClock)
        return Date(timeIntervalSince1970: Double(wallClock - offset) + Double(fields.nanosecond) / 1e9)
    }

    /// The zone's offset at a wall-clock time; a second lookup settles times near a DST change.
    private func zoneOffset(atWallClock seconds: Int) -> Int {
        let guess = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds)))
        return timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds - guess)))
    }

    /// MySQL-style zero dates (`0000-00-00 00:00:00`, `00.00.0000`) are null markers.
    static func isZeroDate(_ text: String) -> Bool {
        text.hasPrefix("0000-00-00") || text.hasPrefix("00.00.0000")
    }

    static func syntax(_ message: String) -> NormalizationIssue {
        NormalizationIssue(code: "date_syntax", message: message)
    }
}
