import Testing
@testable import TruceCore

/// The faster forms of resolution steps hold to the plain rules they replace.
@Suite struct ResolutionFastPathTests {
    private var records: [MatchRecord] { Array(MatchFixtures.world.records.prefix(3000)) }

    @Test func featuresFilledInPlaceHaveTheLayoutOfExtractedOnes() {
        let records = records
        let inPlace = FeatureStore(records: records)
        let extracted = FeatureStore(records.map { FeatureExtractor.features(of: $0) })
        #expect(inPlace.contactTotal == extracted.contactTotal)
        for index in records.indices {
            let (a, b) = (inPlace[index], extracted[index])
            #expect(a.contactStart == b.contactStart && a.contactCount == b.contactCount)
            #expect(a.first.exact == b.first.exact && a.last.skeleton == b.last.skeleton && a.personKey == b.personKey)
            #expect(a.city == b.city && a.birthDate == b.birthDate && a.middle.exact == b.middle.exact)
            #expect(inPlace.contacts(index).map(\.value) == extracted.contacts(index).map(\.value))
        }
    }

    @Test func uIsCountedOverTheSamePairsAsDrawn() {
        let prepared = PreparedRecords(records, settings: MatchSettings())
        let comparer = PairComparer(fields: MatchField.allCases)
        let (n, pairs, seed) = (prepared.count, 6400, prepared.samplingSeed)
        var drawn: [UInt64] = []
        var counts = MatchField.allCases.map { [Double](repeating: 0, count: $0.levels.count) }
        for part in 0..<64 {
            var state = StableHash.mix(seed &+ UInt64(part))
            for _ in 0..<(pairs / 64) {
                state = StableHash.mix(state)
                let a = Int(state % UInt64(n)), b = Int((state >> 32) % UInt64(n))
                guard a != b else { continue }
                drawn.append(UInt64(a) << 32 | UInt64(b))
                let levels = comparer.compare(a, b, in: prepared.features).levels
                for field in counts.indices { counts[field][Int(levels[field])] += 1 }
            }
        }
        #expect(RandomPairSampler.sampledPairs(recordCount: n, seed: seed, pairs: pairs) == drawn.sorted())
        let expected = counts.map { row in
            let observed = row.dropFirst().reduce(0, +)
            return row.indices.map { $0 == 0 ? 0 : (row[$0] + 0.1) / (observed + 0.1 * Double(row.count - 1)) }
        }
        #expect(RandomPairSampler.uProbabilities(prepared, comparer: comparer, pairs: pairs) == expected)
    }

    @Test(arguments: [true, false])
    func recordsSortByLabelAsByComparison(ascending: Bool) {
        var rng = SeededGenerator(seed: 7)
        let labels = (0..<500).map { index in Int.random(in: 0...index, using: &rng) }
        var scope = (0..<500).filter { _ in Bool.random(using: &rng) }
        if !ascending { scope.shuffle(using: &rng) }
        let expected = scope.map { (labels[$0], $0) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        let sorted = ProfileAssigner.byLabel(scope, labels: labels)
        #expect(sorted.map(\.label) == expected.map(\.0) && sorted.map(\.record) == expected.map(\.1))
    }

    @Test func aTakenCandidateFallsBackToTheLongerID() {
        let records = (0..<4).map { MatchTestSupport.record(Int64($0 + 1), first: "Анна", phone: "+7916000000\($0)") }
        #expect(ExactKeyResolver.newID(seed: records[1].seed, avoiding: []) == ExactKeyResolver.candidateID(seed: records[1].seed))
        let taken = ExactKeyResolver.candidateID(seed: records[1].seed)
        let assigner = ProfileAssigner(records: records, usedIDs: [taken], mergeReason: { _, _ in "" }, splitReason: { _, _ in "" })
        let outcome = assigner.assign(scope: [0, 1, 2, 3], labels: [0, 1, 2, 2])
        let longer = ExactKeyResolver.newID(seed: records[1].seed, avoiding: [taken])
        #expect(longer.count == 18)
        #expect(outcome.assignments[2] == longer)
        #expect(outcome.assignments[3] == ExactKeyResolver.candidateID(seed: records[2].seed))
        #expect(outcome.assignments[4] == outcome.assignments[3] && outcome.newProfiles.count == 3)
    }

    @Test func profileIDsSortAsStrings() {
        var rng = SeededGenerator(seed: 3)
        var ids: Set<String> = ["", "p_", "p_a", "p_ab", "p_abc", "P_1", "p_0123456789ab", "p_0123456789abcdef"]
        for _ in 0..<300 { ids.insert("p_" + String(UInt64.random(in: 0...UInt64.max, using: &rng), radix: 16).prefix(12)) }
        #expect(StoreWriter.inStringOrder(ids) == ids.sorted())
        ids.insert("p_é")
        ids.insert("p_0123456789abcdef0")
        #expect(StoreWriter.inStringOrder(ids) == ids.sorted())
    }

    @Test func nameKeysWithoutArraysAreThePartKeys() {
        let store = FeatureStore(records: records)
        for index in store.indices {
            var keys: [UInt64] = []
            BlockKeys.forEachPartKey(store[index], store.contacts(index), .name) { keys.append($0) }
            #expect(keys == BlockKeys.partKeys(store[index], store.contacts(index), .name))
        }
    }
}
