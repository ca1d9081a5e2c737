import Foundation
import Testing
@testable import TruceCore

/// The stored engine state: its bytes, and incremental runs over it deciding as full runs do.
@Suite struct MatchStateTests {
    typealias R = MatchTestSupport

    /// A seeded sample of whole people of the test world, in id order.
    private func sample(_ seed: UInt64, people: Int = 400) -> [MatchRecord] {
        var rng = SeededGenerator(seed: seed)
        let truth = MatchFixtures.world.truth
        let chosen = Set(Set(truth.values).sorted().shuffled(using: &rng).prefix(people))
        return MatchFixtures.world.records.filter { chosen.contains(truth[$0.id] ?? "") }
    }

    private func engine(_ records: [MatchRecord], state: MatchState? = nil) -> MatchEngine {
        MatchEngine(records: records, model: MatchFixtures.model, settings: MatchFixtures.settings, state: state)
    }

    /// `records` with the profiles of `resolution` applied, as the base would hold them.
    private func settled(_ records: [MatchRecord], _ resolution: Resolution) -> [MatchRecord] {
        let profiles = R.profiles(records, resolution)
        return records.map { record in
            var copy = record
            copy.profileID = profiles[record.id]
            return copy
        }
    }

    /// Runs `next` incrementally over `state` and fully; expects the same profiles and state.
    private func expectIncrementalIsFull(_ next: [MatchRecord], changed: Set<Int64>, state: MatchState?, fits: Bool = true) {
        let stored = state.flatMap { try? MatchState(serialized: $0.serialized()) }
        let run = engine(next, state: stored)
        #expect((run.stored != nil) == fits)
        let incremental = run.resolve(changed: changed)
        let full = engine(next).resolve()
        #expect(R.profiles(next, incremental) == R.profiles(next, full))
        #expect(incremental.state == full.state)
        // The review pairs it reports are among those of the full run.
        let fullReview = Set(full.review.map { RecordPair($0.a, $0.b) })
        #expect(incremental.review.allSatisfy { fullReview.contains(RecordPair($0.a, $0.b)) })
    }

    @Test func bytesRoundTrip() throws {
        let records = sample(11, people: 100)
        let state = try #require(engine(records).resolve().state)
        #expect(state.recordCount == records.count)
        #expect(try MatchState(serialized: state.serialized()) == state)
        var damaged = state.serialized()
        damaged.removeLast(9)
        #expect(throws: MatchState.DecodingError.notAState) { try MatchState(serialized: damaged) }
        var otherVersion = state.serialized()
        otherVersion[8] = 99
        #expect(throws: MatchState.DecodingError.unsupportedVersion(99)) { try MatchState(serialized: otherVersion) }
    }

    @Test(arguments: [21, 22, 23] as [UInt64])
    func incrementalRunOverStateDecidesAsFullRun(seed: UInt64) {
        let records = sample(seed)
        let cut = records.count * 9 / 10
        let old = Array(records[..<cut])
        let first = engine(old).resolve()
        let next = settled(old, first) + records[cut...]
        expectIncrementalIsFull(next, changed: Set(records[cut...].map(\.id)), state: first.state)
    }

    @Test(arguments: [31, 32] as [UInt64])
    func editedRecordsAndChainedRunsDecideAsFullRun(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let records = sample(seed)
        let first = engine(records).resolve()
        var next = settled(records, first)
        // Edit a few records: swap phones and emails between random people.
        var changed = Set<Int64>()
        for _ in 0..<12 {
            let (a, b) = (Int.random(in: 0..<next.count, using: &rng), Int.random(in: 0..<next.count, using: &rng))
            (next[a].phones, next[b].emails) = (next[b].phones, next[a].emails)
            changed.formUnion([next[a].id, next[b].id])
        }
        expectIncrementalIsFull(next, changed: changed, state: first.state)
        // The state an incremental run hands on serves the next one.
        let second = engine(next, state: first.state).resolve(changed: changed)
        var third = settled(next, second)
        third.append(R.record(9_000_001, first: next[0].firstName, last: next[0].lastName, phone: next[0].phones.first))
        expectIncrementalIsFull(third, changed: [9_000_001], state: second.state)
    }

    @Test(arguments: [61, 62] as [UInt64])
    func newRecordsBetweenOldIdsAndEditsDecideAsFullRun(seed: UInt64) {
        let records = sample(seed)
        let isNew = { (record: MatchRecord) in record.id % 10 == 3 }
        let old = records.filter { !isNew($0) }
        let first = engine(old).resolve()
        let added = records.filter(isNew)
        var next = (settled(old, first) + added).sorted { $0.id < $1.id }
        // An old record takes a new record's phone: its stale entries leave the state.
        let edited = next.firstIndex { !isNew($0) && !$0.phones.isEmpty }
        let donor = added.first { !$0.phones.isEmpty }
        if let edited, let donor { next[edited].phones = donor.phones }
        let changed = Set(added.map(\.id) + (edited.map { [next[$0].id] } ?? []))
        expectIncrementalIsFull(next, changed: changed, state: first.state)
    }

