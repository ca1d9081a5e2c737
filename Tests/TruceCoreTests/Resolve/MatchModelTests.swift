import Foundation
import Testing
@testable import TruceCore

/// Training is deterministic and the model survives a round trip through JSON.
@Suite struct MatchModelTests {
    @Test func trainingIsDeterministicInAnyOrder() {
        var rng = SeededGenerator(seed: 11)
        let records = Array(MatchFixtures.world.records.prefix(800))
        let first = ModelTrainer.train(records: records, settings: MatchFixtures.settings)
        let second = ModelTrainer.train(records: records.shuffled(using: &rng), settings: MatchFixtures.settings)
        #expect(first == second)
    }

    @Test func modelRoundTripsThroughJSON() throws {
        let model = MatchFixtures.model
        let data = try JSONEncoder().encode(model)
        #expect(try JSONDecoder().decode(MatchModel.self, from: data) == model)
    }

    @Test func learnedWeightsPointTheRightWay() {
        let model = MatchFixtures.model
        for field in model.fields {
            #expect(field.weight(1) > 0, "\(field.field) exact should be evidence for")
            #expect(field.weight(field.levels.count - 1) < 0, "\(field.field) different should be evidence against")
        }
        #expect(model.prior > 0 && model.prior < 0.01)
    }
}

/// The `resolution:` settings decode from pipeline keys with defaults for the rest.
@Suite struct MatchSettingsTests {
    @Test func decodesPipelineKeysWithDefaults() throws {
        let json = #"{"match_threshold": 0.9, "blocking": ["phone", "name_part+birth_date"], "fields": ["first_name", "phone"]}"#
        let settings = try JSONDecoder().decode(MatchSettings.self, from: Data(json.utf8))
        #expect(settings.matchThreshold == 0.9)
        #expect(settings.blocking.map(\.description) == ["phone", "name_part+birth_date"])
        #expect(settings.fields == [.firstName, .phone])
        #expect(settings.reviewThreshold == MatchSettings().reviewThreshold)
        #expect(settings.problems().isEmpty)
    }

    @Test func rejectsUnknownRulesAndBadValues() {
        let json = #"{"blocking": ["phone+shoe_size"]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(MatchSettings.self, from: Data(json.utf8)) }
        var settings = MatchSettings()
        settings.matchThreshold = 1.5
        settings.reviewThreshold = 0
        #expect(settings.problems().count == 2)
        #expect(MatchSettings.keys.contains("review_threshold"))
    }
}
