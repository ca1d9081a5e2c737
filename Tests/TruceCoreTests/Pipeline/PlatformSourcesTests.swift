import Foundation
import Testing
@testable import TruceCore

/// Sources read by platform importers: `importer: auto`, kinds without a mapping, overrides,
/// test records and merged lines in the summary and lineage.
@Suite struct PlatformSourcesTests {
    private func copy(_ fixtures: [String], into folder: URL) throws {
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        for fixture in fixtures {
            let source = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/importers/\(fixture)")
            try FileManager.default.copyItem(at: source, to: data.appendingPathComponent(source.lastPathComponent))
        }
    }

    private func load(_ sources: String, in folder: URL) throws -> PipelineConfig {
        let yaml = "version: 1\ntimezone: Europe/Moscow\nstore: sqlite:base.sqlite\nsources:\n\(sources)\n"
            + "exports:\n  - { destination: lineage, path: out/lineage.csv }\n"
        return try PipelineLoader.load(path: TestPaths.write(yaml, "pipeline.yaml", in: folder))
    }

    @Test func everyBuiltInKindAndAutoAreAcceptedWithoutAMapping() throws {
        let folder = TestPaths.temporaryFolder()
        let kinds = ImporterRegistry.builtIn.kinds.filter { $0 != "generic" }
        let sources = kinds.map { "  - { name: \($0), importer: \($0), path: data }" }.joined(separator: "\n")
        let config = try load(sources, in: folder)
        #expect(config.sources.map(\.importer) == kinds)
        #expect(config.sources.allSatisfy { $0.mapping == nil })
        #expect(kinds.contains("auto") && kinds.contains("meta_lead_ads") && kinds.count == 16)
    }

    @Test func genericStillNeedsAMappingAndUnknownKindsAreListed() {
        let folder = TestPaths.temporaryFolder()
        #expect {
            try load("  - { name: a, path: data }\n  - { name: b, importer: meta_leads, path: data }", in: folder)
        } throws: { error in
            let text = String(describing: error)
            return text.contains("sources[0].mapping: missing") && text.contains("sources[1].importer: unknown importer")
                && text.contains("meta_lead_ads")
        }
    }

    @Test func autoDetectsEachFileAndCountsTestRecordsAndMergedLines() throws {
        let folder = TestPaths.temporaryFolder()
        try copy(["meta_lead_ads/consultation_form_v2__utf16le_tab.csv", "google_ads_report/campaign_report_en_gb__utf8_comma.csv",
                  "bitrix24_deals/deals_products__utf8bom_semicolon.csv"], into: folder)
        let config = try load("  - { name: inbox, importer: auto, path: data }", in: folder)
        let summary = try SyncRunner().sync(config, options: SyncOptions(workingDirectory: folder))
        let totals = try #require(summary.sources.first)
        #expect(totals.importers == ["bitrix24_deals": 1, "google_ads_report": 1, "meta_lead_ads": 1])
        #expect(totals.testRecords == 1 && totals.mergedLines == 1 && totals.dropped == ["total": 5])
        #expect(totals.records == 4 + 7 + 3)
        #expect(totals.imported + totals.mergedLines + totals.testRecords + totals.dropped.values.reduce(0, +) == totals.records)
        #expect(summary.text.contains("1 test records skipped") && summary.text.contains("1 repeated lines merged"))
        #expect(summary.json.contains("\"test_records\":1"))
        let lineage = try String(contentsOf: folder.appendingPathComponent("out/lineage.csv"), encoding: .utf8)
        let bitrix = lineage.split(separator: "\n").filter { $0.contains("deals_products") }.map { $0.split(separator: ",") }
        #expect(bitrix.map { $0[2] } == ["1", "2", "3"])
        #expect(bitrix[0][3] == bitrix[1][3] && bitrix[0][3].hasPrefix("p_") && bitrix[2][3] != bitrix[0][3])
    }

    @Test func anUnknownFileUnderAutoStopsTheSyncAndChangesNothing() throws {
        let folder = TestPaths.temporaryFolder()
        try copy(["meta_lead_ads/leads_center__utf8_comma.csv", "_none/random_inventory.csv"], into: folder)
        let config = try load("  - { name: inbox, importer: auto, path: data }", in: folder)
        #expect {
            try SyncRunner().sync(config, options: SyncOptions(workingDirectory: folder))
        } throws: { error in
            String(describing: error).contains("data/random_inventory.csv: no importer recognises")
        }
        let count = try SQLiteStore(path: folder.appendingPathComponent("base.sqlite").path).read { try $0.count(.sourceRecords) }
        #expect(count == 0)
    }

    @Test func aSourceMappingOverridesBuiltInFields() throws {
        let folder = TestPaths.temporaryFolder()
        try copy(["meta_lead_ads/leads_center__utf8_comma.csv"], into: folder)
        let config = try load("""
              - name: meta
                importer: meta_lead_ads
                path: data
                mapping:
                  fields:
                    person.notes: "what_is_your_budget?"
                    touchpoint.medium: { value: instant_form }
            """, in: folder)
        let source = try #require(config.sources.first)
        var rows: [ImportedRow] = []
        let path = folder.appendingPathComponent("data/leads_center__utf8_comma.csv").path
        _ = try ImporterRegistry.builtIn.importer(for: source, context: ImportContext(timeZone: .gmt, defaultRegion: "IN"))
            .read(path: path, displayPath: "x") { if case .row(let row) = $0 { rows.append(row) } }
        #expect(rows.first?.person?.notes == ["under_5000"])
        #expect(rows.first?.person?.needs == [])
        #expect(rows.first?.person?.interests == ["which service are you interested in?: deck_repair"])
        #expect(rows.first?.touchpoint?.medium == "instant_form")
    }

    @Test func editorCampaignsAreStoredOncePerCampaign() throws {
        let folder = TestPaths.temporaryFolder()
        try copy(["google_ads_editor/editor_campaigns__utf16le_tab_crlf.csv"], into: folder)
        let config = try load("  - { name: editor, importer: google_ads_editor, path: data }", in: folder)
        _ = try SyncRunner().sync(config, options: SyncOptions(workingDirectory: folder))
        let campaigns = try SQLiteStore(path: folder.appendingPathComponent("base.sqlite").path).read { try $0.campaigns() }
        #expect(campaigns.count == 15)
        #expect(campaigns.contains { $0.name == "Deck, siding & other_Mobile_RSL" && $0.budget == 3 && $0.status == "Paused" })
    }
}
