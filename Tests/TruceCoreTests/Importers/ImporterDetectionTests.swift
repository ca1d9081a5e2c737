import Foundation
import Testing
@testable import TruceCore

@Suite struct ImporterDetectionTests {
    let registry = ImporterRegistry.builtIn

    @Test func reasonsNameTheMatchedColumns() throws {
        let fixture = ImporterFixture(kind: "meta_lead_ads", name: "consultation_form_v2__utf16le_tab.csv")
        let inspection = try FileInspector.inspect(path: fixture.path, display: fixture.name, context: fixture.context)
        #expect(inspection.importer == "meta_lead_ads")
        #expect(inspection.reasons.first?.contains("created_time") == true)
        #expect(inspection.importerCounts == ["imported": 3, "test_record": 1])
        #expect(inspection.importerSamples.count == 3)
        #expect(inspection.text.contains("Importer: meta_lead_ads (Meta Lead Ads download)"))
    }

    @Test func anUnknownFileIsAnErrorListingTheClosestCandidatesAndSuggestingAMapping() throws {
        let folder = TestPaths.temporaryFolder()
        let path = TestPaths.write("Campaign,Clicks,Spend\nBrand,10,5\n", "odd.csv", in: folder)
        let detection = try registry.detector.detect(path: path, display: "odd.csv")
        #expect(detection.chosen == nil)
        #expect(detection.closest.first?.kind == "google_ads_report")
        #expect {
            try detection.kind()
        } throws: { error in
            let text = String(describing: error)
            return text.contains("odd.csv") && text.contains("google_ads_report (matched Campaign")
                && text.contains("missing Cost") && text.contains("importer: generic")
        }
        let inspection = try FileInspector.inspect(path: path, display: "odd.csv", context: ImporterFixture.all[0].context)
        #expect(inspection.importer == nil && !inspection.candidates.isEmpty)
        #expect(inspection.text.contains("Importer: none detected"))
    }

    @Test func equallySpecificMatchesAreAmbiguous() throws {
        var twin = MetaImporters.leadAds
        twin.kind = "meta_lead_ads_copy"
        let ambiguous = ImporterRegistry(platforms: [MetaImporters.leadAds, twin])
        let fixture = ImporterFixture(kind: "meta_lead_ads", name: "leads_center__utf8_comma.csv")
        let detection = try ambiguous.detector.detect(path: fixture.path, display: fixture.name)
        #expect(detection.chosen == nil)
        #expect {
            try detection.kind()
        } throws: { error in
            guard case ImportError.ambiguousFormat(_, let kinds)? = error as? ImportError else { return false }
            return kinds == ["meta_lead_ads", "meta_lead_ads_copy"]
        }
    }

    @Test func aFileGivenToTheWrongImporterSaysWhatIsMissing() throws {
        let fixture = ImporterFixture(kind: "amocrm_deals", name: "leads_export__utf8bom_comma.csv")
        let source = SourceConfig(name: "x", importer: "meta_lead_ads", path: fixture.path, mapping: nil)
        let importer = try registry.importer(for: source, context: fixture.context)
        #expect {
            _ = try importer.read(path: fixture.path, displayPath: fixture.name) { _ in }
        } throws: { error in
            String(describing: error).contains("not a Meta Lead Ads download file")
                && String(describing: error).contains("\"created_time\"")
        }
    }

    @Test func theHeaderIsFoundBelowLinesTheStructuralGuessTookForIt() throws {
        let folder = TestPaths.temporaryFolder()
        let text = "Отчёт;за;период\nс;01.10.2024;по 02.10.2024\nДата;Кампания;Показы;Клики;Расход (руб.)\n"
            + "01.10.2024;Поиск;10;1;5,50\n"
        let path = TestPaths.write(text, "wizard.csv", in: folder)
        #expect(try registry.detector.detect(path: path, display: "wizard.csv").chosen?.kind == "yandex_direct_wizard")
        var events: [ImportEvent] = []
        let source = SourceConfig(name: "x", importer: "yandex_direct_wizard", path: path, mapping: nil)
        _ = try registry.importer(for: source, context: ImporterFixture.all[0].context)
            .read(path: path, displayPath: "wizard.csv") { events.append($0) }
        #expect(events.map(\.canonicalJSON) == [
            #"{"record":1,"campaign_stats":{"date":"2024-10-01","platform":"yandex_direct","campaign":"Поиск","impressions":10,"clicks":1,"spend":"5.5","currency":"RUB"}}"#,
        ])
    }

    @Test func patternsMatchIgnoringCaseWithWildcards() {
        #expect(ColumnPattern("Amount spent (*)").matches("amount spent (USD)"))
        #expect(!ColumnPattern("Amount spent (*)").matches("Amount spent"))
        #expect(ColumnPattern("Person - Phone*").matches(" Person - Phone - Work "))
        #expect(ColumnPattern("*utm_source").matches("Person - pd_utm_source"))
        #expect(ColumnPattern("Cost").matches("COST") && !ColumnPattern("Cost").matches("Cost / conv."))
    }

    @Test(arguments: [
        ("\"July 8, 2025 - July 31, 2025\"", "2025-07-08", "2025-07-31"),
        ("27 January 2026 - 23 February 2026", "2026-01-27", "2026-02-23"),
        ("\"Campaign stats jan (2024-01-01 - 2024-01-31)\"", "2024-01-01", "2024-01-31"),
        ("Период: 01.10.2024 - 31.10.2024", "2024-10-01", "2024-10-31"),
        ("с 01.10.2024 по 31.10.2024", "2024-10-01", "2024-10-31"),
        ("All time", "1800-01-01", "2200-12-31"),
    ])
    func reportRangesAreReadFromTitleLines(line: String, start: String, end: String) {
        #expect(ReportRange.parse(line) == ReportRange(start: start, end: end))
    }

    @Test(arguments: ["Campaign report", "31.10.2024 - 01.10.2024", "Total: Account", ""])
    func otherTitleLinesAreNotRanges(line: String) {
        #expect(ReportRange.parse(line) == nil)
    }
}
