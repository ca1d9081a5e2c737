import Testing
@testable import TruceCore

/// Term-frequency adjustment: rarer agreeing values weigh more.
@Suite struct TermFrequencyTests {
    typealias R = MatchTestSupport

    private func weight(_ field: MatchField, _ a: MatchRecord, _ b: MatchRecord, model: MatchModel) -> Double {
        PairScorer(model: model).contribution(field, R.compare(a, b)).weight
    }

    @Test func rareSurnameOutweighsCommonOne() {
        var records: [MatchRecord] = (1...60).map { R.record(Int64($0), first: "Имя\($0)", last: "Иванов") }
        records.append(R.record(100, first: "Пётр", last: "Пантелеймонов"))
        records.append(R.record(101, first: "Павел", last: "Пантелеймонов"))
        let model = ModelTrainer.train(records: records, settings: MatchFixtures.settings)
        let common = weight(.surname, R.record(1, last: "Иванов"), R.record(2, last: "Иванов"), model: model)
        let rare = weight(.surname, R.record(1, last: "Пантелеймонов"), R.record(2, last: "Пантелеймонов"), model: model)
        #expect(rare > common + 3, "rare \(rare) common \(common)")
    }

    @Test func phoneSharedByManyNamesCountsLess() {
        var records = (1...4).map { R.record(Int64($0), first: ["Иван", "Мария", "Олег", "Анна"][$0 - 1], phone: "+74951234567") }
        records += (5...40).map { R.record(Int64($0), first: "Имя\($0)", phone: "+7916123\(4000 + $0)") }
        let model = ModelTrainer.train(records: records, settings: MatchFixtures.settings)
        let shared = weight(.phone, R.record(1, phone: "+74951234567"), R.record(2, phone: "+74951234567"), model: model)
        let personal = weight(.phone, R.record(1, phone: "+79161234005"), R.record(2, phone: "+79161234005"), model: model)
        #expect(personal > shared + 3, "personal \(personal) shared \(shared)")
    }

    @Test func explanationShowsTheAdjustment() {
        let records = [R.record(1, first: "Иван", last: "Пантелеймонов", phone: "+79161234567"),
                       R.record(2, first: "Иван", last: "Пантелеймонов", phone: "+79161234567")]
        let engine = MatchEngine(records: records, model: MatchFixtures.model, settings: MatchFixtures.settings)
        let explanation = engine.explain(1, 2)
        let surname = explanation?.lines.first { $0.field == .surname }
        #expect(surname?.level == "exact")
        #expect((surname?.termFrequencyAdjustment ?? 0) != 0)
    }
}
