import Testing
@testable import TruceCore

/// The cheap bound that lets most name pairs skip Jaro–Winkler must never be below it.
@Suite struct StringSimilarityTests {
    @Test("the Jaro–Winkler upper bound is at or above Jaro–Winkler, and often below a threshold")
    func upperBoundBoundsJaroWinkler() {
        var generator = SeededGenerator(seed: 0x4A57)
        // Skeleton-like text: lower-case Latin, some digits and punctuation (which share counts).
        let alphabet = Array("aaeeiioouyklmnprstvdgbzhc-'1".utf8)
        var below = 0
        for _ in 0..<20_000 {
            func word() -> ShortText {
                let length = Int.random(in: 0...12, using: &generator)
                return ShortText((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 97 })
            }
            let a = word(), b = word()
            let (bound, exact) = a.withBytes { x in
                b.withBytes { y in (StringSimilarity.upperBound(x, y), StringSimilarity.jaroWinkler(x, y)) }
            }
            #expect(bound >= exact - 1e-12, "\(a.string) \(b.string)")
            if bound < NameLevels.similarSimilarity { below += 1 }
            // With the bound in front, the result is Jaro–Winkler wherever it reaches the threshold.
            let gated = StringSimilarity.jaroWinkler(a, b, atLeast: NameLevels.similarSimilarity)
            #expect(exact < NameLevels.similarSimilarity ? gated < NameLevels.similarSimilarity : gated == exact)
        }
        #expect(below > 5_000)
    }
}
