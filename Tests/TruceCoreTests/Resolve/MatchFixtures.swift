import Foundation
@testable import TruceCore

/// The shared test world (`Tests/Fixtures/resolve/world-3k.csv`, made by `scripts/bench-data/gen_world.py
/// … 3000 7`) and a model trained on it once.
enum MatchFixtures {
    /// Settings with smaller training samples so debug-build tests stay fast.
    static let settings: MatchSettings = {
        var settings = MatchSettings()
        settings.uSamplePairs = 50_000
        settings.emSamplePairs = 20_000
        return settings
    }()

    static let world: (records: [MatchRecord], truth: [Int64: String], tests: Set<Int64>) = {
        let path = MatchTestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/resolve/world-3k.csv").path
        return (try? MatchTestSupport.loadWorld(path)) ?? ([], [:], [])
    }()

    static let model: MatchModel = ModelTrainer.train(records: world.records, settings: settings)

    /// Resolves `records` with the world's model.
    static func resolve(_ records: [MatchRecord], links: MatchLinks = .none, changed: Set<Int64>? = nil) -> Resolution {
        MatchEngine(records: records, model: model, settings: settings, links: links).resolve(changed: changed)
    }
}