    /// `count` namesakes in pairs sharing a patronymic and a phone's last seven digits (no
    /// blocking key): only their name block makes them candidates.
    private func namesakes(_ count: Int) -> [MatchRecord] {
        (0..<count).map { (offset: Int) -> MatchRecord in
            let middle = offset / 2 % 2 == 0 ? "Петрович" : "Олегович"
            let digits = String(1_234_567 + offset / 2 * 1_031)
            return R.record(Int64(100 + offset), first: "Иван", last: "Смирнов", middle: middle,
                            phone: (offset % 2 == 0 ? "+7495" : "+7812") + digits)
        }
    }

    @Test func keyGrowingPastItsBlockDropsTheStoredPairs() {
        let limit = MatchFixtures.settings.maxNameBlockSize
        let old = namesakes(limit)
        let first = engine(old).resolve()
        #expect(Set(R.profiles(old, first).values).count < old.count)
        let added = R.record(9_000_001, first: "Иван", last: "Смирнов", email: "ivan.s@mail.ru")
        expectIncrementalIsFull(settled(old, first) + [added], changed: [added.id], state: first.state)
    }

    @Test func stateOfOtherReviewThresholdDoesNotFit() throws {
        let records = sample(42, people: 60)
        let state = try #require(engine(records).resolve().state)
        var other = MatchFixtures.settings
        other.reviewThreshold = 0.3
        #expect(MatchEngine(records: records, model: MatchFixtures.model, settings: other, state: state).stored == nil)
    }

    @Test func keyShrinkingBackIntoABlockPairsItsOldHolders() {
        // One name more than a name block holds.
        let limit = MatchFixtures.settings.maxNameBlockSize
        let old = namesakes(limit + 1)
        let first = engine(old).resolve()
        var next = settled(old, first)
        next[0].lastName = "Кузнецов"
        expectIncrementalIsFull(next, changed: [next[0].id], state: first.state)
        #expect(Set(R.profiles(next, engine(next).resolve()).values).count < next.count)
    }

    @Test func newRecordsTurningAPhoneIntoASwitchboardReclusterItsHolders() {
        let phone = "+74957654321"
        let old = [R.record(1, first: "Иван", last: "Смирнов", phone: phone),
                   R.record(2, first: "Иван", last: "Смирнов", email: "ivan.smirnov@mail.ru", phone: phone)]
        let first = engine(old).resolve()
        let names = ["Пётр", "Олег", "Анна", "Мария", "Глеб"]
        let added = names.enumerated().map { R.record(Int64(10 + $0.offset), first: $0.element, last: "Кузнецов", phone: phone) }
        expectIncrementalIsFull(settled(old, first) + added, changed: Set(added.map(\.id)), state: first.state)
    }

    @Test func stateThatDoesNotFitFallsBackToFullPreparation() {
        let records = sample(41, people: 150)
        let first = engine(records).resolve()
        let next = settled(Array(records.dropFirst()), first)  // a record was deleted
        expectIncrementalIsFull(next, changed: [], state: first.state, fits: false)
        var other = MatchFixtures.settings
        other.maxBlockSize = 100
        let resolution = MatchEngine(records: next, model: MatchFixtures.model, settings: other, state: first.state)
            .resolve(changed: [])
        #expect(resolution.state != first.state)
    }

    @Test func explainsPairsOfAnEngineOverAState() throws {
        let records = sample(51, people: 80)
        let state = try #require(engine(records).resolve().state)
        let lazy = engine(records, state: state)
        #expect(lazy.stored != nil)
        let (a, b) = (records[0].id, records[records.count - 1].id)
        #expect(lazy.explain(a, b)?.text == engine(records).explain(a, b)?.text)
    }

    /// Galloping from the end of the last match finds what a search of the whole array finds,
    /// for values present (repeated or not), missing, below and above every entry.
    @Test(arguments: [UInt64(1), 2, 3])
    func gallopingRangeMatchesBisection(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let array = (0..<5_000).map { _ in UInt64.random(in: 10...2_000, using: &rng) }.sorted()
        let lookups = Set((0..<700).map { _ in UInt64.random(in: 0...2_100, using: &rng) }).sorted()
        var from = 0
        for value in lookups {
            let galloped = MatchState.range(of: value, in: array, from: from)
            #expect(galloped == MatchState.range(of: value, in: array))
            from = galloped.upperBound
        }
    }
}
