import Testing
@testable import TruceCore

/// The memo of name levels must answer exactly what the comparison computes, however pairs
/// repeat and evict each other.
@Suite struct NameLevelMemoTests {
    @Test("comparisons through a memo give the levels computed without one")
    func memoizedLevelsMatch() throws {
        let records = MatchFixtures.world.records
        try #require(records.count > 1000)
        let store = FeatureStore(records.map { FeatureExtractor.features(of: $0) })
        let comparer = PairComparer(fields: MatchField.allCases)
        var generator = SeededGenerator(seed: 0x4E41_4D45)
        // More pairs than the memo has slots, each asked three times: hits, misses and evictions.
        let pairs = (0..<20_000).map { _ in
            (Int.random(in: 0..<records.count, using: &generator), Int.random(in: 0..<records.count, using: &generator))
        }
        let memo = NameLevelMemo()
        var differences = 0
        var similarityPairs = 0
        for _ in 0..<3 {
            for (a, b) in pairs {
                let plain = comparer.compare(a, b, in: store)
                let remembered = comparer.compare(a, b, in: store, memo: memo)
                if plain != remembered { differences += 1 }
                if (4...8).contains(plain.level(.firstName)) || (5...7).contains(plain.level(.surname)) { similarityPairs += 1 }
            }
        }
        #expect(differences == 0)
        // The pairs must reach the memoized part of the comparison for this to test anything.
        #expect(similarityPairs > 10_000)
    }

    @Test("a remembered pair is told apart from the same names in the other order and from other kinds")
    func keysKeepOrderAndKind() {
        let memo = NameLevelMemo()
        let ivan = FeatureExtractor.name("Иван"), ivon = FeatureExtractor.name("Ивон")
        let petrov = FeatureExtractor.name("Петров"), petrova = FeatureExtractor.name("Петрова")
        #expect(NameLevels.first(ivan, ivon, memo: memo) == NameLevels.first(ivan, ivon))
        #expect(memo.level(.first, ivan, ivon) { 0 } == NameLevels.first(ivan, ivon))  // remembered
        #expect(memo.level(.surname, ivan, ivon) { 7 } == 7)  // another kind: computed
        #expect(memo.level(.first, ivon, ivan) { 8 } == 8)  // the other order: computed
        #expect(NameLevels.surname(petrov, petrova, memo: memo) == NameLevels.surname(petrov, petrova))
    }
}
