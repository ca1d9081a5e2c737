import Foundation
import Testing
@testable import TruceCore

@Suite struct PipelineLoaderTests {
    let file = URL(fileURLWithPath: "/work/project/pipelines/test.yaml")

    @Test func readsAFullPipeline() throws {
        let yaml = """
        version: 1
        timezone: Europe/Moscow
        default_region: KZ
        store: sqlite:../base.sqlite
        sources:
          - name: leads
            path: ../data/*.csv
            encoding: utf-16le
            delimiter: "\\t"
            header_row: 3
            footer: ["^Total:"]
            skip_rows: [{ column: Campaign, matches: "^$" }]
            mapping:
              record_id: id
              fields:
                person.full_name: full_name
                person.phones: [phone, "Телефон 2"]
                touchpoint.time: { column: created_time, format: "dd.MM.yyyy HH:mm" }
                touchpoint.platform: { value: meta }
                touchpoint.campaign_id: { column: campaign_id, prefix: "c:" }
        exports:
          - { destination: lineage, path: ../out/lineage.csv }
        """
        let config = try PipelineLoader.parse(yaml, file: file)
        #expect(config.timeZone.identifier == "Europe/Moscow")
        #expect(config.defaultRegion == "KZ")
        #expect(config.store == .sqlite(path: "/work/project/base.sqlite"))
        let source = try #require(config.sources.first)
        #expect(source.encoding == .utf16LE)
        #expect(source.delimiter == 9)
        #expect(source.headerRow == 3)
        #expect(source.footer == ["^Total:"])
        #expect(source.skipRows == [RowFilter(column: "Campaign", matches: "^$")])
        let mapping = try #require(source.mapping)
        #expect(mapping.produces == [.person, .touchpoint])
        #expect(mapping.recordID == "id")
        let phones = try #require(mapping.fields.first { $0.field.description == "person.phones" })
        #expect(phones.source == .columns(["phone", "Телефон 2"]))
        let time = try #require(mapping.fields.first { $0.field.description == "touchpoint.time" })
        #expect(time.format == "dd.MM.yyyy HH:mm")
        let platform = try #require(mapping.fields.first { $0.field.description == "touchpoint.platform" })
        #expect(platform.source == .constant("meta"))
        #expect(mapping.columns == ["id", "full_name", "phone", "Телефон 2", "campaign_id", "created_time"])
        #expect(config.exports.first?.destination == .lineage)
    }

    @Test func reportsEveryProblemWithItsKeyPath() {
        let yaml = """
        version: 2
        timezone: Mars/Olympus
        colour: blue
        sources:
          - name: Leads
            path: a.csv
            encoding: koi8
            mapping:
              fields:
                person.shoe_size: size
                touchpoint.platform: { value: meta }
          - name: pay
            mapping:
              produces: [payment]
              fields:
                payment.amount: { column: Sum, decimal: ";" }
        exports:
          - { destination: fax, path: x }
        """
        #expect {
            try PipelineLoader.parse(yaml, file: file)
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            let paths = Set(error.issues.map(\.path))
            let expected: Set<String> = [
                "version", "timezone", "colour", "sources[0].name", "sources[0].encoding",
                "sources[0].mapping.fields.person.shoe_size", "sources[0].mapping.fields", "sources[1].path",
                "sources[1].mapping.fields.payment.amount.decimal", "sources[1].mapping.fields", "exports[0].destination",
            ]
            #expect(paths == expected, "got \(error.issues)")
            return paths == expected
        }
    }

    @Test func mappedKindMustBeProduced() {
        let yaml = """
        version: 1
        sources:
          - name: s
            path: a.csv
            mapping:
              produces: [person]
              fields:
                person.emails: email
                deal.amount: Budget
        """
        #expect(throws: ConfigError.self) { try PipelineLoader.parse(yaml, file: file) }
    }

    @Test func defaultsComeFromTheOptionsType() throws {
        let yaml = "version: 1\nsources:\n  - { name: s, path: a.csv, mapping: { fields: { person.emails: e } } }\n"
        let config = try PipelineLoader.parse(yaml, file: file)
        #expect(config.timeZone.identifier == "GMT")
        #expect(config.defaultRegion == "RU")
        #expect(config.store == .sqlite(path: "/work/project/pipelines/.truce/truce.sqlite"))
        #expect(config.sources[0].importer == "generic")
        #expect(config.sources[0].encoding == nil)
    }

    @Test func theDemoPipelineIsValid() throws {
        let path = TestPaths.packageRoot.appendingPathComponent("pipelines/demo.yaml").path
        let config = try PipelineLoader.load(path: path)
        #expect(config.sources.count >= 5)
        let plans = try SyncRunner().plan(config, options: SyncOptions(workingDirectory: TestPaths.packageRoot))
        #expect(plans.allSatisfy { !$0.files.isEmpty })
    }
}
