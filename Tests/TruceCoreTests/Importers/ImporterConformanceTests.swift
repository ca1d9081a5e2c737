import Foundation
import Testing
@testable import TruceCore

/// One body for every importer: each reads its fixtures to the reviewed golden output
/// (`RECORD_GOLDEN=1` rewrites the `.expected.jsonl` files and fails the run).
@Suite struct ImporterConformanceTests {
    @Test func everyBuiltInImporterHasFixtures() {
        let covered = Set(ImporterFixture.all.map(\.kind))
        for definition in ImporterRegistry.builtIn.definitions {
            #expect(covered.contains(definition.kind), "no fixture for \(definition.kind)")
        }
        #expect(covered.isSubset(of: Set(ImporterRegistry.builtIn.definitions.map(\.kind))))
    }

    @Test(arguments: ImporterFixture.all)
    func readsToGoldenOutput(_ fixture: ImporterFixture) throws {
        let actual = fixture.canonicalOutput()
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: URL(fileURLWithPath: fixture.expectedPath))
            Issue.record("RECORD_GOLDEN=1 rewrote \(fixture).expected.jsonl; unset it and rerun")
            return
        }
        let expected = try String(contentsOfFile: fixture.expectedPath, encoding: .utf8)
        #expect(actual == expected, "\(fixture) differs from its .expected.jsonl; check and rerun with RECORD_GOLDEN=1")
    }

    @Test(arguments: ImporterFixture.all)
    func isDetectedAsItsImporter(_ fixture: ImporterFixture) throws {
        let detection = try? ImporterRegistry.builtIn.detector.detect(path: fixture.path, display: fixture.name)
        let found = try #require(detection, "\(fixture) cannot be read")
        #expect(found.chosen?.kind == fixture.kind, "\(fixture): \(found.candidates.prefix(2).map(\.summary))")
        #expect(found.chosen?.match.matched.isEmpty == false)
    }

    @Test(arguments: ImporterFixture.undetectable)
    func foreignFilesAreNotDetected(_ path: String) throws {
        let detection = try ImporterRegistry.builtIn.detector.detect(path: path, display: path)
        #expect(detection.chosen == nil, "\(path) taken for \(detection.chosen?.kind ?? "")")
        #expect(detection.tied.isEmpty)
    }
}
