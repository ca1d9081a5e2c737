import Testing
@testable import TruceCore

/// The memo of name features must answer exactly what extraction computes, however names repeat
/// and evict each other.
@Suite struct NameFeatureMemoTests {
    private func same(_ a: NameFeature, _ b: NameFeature) -> Bool {
        a.exact == b.exact && a.folded == b.folded && a.skeleton == b.skeleton && a.skeletonHash == b.skeletonHash
            && a.stem == b.stem && a.nicknames == b.nicknames && a.isInitial == b.isInitial && a.initials == b.initials
            && a.isKnownFirstName == b.isKnownFirstName
    }

    @Test("records extracted through a memo get the names extracted without one")
    func memoizedRecordsMatch() throws {
        let records = MatchFixtures.world.records
        try #require(records.count > 1000)
        let memo = NameFeatureMemo()
        var differences = 0
        for record in records + records.reversed() {
            let plain = FeatureExtractor.features(of: record).features
            let remembered = FeatureExtractor.features(of: record, memo: memo).features
            if !same(plain.first, remembered.first) || !same(plain.last, remembered.last)
                || !same(plain.middle, remembered.middle) || plain.personKey != remembered.personKey {
                differences += 1
            }
        }
        #expect(differences == 0)
    }

    @Test("more names than slots, each asked twice in shuffled order, come back as extracted")
    func evictedNamesAreComputedAgain() {
        var generator = SeededGenerator(seed: 0x4E46_4D4F)
        let names = (0..<20_000).map { "Петров\($0 % 10)\(String(repeating: "а", count: $0 % 7))\($0)" }
        let asked = (names + names).shuffled(using: &generator) + ["Иван", "иван", "Ивон", "И.", "-"]
        let memo = NameFeatureMemo()
        #expect(asked.allSatisfy { same(FeatureExtractor.name($0, memo: memo), FeatureExtractor.name($0)) })
    }

    @Test("batched extraction keeps record order")
    func batchedExtractionKeepsOrder() {
        let records = Array(MatchFixtures.world.records.prefix(3000))
        let batched = FeatureExtractor.features(records.count) { records[$0] }
        #expect(batched.count == records.count)
        #expect(zip(records, batched).allSatisfy { record, extracted in
            same(FeatureExtractor.features(of: record).features.last, extracted.features.last)
                && FeatureExtractor.features(of: record).contacts.map(\.value) == extracted.contacts.map(\.value)
        })
    }
}
