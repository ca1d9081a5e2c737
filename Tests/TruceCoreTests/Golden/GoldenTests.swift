import Foundation
import Testing
@testable import TruceCore

/// End-to-end cases in `Tests/Golden/<case>/`: `pipeline.yaml` (+ `input/`) is synced into a fresh
/// base and every export plus the run summary must equal `expected/`. `RECORD_GOLDEN=1` rewrites
/// the expected files and fails the run, so a recording is never mistaken for a pass.
@Suite struct GoldenTests {
    static let root = TestPaths.packageRoot.appendingPathComponent("Tests/Golden")

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: root.appendingPathComponent("\($0)/pipeline.yaml").path)
        }.sorted()
    }

    @Test func thereAreGoldenCases() {
        #expect(Self.cases.contains("demo"))
    }

    @Test(arguments: cases)
    func goldenCase(_ name: String) throws {
        let folder = Self.root.appendingPathComponent(name)
        let output = try Self.sync(folder)
        let expected = folder.appendingPathComponent("expected")
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        for (file, actual) in output.sorted(by: { $0.key < $1.key }) {
            let url = expected.appendingPathComponent(file)
            if record {
                try FileManager.default.createDirectory(at: expected, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                continue
            }
            let wanted = try String(contentsOf: url, encoding: .utf8)
            #expect(actual == wanted, "\(name)/expected/\(file) differs; rerun with RECORD_GOLDEN=1 after checking the change")
        }
        #expect(!record, "RECORD_GOLDEN=1 rewrote \(name)/expected; unset it and rerun")
    }

    /// Syncs a case twice into a fresh base; the second run must change nothing.
    static func sync(_ folder: URL) throws -> [String: String] {
        var config = try PipelineLoader.load(path: folder.appendingPathComponent("pipeline.yaml").path)
        let scratch = TestPaths.temporaryFolder("truce-golden")
        config.store = .sqlite(path: scratch.appendingPathComponent("base.sqlite").path)
        config.exports = config.exports.map { ExportConfig(destination: $0.destination, path: scratch.appendingPathComponent("\($0.destination.rawValue).csv").path) }
        var options = SyncOptions(workingDirectory: TestPaths.packageRoot)
        options.clock = { Date(timeIntervalSince1970: 1_790_000_000) }
        var summary = try SyncRunner().sync(config, options: options)
        summary.exports = []
        var output = ["summary.json": summary.json + "\n"]
        for export in config.exports {
            output["\(export.destination.rawValue).csv"] = try String(contentsOfFile: export.path, encoding: .utf8)
        }
        let second = try SyncRunner().sync(config, options: options)
        #expect(second.sources.allSatisfy { $0.imported == 0 && $0.unchangedFiles == $0.files })
        for export in config.exports {
            #expect(try String(contentsOfFile: export.path, encoding: .utf8) == output["\(export.destination.rawValue).csv"])
        }
        return output
    }
}
