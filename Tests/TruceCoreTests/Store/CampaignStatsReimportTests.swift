import Foundation
import Testing
@testable import TruceCore

/// Platforms restate figures: re-imported days replace stored days, a report without a day
/// segment replaces exactly its range, and nothing is counted twice.
@Suite struct CampaignStatsReimportTests {
    /// Imports `text` as a new file of source `stats` read by `kind` into the base in `folder`.
    private func importFile(_ text: String, _ name: String, kind: String, in folder: URL) throws {
        let path = TestPaths.write(text, name, in: folder)
        let store = try SQLiteStore(path: folder.appendingPathComponent("base.sqlite").path)
        let context = ImportContext(timeZone: .gmt, defaultRegion: "RU")
        let source = SourceConfig(name: "stats", importer: kind, path: path, mapping: nil)
        _ = try SyncRunner().run([SourcePlan(source: source, files: [path])], store: store, context: context,
                                 pipeline: "test", options: SyncOptions(workingDirectory: folder))
    }

    private func stored(_ folder: URL) throws -> [CampaignStats] {
        try SQLiteStore(path: folder.appendingPathComponent("base.sqlite").path).read { try $0.campaignStats() }
    }

    private func googleByDay(_ rows: [(day: String, cost: String)]) -> String {
        "Campaign report\n\"July 8, 2025 - July 10, 2025\"\nDay,Campaign,Campaign ID,Currency code,Impr.,Clicks,Cost\n"
            + rows.map { "\($0.day),Brand,111,USD,100,10,\($0.cost)\n" }.joined()
            + "Total: Account,,,USD,300,30,0\n"
    }

    @Test func anOverlappingDailyReportReplacesThoseDaysOnly() throws {
        let folder = TestPaths.temporaryFolder()
        try importFile(googleByDay([("2025-07-08", "10.00"), ("2025-07-09", "20.00")]), "a.csv", kind: "google_ads_report",
                       in: folder)
        try importFile(googleByDay([("2025-07-09", "25.50"), ("2025-07-10", "30.00")]), "b.csv", kind: "google_ads_report",
                       in: folder)
        let rows = try stored(folder)
        #expect(rows.map(\.date) == ["2025-07-08", "2025-07-09", "2025-07-10"])
        #expect(rows.compactMap(\.spend) == [10, Decimal(string: "25.5"), 30])
        #expect(rows.compactMap(\.spend).reduce(0, +) == Decimal(string: "65.5"))
    }

    private func metaRange(_ start: String, _ end: String, spend: String) -> String {
        "\"Reporting starts\",\"Reporting ends\",\"Campaign name\",\"Campaign ID\",Impressions,\"Amount spent (RUB)\"\n"
            + "\(start),\(end),Leads,555,1000,\(spend)\n"
    }

    @Test func aReportWithoutDaysReplacesExactlyItsRange() throws {
        let folder = TestPaths.temporaryFolder()
        try importFile(metaRange("2026-10-01", "2026-10-31", spend: "100.00"), "oct.csv", kind: "meta_ads_report", in: folder)
        try importFile(metaRange("2026-11-01", "2026-11-30", spend: "80.00"), "nov.csv", kind: "meta_ads_report", in: folder)
        try importFile(metaRange("2026-10-01", "2026-10-31", spend: "120.00"), "oct-restated.csv", kind: "meta_ads_report",
                       in: folder)
        let rows = try stored(folder)
        #expect(rows.map { "\($0.date)…\($0.endDate ?? "")" } == ["2026-10-01…2026-10-31", "2026-11-01…2026-11-30"])
        #expect(rows.compactMap(\.spend) == [120, 80])
        #expect(rows.allSatisfy { $0.currency == "RUB" && $0.campaignID == "555" })
    }

    @Test func aRangeReplacesTheDaysAndSmallerRangesInsideIt() throws {
        let folder = TestPaths.temporaryFolder()
        let daily = "\"Reporting starts\",\"Reporting ends\",\"Campaign name\",\"Campaign ID\",Day,Impressions,\"Amount spent (RUB)\"\n"
            + "2026-10-01,2026-10-02,Leads,555,2026-10-01,10,1.00\n2026-10-01,2026-10-02,Leads,555,2026-10-02,10,2.00\n"
        try importFile(daily, "days.csv", kind: "meta_ads_report", in: folder)
        try importFile(metaRange("2026-10-01", "2026-10-31", spend: "50.00"), "month.csv", kind: "meta_ads_report", in: folder)
        let rows = try stored(folder)
        #expect(rows.count == 1)
        #expect(rows.first?.spend == 50 && rows.first?.endDate == "2026-10-31")
    }

    @Test func googleAllTimeAndRangeReportsAreDatedFromTheTitleLines() throws {
        let folder = TestPaths.temporaryFolder()
        let report = "Campaign report\nAll time\nCampaign,Currency code,Impr.,Clicks,Cost\nBrand,USD,\"1,000\",10,5.00\n"
        try importFile(report, "all.csv", kind: "google_ads_report", in: folder)
        try importFile(report.replacingOccurrences(of: "5.00", with: "7.00"), "all-2.csv", kind: "google_ads_report", in: folder)
        let rows = try stored(folder)
        #expect(rows.count == 1)
        #expect(rows.first?.date == "1800-01-01" && rows.first?.endDate == "2200-12-31" && rows.first?.spend == 7)
        #expect(rows.first?.impressions == 1000)
    }

    @Test func rowsBelowCampaignLevelAreKeptApart() throws {
        let folder = TestPaths.temporaryFolder()
        try importFile(TestPaths.fixture("yandex_direct_wizard/wizard_report__utf8_semicolon.csv"), "wizard.csv",
                       kind: "yandex_direct_wizard", in: folder)
        let rows = try stored(folder)
        #expect(rows.count == 3)
        #expect(Set(rows.compactMap(\.adID)).count == 3)
    }
}
