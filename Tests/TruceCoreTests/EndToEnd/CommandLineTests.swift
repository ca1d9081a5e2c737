import Foundation
import Testing
@testable import TruceCore

/// Runs the built `truce` executable as a user would, checking exit codes, output and files.
@Suite(.serialized) struct CommandLineTests {
    static let binary = TestPaths.packageRoot.appendingPathComponent(".build/debug/truce")

    static func truce(_ arguments: [String], in folder: URL = TestPaths.packageRoot) throws -> ProcessRunner.Result {
        try ProcessRunner.run(binary.path, arguments, in: folder)
    }

    /// A copy of the demo pipeline whose base and exports live in a scratch folder.
    static func scratchPipeline() throws -> (pipeline: String, folder: URL) {
        let folder = TestPaths.temporaryFolder("truce-cli")
        let demo = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("pipelines/demo.yaml"), encoding: .utf8)
        let sampleData = TestPaths.packageRoot.appendingPathComponent("sample-data").path
        let rewritten = demo.replacingOccurrences(of: "../sample-data", with: sampleData)
            .replacingOccurrences(of: "../.truce/", with: "").replacingOccurrences(of: "../out/", with: "out/")
        return (TestPaths.write(rewritten, "demo.yaml", in: folder), folder)
    }

    @Test func builtBinaryExists() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "run `swift build` before the tests")
    }

    @Test func syncOnTheDemoWritesExportsAndSummary() throws {
        let (pipeline, folder) = try Self.scratchPipeline()
        let result = try Self.truce(["sync", pipeline], in: folder)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Profiles:"))
        #expect(result.stdout.contains("quarantined"))
        let lineage = try String(contentsOf: folder.appendingPathComponent("out/lineage.csv"), encoding: .utf8)
        #expect(lineage.hasPrefix("source,file,record,profile_id\n"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/profiles.csv").path))
        let json = try Self.truce(["runs", "--pipeline", pipeline, "--json", "--limit", "1"], in: folder)
        #expect(json.status == 0 && json.stdout.contains("\"status\":\"ok\""))
        let again = try Self.truce(["sync", pipeline, "--json"], in: folder)
        #expect(again.status == 0 && again.stdout.contains("\"imported\":0"))
    }

    @Test func explainAndReviewOnTheDemo() throws {
        let (pipeline, folder) = try Self.scratchPipeline()
        #expect(try Self.truce(["sync", pipeline], in: folder).status == 0)
        let lineage = try String(contentsOf: folder.appendingPathComponent("out/lineage.csv"), encoding: .utf8)
        let profiles = lineage.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").last.map(String.init) }
        let distinct = Array(Set(profiles.filter { $0.hasPrefix("p_") })).sorted()
        let explained = try Self.truce(["explain", distinct[0], distinct[1], "--pipeline", pipeline], in: folder)
        #expect(explained.status == 0, "stderr: \(explained.stderr)")
        #expect(explained.stdout.contains("threshold 0.95") && explained.stdout.contains("phone"))
        let json = try Self.truce(["explain", "1", "2", "--pipeline", pipeline, "--json"], in: folder)
        #expect(json.status == 0 && json.stdout.contains("\"decision\""))
        let unknown = try Self.truce(["explain", "p_000000000000", "1", "--pipeline", pipeline], in: folder)
        #expect(unknown.status == 1 && unknown.stderr.contains("p_000000000000"))
        let review = try Self.truce(["review", "--pipeline", pipeline, "--out", "review.xlsx"], in: folder)
        #expect(review.status == 0, "stderr: \(review.stderr)")
        #expect(review.stdout.contains("pairs to decide"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("review.xlsx").path))
        let applied = try Self.truce(["review", "--pipeline", pipeline, "--apply", "review.xlsx"], in: folder)
        #expect(applied.status == 0 && applied.stdout.contains("Applied 0 decisions"), "stderr: \(applied.stderr)")
    }

    @Test func invalidPipelineExits64WithKeyPaths() throws {
        let folder = TestPaths.temporaryFolder("truce-cli")
        let path = TestPaths.write("version: 1\nsourcez: []\n", "bad.yaml", in: folder)
        let result = try Self.truce(["pipeline", "validate", path], in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains("sourcez: unknown key"))
        #expect(result.stderr.contains("sources: missing"))
    }

    @Test func unreadableFileExits1AndNamesIt() throws {
        let folder = TestPaths.temporaryFolder("truce-cli")
        TestPaths.write("version: 1\nencoding: utf-8\nmapping: { fields: { person.emails: email } }\n", "map.yaml", in: folder)
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("bad.csv").path,
                                       contents: Data([0x65, 0x6d, 0x61, 0x69, 0x6c, 0x0a, 0xC3, 0x28, 0x0a]))
        let result = try Self.truce(["import", "bad.csv", "--mapping", "map.yaml", "--store", "sqlite:base.sqlite"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.csv"))
    }

    @Test func inspectDescribesAFile() throws {
        let path = TestPaths.packageRoot.appendingPathComponent("sample-data").path
        let files = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".csv") } ?? []
        #expect(!files.isEmpty)
        for file in files {
            let result = try Self.truce(["inspect", "sample-data/\(file)", "--json"])
            #expect(result.status == 0, "\(file): \(result.stderr)")
            #expect(result.stdout.contains("\"encoding\""))
        }
    }

    @Test func inspectNamesTheDetectedImporterAndImportNeedsNoMapping() throws {
        let fixture = "Tests/Fixtures/importers/google_ads_report/campaign_report_en_gb__utf16le_tab.csv"
        let inspect = try Self.truce(["inspect", fixture])
        #expect(inspect.status == 0)
        #expect(inspect.stdout.contains("Importer: google_ads_report (Google Ads report)"))
        #expect(inspect.stdout.contains("columns matched: Campaign status, Campaign"))
        let forced = try Self.truce(["inspect", fixture, "--as", "meta_ads_report", "--json"])
        #expect(forced.status == 0 && forced.stdout.contains("not a Meta Ads Manager report file"))
        let unknown = try Self.truce(["inspect", fixture, "--as", "tiktok"])
        #expect(unknown.status == 64 && unknown.stderr.contains("unknown importer tiktok"))
        let folder = TestPaths.temporaryFolder("truce-cli")
        let file = TestPaths.packageRoot.appendingPathComponent(fixture).path
        let imported = try Self.truce(["import", file, "--store", "sqlite:base.sqlite", "--json"], in: folder)
        #expect(imported.status == 0, "stderr: \(imported.stderr)")
        #expect(imported.stdout.contains("\"source\":\"google_ads_report\"") && imported.stdout.contains("\"imported\":1"))
        let foreign = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/importers/_none/random_inventory.csv").path
        let refused = try Self.truce(["import", foreign, "--store", "sqlite:base.sqlite"], in: folder)
        #expect(refused.status == 1 && refused.stderr.contains("no importer recognises"))
    }

    @Test func helpHasExamples() throws {
        for command in ["sync", "import", "inspect", "export", "runs"] {
            let result = try Self.truce([command, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("Example"), "\(command) --help has no example")
        }
    }
}
