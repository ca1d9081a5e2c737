import Foundation
import Testing
import TruceCore

@Suite("DateNormalizer")
struct DateNormalizerTests {
    static let moscow = DateNormalizer(timeZone: TimeZone(identifier: "Europe/Moscow") ?? .gmt)

    /// An instant written as UTC `yyyy-MM-ddTHH:mm:ss[.fff]Z`, decoded independently of the code under test.
    static func utc(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = text.contains(".") ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
        return formatter.date(from: text)
    }

    /// (cell, expected UTC instant); offset-less cells are Moscow time.
    static let instants: [(String, String)] = [
        ("2025-03-04T10:06:45+00:00", "2025-03-04T10:06:45Z"),
        ("2026-08-31T11:18:23+05:30", "2026-08-31T05:48:23Z"),
        ("2026-05-19T15:15:37-0400", "2026-05-19T19:15:37Z"),
        ("2026-05-19T15:15:37Z", "2026-05-19T15:15:37Z"),
        ("2026-05-19T15:15:37.250Z", "2026-05-19T15:15:37.250Z"),
        ("2026-05-19T15:15:37+03", "2026-05-19T12:15:37Z"),
        ("2026-05-19 15:15:37 UTC", "2026-05-19T15:15:37Z"),
        ("2026-05-19 15:15:37 +0300", "2026-05-19T12:15:37Z"),
        ("2026-05-19", "2026-05-18T21:00:00Z"),
        ("2026-5-9", "2026-05-08T21:00:00Z"),
        ("2026/05/19", "2026-05-18T21:00:00Z"),
        ("2026-05-19 15:15", "2026-05-19T12:15:00Z"),
        ("2026-05-19 15:15:37", "2026-05-19T12:15:37Z"),
        ("2026-05-19T15:15:37", "2026-05-19T12:15:37Z"),
        ("19.05.2026", "2026-05-18T21:00:00Z"),
        ("1.9.2026", "2026-08-31T21:00:00Z"),
        ("19.05.2026 15:15", "2026-05-19T12:15:00Z"),
        ("30.09.2026 22:37:00", "2026-09-30T19:37:00Z"),
        ("30-09-2026 22:37:00", "2026-09-30T19:37:00Z"),
        ("01.01.2026 00:00:00", "2025-12-31T21:00:00Z"),
        ("29.02.2024", "2024-02-28T21:00:00Z"),
        ("September 1, 2026", "2026-08-31T21:00:00Z"),
        ("Sep 1, 2026", "2026-08-31T21:00:00Z"),
        ("Sept. 1, 2026", "2026-08-31T21:00:00Z"),
        ("Tuesday, September 1, 2026", "2026-08-31T21:00:00Z"),
        ("1 September 2026", "2026-08-31T21:00:00Z"),
        ("1 сентября 2026", "2026-08-31T21:00:00Z"),
        ("1 Сентября 2026 г.", "2026-08-31T21:00:00Z"),
        ("01 сент. 2026", "2026-08-31T21:00:00Z"),
        ("01-Sep-2026", "2026-08-31T21:00:00Z"),
        ("15 мая 2026 года", "2026-05-14T21:00:00Z"),
        ("Sep 1, 2026, 10:06:45 PM", "2026-09-01T19:06:45Z"),
        ("Sep 1, 2026 12:00 AM", "2026-08-31T21:00:00Z"),
        ("Sep 1, 2026 12:30 PM", "2026-09-01T09:30:00Z"),
        ("2010-07-01 12:00", "2010-07-01T08:00:00Z"),
        ("2012-01-15 12:00", "2012-01-15T08:00:00Z"),
        ("2009-01-15 12:00", "2009-01-15T09:00:00Z"),
        ("2010-10-31 01:30", "2010-10-30T21:30:00Z"),
        ("2010-03-28 03:30", "2010-03-27T23:30:00Z"),
        ("\u{00A0}2026-05-19\u{200B}", "2026-05-18T21:00:00Z"),
    ]

    @Test(arguments: instants)
    func parsesInstants(raw: String, expected: String) throws {
        let instant = try #require(Self.utc(expected))
        #expect(Self.moscow.parse(raw) == .value(instant))
    }

