import Foundation
@testable import TruceCore

/// The real-format files each built-in importer is tested on: `Tests/Fixtures/importers/<kind>/`,
/// each with its golden normalized output `<file>.expected.jsonl`; `_none/` holds files no
/// importer may claim.
struct ImporterFixture: Sendable, CustomStringConvertible {
    static let root = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/importers")
    /// Russian and CIS exports read national numbers as Russian; US CRMs as American.
    var context: ImportContext {
        let american = ["hubspot_contacts", "hubspot_deals", "salesforce_report"].contains(kind)  // also month-first slash dates
        return ImportContext(timeZone: TimeZone(identifier: american ? "America/New_York" : "Europe/Moscow") ?? .gmt,
                             defaultRegion: american ? "US" : "RU")
    }

    var kind: String
    var name: String

    var path: String { Self.root.appendingPathComponent("\(kind)/\(name)").path }
    var expectedPath: String { path + ".expected.jsonl" }
    var description: String { "\(kind)/\(name)" }

    /// XLSX and Bitrix24's HTML ".xls" are read by the spreadsheet readers (a separate piece of
    /// work); until `TableReaders.open` dispatches to them these fixtures are known issues.

    static func files(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".expected.jsonl") && !$0.hasPrefix("README") }.sorted()
    }

    static let all: [ImporterFixture] = {
        let kinds = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [])
            .filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
        return kinds.flatMap { kind in files(in: kind).map { ImporterFixture(kind: kind, name: $0) } }
    }()

    /// Files that must not be detected as anything: `_none/` and the csv-spectrum suite.
    static let undetectable: [String] = {
        let own = files(in: "_none").map { root.appendingPathComponent("_none/\($0)").path }
        let spectrum = (try? CSVTestSupport.files(in: "suites/csv-spectrum/csvs", extension: "csv")) ?? []
        return own + spectrum
    }()

    /// Reads the fixture with its importer: one canonical JSON line per event, then a line with
    /// the importer and record count, or with the error that stopped the file.
    func canonicalOutput(registry: ImporterRegistry = .builtIn) -> String {
        var lines: [String] = []
        do {
            let source = SourceConfig(name: kind, importer: kind, path: path, mapping: nil)
            let importer = try registry.importer(for: source, context: context)
            let info = try importer.read(path: path, displayPath: name) { lines.append($0.canonicalJSON) }
            lines.append("{\"importer\":\(JSONText.quote(info.importer)),\"records\":\(info.records)}")
        } catch {
            lines.append("{\"error\":\(JSONText.quote(String(describing: error)))}")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
