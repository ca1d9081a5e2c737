/// Edit-distance measures over short byte strings (name skeletons), without heap allocation.
enum StringSimilarity {
    /// Jaro–Winkler similarity in 0…1 (prefix scale 0.1, prefix up to 4).
    static func jaroWinkler(_ a: ShortText, _ b: ShortText) -> Double {
        a.withBytes { x in b.withBytes { y in jaroWinkler(x, y) } }
    }

    /// Jaro–Winkler similarity, or any value below `atLeast` when it is certainly below it
    /// (bounded cheaply from lengths and shared letters first: most pairs are far apart).
    static func jaroWinkler(_ a: ShortText, _ b: ShortText, atLeast: Double) -> Double {
        a.withBytes { x in
            b.withBytes { y in
                upperBound(x, y) < atLeast ? 0 : jaroWinkler(x, y)
            }
        }
    }

    /// An upper bound of Jaro–Winkler: matches cannot exceed the letters both share.
    static func upperBound(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Double {
        if a.isEmpty || b.isEmpty { return a.count == b.count ? 1 : 0 }
        // Letters counted by their low five bits (skeletons are lower-case Latin, so a letter is
        // its low five bits; other bytes may share a count, which only loosens the bound). A
        // byte of `b` takes one of `a`'s left of its kind, without a branch on whether one is.
        let shared = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { counts in
            counts.initialize(repeating: 0)
            for byte in a { counts[Int(byte & 31)] &+= 1 }
            var shared = 0
            for byte in b {
                let lane = Int(byte & 31)
                let left = counts[lane] != 0 ? 1 : 0
                counts[lane] &-= UInt8(left)
                shared += left
            }
            return shared
        }
        let m = Double(shared)
        let jaro = (m / Double(a.count) + m / Double(b.count) + 1) / 3
        var prefix = 0
        while prefix < min(4, a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }

    /// Whether two equal-length byte strings differ by at most one substitution or one
    /// adjacent transposition (Damerau–Levenshtein ≤ 1), in one pass.
    static func withinOneEdit(_ a: ShortText, _ b: ShortText) -> Bool {
        a.withBytes { x in
            b.withBytes { y in
                guard x.count == y.count else { return false }
                var first = -1
                for index in 0..<x.count where x[index] != y[index] {
                    if first < 0 {
                        first = index
                    } else {
                        // A second difference is fine only as the swap of two neighbours.
                        guard index == first + 1, x[first] == y[index], x[index] == y[first] else { return false }
                        for rest in (index + 1)..<max(index + 1, x.count) where x[rest] != y[rest] { return false }
                        return true
                    }
                }
                return true
            }
        }
    }

    /// Whether `b` is `a` with one byte inserted (or the other way round), in one pass: the two
    /// agree up to their first difference and, past it, the longer one skips one byte.
    static func withinOneInsertion(_ a: ShortText, _ b: ShortText) -> Bool {
        a.withBytes { x in
            b.withBytes { y in
                guard abs(x.count - y.count) == 1 else { return false }
                let (short, long) = x.count < y.count ? (x, y) : (y, x)
                var index = 0
                while index < short.count && short[index] == long[index] { index += 1 }
                while index < short.count {
                    if short[index] != long[index + 1] { return false }
                    index += 1
                }
                return true
            }
        }
    }

    static func jaroWinkler(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Double {
        let jaro = jaro(a, b)
        var prefix = 0
        while prefix < min(4, a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }

    static func jaro(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        if a.isEmpty || b.isEmpty { return 0 }
        let window = max(0, max(a.count, b.count) / 2 - 1)
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: a.count + b.count) { flags in
            flags.initialize(repeating: false)
            var matches = 0
            for i in 0..<a.count {
                let low = max(0, i - window), high = min(b.count - 1, i + window)
                if low > high { continue }
                for j in low...high where !flags[a.count + j] && a[i] == b[j] {
                    flags[i] = true
                    flags[a.count + j] = true
                    matches += 1
                    break
                }
            }
            if matches == 0 { return 0 }
            var transpositions = 0
            var k = 0
            for i in 0..<a.count where flags[i] {
                while !flags[a.count + k] { k += 1 }
                if a[i] != b[k] { transpositions += 1 }
                k += 1
            }
            let m = Double(matches)
            return (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions / 2)) / m) / 3
        }
    }
}
