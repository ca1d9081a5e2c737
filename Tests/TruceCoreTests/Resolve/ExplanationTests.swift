import Testing
@testable import TruceCore

/// `explain` lists every comparison, the total, the threshold and the decision.
@Suite struct ExplanationTests {
    typealias R = MatchTestSupport

    @Test func explainsAMatch() throws {
        let records = [R.record(1, first: "Саша", last: "Петров", phone: "+79161234567"),
                       R.record(2, first: "Александр", last: "Petrov", phone: "8 916 123-45-67", city: "Москва")]
        let engine = MatchEngine(records: records, model: MatchFixtures.model, settings: MatchFixtures.settings)
        let explanation = try #require(engine.explain(1, 2))
        #expect(explanation.lines.count == MatchField.allCases.count)
        #expect(explanation.lines.first { $0.field == .firstName }?.level == "nickname")
        #expect(explanation.lines.first { $0.field == .surname }?.level == "translit")
        let sum = explanation.priorWeight + explanation.lines.reduce(0) { $0 + $1.weight }
        #expect(abs(sum - explanation.totalWeight) < 1e-9)
        #expect(explanation.text.contains("threshold 0.95"))
        #expect(engine.explain(1, 99) == nil)
    }

    @Test func explainsAConflictAndAHumanDecision() throws {
        let records = [R.record(1, first: "Иван", last: "Смирнов", phone: "+74951234567"),
                       R.record(2, first: "Мария", last: "Смирнова", phone: "+74951234567")]
        let links = MatchLinks(cannotLink: [RecordPair(1, 2)])
        let engine = MatchEngine(records: records, model: MatchFixtures.model, settings: MatchFixtures.settings, links: links)
        let explanation = try #require(engine.explain(2, 1))
        #expect(explanation.a == 2 && explanation.b == 1)
        #expect(explanation.decision == .noMatch)
        #expect(explanation.humanDecision == "cannot_link")
        #expect(explanation.conflict != nil)
        #expect(explanation.lines.first { $0.field == .surname }?.level == "gender_form")
    }
}
