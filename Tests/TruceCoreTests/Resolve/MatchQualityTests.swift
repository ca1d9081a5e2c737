import Testing
@testable import TruceCore

/// Pairwise quality floors, measured with `scripts/bench match` and kept here so they cannot regress.
@Suite struct MatchQualityTests {
    typealias R = MatchTestSupport

    @Test func generatedWorldFloors() {
        let world = MatchFixtures.world
        #expect(world.records.count == 3000)
        let resolution = MatchFixtures.resolve(world.records)
        let profiles = R.profiles(world.records, resolution)
        let score = R.pairwise(truth: world.truth, profiles: profiles)
        #expect(score.precision >= 0.995, "precision \(score.precision)")
        #expect(score.recall >= 0.97, "recall \(score.recall)")
        #expect(world.tests.allSatisfy { profiles[$0] == nil }, "a Meta test lead got a profile")
    }

    /// Splink's own fake_1000 (truth column `cluster`); Splink scores F1 0.75 at the same threshold.
    @Test func splinkFake1000Floor() throws {
        let path = R.packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/datasets/splink-fake-1000/fake_1000.csv").path
        let data = try R.loadWorld(path)
        #expect(data.records.count == 1000)
        let resolution = MatchResolver(settings: MatchFixtures.settings).resolve(ResolutionInput(records: data.records))
        let score = R.pairwise(truth: data.truth, profiles: R.profiles(data.records, resolution))
        #expect(resolution.model != nil)
        #expect(score.precision >= 0.99, "precision \(score.precision)")
        #expect(score.f1 >= 0.8, "F1 \(score.f1)")
    }
}