    @Test func keepsSubMillisecondFractions() throws {
        let parsed = try #require(Self.moscow.parse("2026-05-19T15:15:37.123456789+00:00").value)
        let base = try #require(Self.utc("2026-05-19T15:15:37Z"))
        #expect(abs(parsed.timeIntervalSince(base) - 0.123456789) < 1e-6)
    }

    static let invalid: [String] = [
        "31.02.2026", "29.02.2025", "2026-13-01", "2026-00-10", "32.01.2026", "31 июня 2026", "01/09/2026",
        "9/1/2026", "2026-05-19 25:00", "2026-05-19 12:60", "2026-05-19 23:59:60", "2026-05-19T12:00:00+25:00",
        "19.05.26", "tomorrow", "2026-05-19 foo", "2026-05", "20260519", "May 2026", "2026-05-19T", "12:00",
        "Sep 1, 2026 13:00 PM", "2026-05-19T15:15:37+05:75", "2026-05-19 15", "19.05-2026", "сентября 1",
    ]

    @Test(arguments: invalid)
    func rejectsInvalidDates(raw: String) throws {
        let issue = try #require(Self.moscow.parse(raw).issue)
        #expect(issue.code == "date_syntax")
        #expect(!issue.message.contains { $0.isNumber })
    }

    @Test(arguments: ["0001-01-01", "1700-01-01", "2999-01-01", "01.01.0001 00:00:00"])
    func rejectsImplausibleYears(raw: String) {
        #expect(Self.moscow.parse(raw).issue?.code == "date_range")
    }

    @Test(arguments: ["", "--", " -- ", "n/a", "0000-00-00", "0000-00-00 00:00:00", "00.00.0000"])
    func treatsBlanksAsEmpty(raw: String) {
        #expect(Self.moscow.parse(raw) == .empty)
        #expect(Self.moscow.parseDay(raw) == .empty)
    }

    /// (format, cell, expected UTC instant)
    static let formatted: [(String, String, String)] = [
        ("M/d/yyyy", "9/1/2026", "2026-08-31T21:00:00Z"),
        ("MM/dd/yyyy", "09/01/2026", "2026-08-31T21:00:00Z"),
        ("dd/MM/yyyy", "01/09/2026", "2026-08-31T21:00:00Z"),
        ("M/D/YYYY", "9/1/2026", "2026-08-31T21:00:00Z"),
        ("M/d/yyyy", "9/1/2026 10:00:00", "2026-09-01T07:00:00Z"),
        ("M/d/yyyy H:mm", "9/1/2026 9:05", "2026-09-01T06:05:00Z"),
        ("M/d/yyyy h:mm a", "9/1/2026 1:05 PM", "2026-09-01T10:05:00Z"),
        ("yyyy-MM-dd'T'HH:mm:ssXXX", "2026-09-01T10:00:00+05:30", "2026-09-01T04:30:00Z"),
        ("yyyy-MM-dd'T'HH:mm:ssZ", "2026-09-01T10:00:00Z", "2026-09-01T10:00:00Z"),
        ("dd.MM.yy", "01.09.26", "2026-08-31T21:00:00Z"),
        ("yyyyMMdd", "20260901", "2026-08-31T21:00:00Z"),
        ("d MMM yyyy", "1 Sep 2026", "2026-08-31T21:00:00Z"),
        ("d MMMM yyyy", "1 сентября 2026", "2026-08-31T21:00:00Z"),
        ("dd.MM.yyyy HH:mm", "01.09.2026", "2026-08-31T21:00:00Z"),
        ("dd.MM.yyyy HH:mm", "01.09.2026   10:30", "2026-09-01T07:30:00Z"),
        ("yyyy-MM-dd HH:mm:ss.SSS", "2026-09-01 10:00:00.250", "2026-09-01T07:00:00.250Z"),
    ]

    @Test(arguments: formatted)
    func parsesWithExplicitFormat(format: String, raw: String, expected: String) throws {
        let instant = try #require(Self.utc(expected))
        #expect(Self.moscow.parse(raw, format: format) == .value(instant))
    }

    @Test(arguments: [
        ("M/d/yyyy", "13/1/2026"), ("M/d/yyyy", "9/31/2026"), ("dd/MM/yyyy", "2026-09-01"),
        ("dd/MM/yyyy", "01/09/2026 foo"), ("yyyy-MM-dd HH:mm", "2026-09-01 10:00:00"), ("d MMM yyyy", "1 Foo 2026"),
    ])
    func rejectsCellsNotMatchingTheFormat(format: String, raw: String) {
        #expect(Self.moscow.parse(raw, format: format).issue?.code == "date_syntax")
    }

