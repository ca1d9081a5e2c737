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

extension StringSimilarityTests {
    @Test("one substitution, swap or insertion is found in one pass exactly where Damerau–Levenshtein is at most 1")
    func oneEditChecksMatchDamerauLevenshtein() {
        var generator = SeededGenerator(seed: 0xD1)
        let alphabet = Array("aeiknrst".utf8)  // few letters, so near misses are common
        var typos = 0
        for _ in 0..<30_000 {
            let length = Int.random(in: 1...9, using: &generator)
            let x = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 97 }
            var y = x
            for _ in 0..<Int.random(in: 0...2, using: &generator) {
                let position = Int.random(in: 0...y.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0 where position < y.count: y[position] = alphabet.randomElement(using: &generator) ?? 97
                case 1 where position + 1 < y.count: y.swapAt(position, position + 1)
                case 2: y.insert(alphabet.randomElement(using: &generator) ?? 97, at: position)
                case 3 where position < y.count && y.count > 1: y.remove(at: position)
                default: break
                }
            }
            guard abs(x.count - y.count) <= 1 else { continue }
            let expected = Self.damerauLevenshtein(x, y) <= 1
            let (a, b) = (ShortText(x), ShortText(y))
            let found = x.count == y.count ? StringSimilarity.withinOneEdit(a, b) : StringSimilarity.withinOneInsertion(a, b)
            #expect(found == expected, "\(String(decoding: x, as: UTF8.self)) \(String(decoding: y, as: UTF8.self))")
            if expected && x != y { typos += 1 }
        }
        #expect(typos > 5_000)
    }

    /// Damerau–Levenshtein distance (optimal string alignment), the textbook table: the reference.
    private static func damerauLevenshtein(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
