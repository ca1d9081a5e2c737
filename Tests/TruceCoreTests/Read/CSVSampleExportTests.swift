import Testing
@testable import TruceCore

/// The real and format-faithful exports in shared/samples: one body over every CSV sample.
/// Expected counts and values were checked by hand against the files (and Python's csv).
@Suite("sample exports")
struct CSVSampleExportTests {
    struct Expectation: Sendable, CustomStringConvertible {
        var file: String
        var encoding: TextEncoding
        var delimiter: UInt8
        var headerLine: Int
        var width: Int
        var records: Int
        var firstColumn: String
        var lastFirstField: String
        var trailing = false
        var description: String { file }
    }

    static let tab: UInt8 = 0x09
    static let comma = UInt8(ascii: ",")
    static let expectations: [Expectation] = [
        .init(file: "google_ads/campaign_report__utf8_comma__DanielTheC-internal-lnking-tool.csv", encoding: .utf8,
              delimiter: comma, headerLine: 3, width: 21, records: 7, firstColumn: "Campaign status", lastFirstField: "Total: Display"),
        .init(file: "google_ads/campaign_report__utf16le_tab__DanielTheC-internal-lnking-tool.csv", encoding: .utf16LE,
              delimiter: tab, headerLine: 3, width: 27, records: 3, firstColumn: "Campaign status", lastFirstField: "Total: Campaign"),
        .init(file: "google_ads/campaign_report_all_time__utf8_comma__intragoinc-cp-mktg-google-ads-i.csv", encoding: .utf8,
              delimiter: comma, headerLine: 3, width: 24, records: 17, firstColumn: "Campaign status", lastFirstField: "Total: Display"),
        .init(file: "google_ads_editor/editor_export_campaign__utf16le_tab_crlf__intragoinc-cp-mktg-google-ads-i.csv",
              encoding: .utf16LE, delimiter: tab, headerLine: 1, width: 52, records: 15, firstColumn: "Campaign",
              lastFirstField: "Deck Repair and Maintenance"),
        .init(file: "google_ads_editor/editor_export_adgroup__utf16le_tab_crlf__intragoinc-cp-mktg-google-ads-i.csv",
              encoding: .utf16LE, delimiter: tab, headerLine: 1, width: 43, records: 64, firstColumn: "Campaign",
              lastFirstField: "Deck Repair and Maintenance"),
        .init(file: "meta_lead_ads/Consultation_form_v2_Leads_2025-03-03_2025-03-04__SYNTHETIC_utf16le_tab.csv",
              encoding: .utf16LE, delimiter: tab, headerLine: 1, width: 18, records: 4, firstColumn: "id",
              lastFirstField: "l:2542149100000004"),
        .init(file: "bitrix24/crm_lead_export__SYNTHETIC_structure_from_source.csv", encoding: .utf8,
              delimiter: UInt8(ascii: ";"), headerLine: 1, width: 13, records: 2, firstColumn: "ID", lastFirstField: "102",
              trailing: true),
        .init(file: "yandex_direct/reports_api_custom_report__SYNTHETIC_micros.tsv", encoding: .utf8, delimiter: tab,
              headerLine: 2, width: 8, records: 4, firstColumn: "Date", lastFirstField: "Total rows: 3"),
        .init(file: "salesforce/report_export__SYNTHETIC_footer_shape.csv", encoding: .utf8, delimiter: comma,
              headerLine: 1, width: 6, records: 4, firstColumn: "Opportunity Owner",
              lastFirstField: "Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."),
        .init(file: "amocrm/amocrm_export_leads__SYNTHETIC_utf8bom_comma.csv", encoding: .utf8, delimiter: comma,
              headerLine: 1, width: 35, records: 2, firstColumn: "ID", lastFirstField: "10234568"),
        .init(file: "hubspot/hubspot-crm-exports-all-contacts-2024-03-12__SYNTHETIC.csv", encoding: .utf8,
              delimiter: comma, headerLine: 1, width: 13, records: 1, firstColumn: "Record ID", lastFirstField: "101"),
        .init(file: "meta_ads_manager/ad_level_export__from_test_fixture_claimed_real.csv", encoding: .utf8,
              delimiter: comma, headerLine: 1, width: 25, records: 3, firstColumn: "Reporting starts", lastFirstField: "2026-05-25"),
        .init(file: "meta_ads_manager/campaigns_export_no_data__DanielTheC-internal-lnking-tool.csv", encoding: .utf8,
              delimiter: comma, headerLine: 1, width: 14, records: 1, firstColumn: "Reporting starts",
              lastFirstField: "No data available."),
    ]

    @Test("reads as expected", arguments: expectations)
    func sample(_ expected: Expectation) throws {
        for chunkSize in [CSVOptions.defaultChunkSize, 5] {
            let reader = try CSVReader(path: CSVTestSupport.shared("samples/" + expected.file),
                                       options: .init(chunkSize: chunkSize))
            #expect(reader.encoding == expected.encoding)
            #expect(reader.delimiter == expected.delimiter)
            #expect(reader.headerLineNumber == expected.headerLine)
            #expect(reader.header.count == expected.width)
            #expect(reader.header.first == expected.firstColumn)
            #expect(reader.trailingDelimiter == expected.trailing)
            var records: [CSVRecord] = []
            while let record = try reader.next() { records.append(record) }
            #expect(records.count == expected.records)
            #expect(records.last?.fields.first == expected.lastFirstField)
            #expect(records.map(\.number) == Array(1...expected.records))
        }
    }

    @Test("Google Ads: a header hint gives the same header, and the title lines are the preamble")
    func googleAdsHint() throws {
        let path = CSVTestSupport.shared("samples/google_ads/campaign_report__utf8_comma__DanielTheC-internal-lnking-tool.csv")
        let reader = try CSVReader(path: path, options: .init(headerHint: ["Campaign", "Impr.", "Cost", "Currency code"]))
        #expect(reader.headerLineNumber == 3)
        #expect(reader.preamble == [["Campaign report"], ["27 January 2026 - 23 February 2026"]])
        let first = try #require(try reader.next())
        try #require(first.fields.count == 21)
        #expect(first.fields[1] == "Fruit-Veg-Boxes-Shopping-SMP")
        #expect(first.fields[10] == "31,193")
        #expect(first.line == 4)
    }

    @Test("Bitrix24: trailing ';' dropped, BOM stripped, doubled quotes undone")
    func bitrix() throws {
        let reader = try CSVReader(path: CSVTestSupport.shared("samples/bitrix24/crm_lead_export__SYNTHETIC_structure_from_source.csv"))
        #expect(reader.header.prefix(3) == ["ID", "Название лида", "Имя"])
        #expect(reader.header.last == "Комментарий")
        let first = try #require(try reader.next())
        #expect(first.fields.count == 13)
        #expect(first.fields.last == "Звонить после \"обеда\"")
    }
}