    /// (cell, format, calendar day as written)
    static let days: [(String, String?, String)] = [
        ("2026-08-31T23:30:00-04:00", nil, "2026-08-31"),
        ("2026-08-31T01:00:00+05:30", nil, "2026-08-31"),
        ("2026-08-31T23:59:59Z", nil, "2026-08-31"),
        ("31.08.2026", nil, "2026-08-31"),
        ("31.08.2026 23:59:59", nil, "2026-08-31"),
        ("1 сентября 2026", nil, "2026-09-01"),
        ("September 1, 2026", nil, "2026-09-01"),
        ("1985-02-03", nil, "1985-02-03"),
        ("03.02.1985", nil, "1985-02-03"),
        ("1900-01-01", nil, "1900-01-01"),
        ("29.02.2024", nil, "2024-02-29"),
        ("1/2/1985", "M/d/yyyy", "1985-01-02"),
        ("1/2/1985", "d/M/yyyy", "1985-02-01"),
    ]

    @Test(arguments: days)
    func parsesCalendarDaysWithoutShifting(raw: String, format: String?, expected: String) {
        #expect(Self.moscow.parseDay(raw, format: format) == .value(expected))
        #expect(DateNormalizer(timeZone: TimeZone(identifier: "Pacific/Kiritimati") ?? .gmt).parseDay(raw, format: format) == .value(expected))
    }

    @Test(arguments: ["31.02.2026", "01/09/2026", "2026-05-19 25:00"])
    func parseDayRejectsInvalidDates(raw: String) {
        #expect(Self.moscow.parseDay(raw).issue?.code == "date_syntax")
    }

    /// A parsed instant printed as ISO 8601 UTC parses back to itself, in any pipeline zone.
    /// A US pipeline reads slash dates month first (US Salesforce and HubSpot exports); other regions
    /// keep rejecting them as ambiguous.
    static let newYork = DateNormalizer(timeZone: TimeZone(identifier: "America/New_York") ?? .gmt, region: "US")

    @Test(arguments: [
        ("3/31/2024", "2024-03-31T04:00:00Z"), ("03/01/2024 9:05", "2024-03-01T14:05:00Z"),
        ("3/31/2024 4:05 PM", "2024-03-31T20:05:00Z"), ("12/1/2025, 11:30 AM", "2025-12-01T16:30:00Z"),
    ])
    func usPipelinesReadSlashDatesMonthFirst(raw: String, expected: String) throws {
        #expect(Self.newYork.parse(raw).value == Self.utc(expected), "\(raw)")
    }

    @Test func slashDatesOutsideMonthFirstRegionsStayAmbiguous() {
        #expect(Self.newYork.parse("31/3/2024").value == nil, "no 31st month")
        #expect(Self.moscow.parse("03/31/2024").value == nil)
        guard case .rejected(let issue) = DateNormalizer(timeZone: .gmt, region: "GB").parse("01/09/2026") else {
            Issue.record("a British pipeline must not guess the order")
            return
        }
        #expect(issue.message.contains("ambiguous"))
    }

    @Test(arguments: instants.map(\.0))
    func roundTripsThroughISO8601(raw: String) throws {
        let instant = try #require(Self.moscow.parse(raw).value)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let printed = formatter.string(from: instant)
        #expect(Self.moscow.parse(printed) == .value(instant))
        #expect(DateNormalizer(timeZone: .gmt).parse(printed) == .value(instant))
    }

    /// Offset-less times shift with the pipeline zone; times with an offset do not.
    @Test func localTimesFollowThePipelineZone() throws {
        let utcZone = DateNormalizer(timeZone: .gmt)
        let moscowLocal = try #require(Self.moscow.parse("19.05.2026 15:15").value)
        let utcLocal = try #require(utcZone.parse("19.05.2026 15:15").value)
        #expect(utcLocal.timeIntervalSince(moscowLocal) == 3 * 3600)
        #expect(Self.moscow.parse("2026-05-19T15:15:00Z") == utcZone.parse("2026-05-19T15:15:00Z"))
    }
}
