import Testing
@testable import TruceCore

/// Seeded properties of resolution over samples of the test world.
@Suite struct ResolverPropertyTests {
    typealias R = MatchTestSupport

    /// A seeded sample of the world's records (whole people, so clusters are meaningful).
    private func sample(_ seed: UInt64, people: Int = 250) -> [MatchRecord] {
        var rng = SeededGenerator(seed: seed)
        let truth = MatchFixtures.world.truth
        let chosen = Set(Set(truth.values).sorted().shuffled(using: &rng).prefix(people))
        return MatchFixtures.world.records.filter { chosen.contains(truth[$0.id] ?? "") }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func sameProfilesInAnyOrderAndOnReRun(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let records = sample(seed)
        let first = R.profiles(records, MatchFixtures.resolve(records))
        let shuffled = R.profiles(records, MatchFixtures.resolve(records.shuffled(using: &rng)))
        #expect(first == shuffled)
        // Re-run on the result: nothing changes.
        let settled = records.map { record -> MatchRecord in
            var copy = record
            copy.profileID = first[record.id]
            return copy
        }
        let again = MatchFixtures.resolve(settled)
        #expect(again.assignments.isEmpty && again.newProfiles.isEmpty && again.events.isEmpty)
    }

    @Test(arguments: [4, 5, 6] as [UInt64])
    func incrementalRunMatchesFullRunWithStableIDs(seed: UInt64) {
        let records = sample(seed, people: 400)
        let cut = records.count * 9 / 10
        let old = Array(records[..<cut])
        let before = R.profiles(old, MatchFixtures.resolve(old))
        let next = records.enumerated().map { index, record -> MatchRecord in
            var copy = record
            if index < cut { copy.profileID = before[record.id] }
            return copy
        }
        let changed = Set(records[cut...].map(\.id))
        let incremental = R.profiles(next, MatchFixtures.resolve(next, changed: changed))
        let full = R.profiles(next, MatchFixtures.resolve(next))
        #expect(incremental == full)
        // Old records whose profile did not merge or split keep their ids.
        let kept = old.filter { record in full[record.id] == before[record.id] }
        #expect(Double(kept.count) >= Double(old.count) * 0.95)
    }

    @Test(arguments: [7, 8] as [UInt64])
    func humanLinksAreAlwaysHonoured(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let records = sample(seed)
        let ids = records.map(\.id)
        var must = Set<RecordPair>(), cannot = Set<RecordPair>()
        for _ in 0..<20 {
            let pair = RecordPair(ids.randomElement(using: &rng) ?? 0, ids.randomElement(using: &rng) ?? 0)
            if pair.a != pair.b { must.insert(pair) }
        }
        // Cannot-links between records the run would otherwise join, but that must-links do not.
        let mustProfiles = R.profiles(records, MatchFixtures.resolve(records, links: MatchLinks(mustLink: must)))
        for group in R.partition(mustProfiles) where group.count > 1 {
            let pair = RecordPair(group[0], group[group.count - 1])
            if !mustLinkedTogether(pair, must) { cannot.insert(pair) }
            if cannot.count == 15 { break }
        }
        let resolution = MatchFixtures.resolve(records, links: MatchLinks(mustLink: must, cannotLink: cannot))
        let profiles = R.profiles(records, resolution)
        for pair in must { #expect(profiles[pair.a] == profiles[pair.b]) }
        for pair in cannot { #expect(profiles[pair.a] != profiles[pair.b]) }
    }

    /// Whether must-links alone connect the pair.
    private func mustLinkedTogether(_ pair: RecordPair, _ must: Set<RecordPair>) -> Bool {
        var reached: Set<Int64> = [pair.a], frontier = [pair.a]
        while let next = frontier.popLast() {
            for link in must where link.a == next || link.b == next {
                let other = link.a == next ? link.b : link.a
                if reached.insert(other).inserted { frontier.append(other) }
            }
        }
        return reached.contains(pair.b)
    }

    @Test(arguments: [9, 10] as [UInt64])
    func noProfileHoldsClearlyDifferentPeople(seed: UInt64) {
        let records = sample(seed, people: 400)
        let engine = MatchEngine(records: records, model: MatchFixtures.model, settings: MatchFixtures.settings)
        let profiles = R.profiles(records, engine.resolve())
        for group in R.partition(profiles) where group.count > 1 {
            for a in group {
                for b in group where a < b {
                    #expect(engine.explain(a, b)?.conflict == nil, "records \(a) and \(b) conflict")
                }
            }
        }
    }
}
