/// One pass over a name: the `NameNormalizer.matchKey` folding (case, ё/е, diacritics,
/// punctuation) hashed on the fly, and the Latin letters that `NameSkeleton` collapses.
///
/// Allocation-free for names up to 64 scalars (longer ones fall back to `matchKey`); this is the
/// hot path of feature extraction, run for three names of every record.
enum NameFolding {
    struct Folded {
        /// Stable hash of the folded UTF-8 (0 when nothing is left).
        var hash: UInt64
        /// Number of folded scalars (1 means an initial such as `И.`).
        var scalarCount: Int
        /// Collapsed skeleton.
        var skeleton: ShortText
    }

    static let capacity = 64

    /// Folds `name`.
    static func fold(_ name: String) -> Folded {
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: capacity) { folded in
            var count = 0
            var pendingSpace = false
            for scalar in name.unicodeScalars {
                let value = scalar.value
                if value >= 0x300 && value <= 0x36F {
                    if value == 0x306, count > 0, folded[count - 1] == "и" { folded[count - 1] = "й" }
                    continue
                }
                if isApostrophe(value) || NormalizerText.isInvisible(scalar) { continue }
                guard let lower = simpleFold(scalar) else {
                    if isLetterOrDigit(scalar) { return slow(name) }
                    pendingSpace = true
                    continue
                }
                if count + 2 >= capacity { return slow(name) }
                if pendingSpace && count > 0 {
                    folded[count] = " "
                    count += 1
                }
                pendingSpace = false
                folded[count] = lower
                count += 1
            }
            return finish(UnsafeBufferPointer(rebasing: folded[0..<count]))
        }
    }

    /// Lowercase of ASCII letters and digits and of Cyrillic letters (ё → е); nil for anything else.
    @inline(__always)
    private static func simpleFold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x61...0x7A, 0x430...0x435, 0x437...0x44F: return scalar
        case 0x41...0x5A, 0x410...0x42F: return Unicode.Scalar(value + 0x20)
        case 0x401, 0x451, 0x436: return value == 0x436 ? scalar : "е"
        case 0x400, 0x402...0x40F: return Unicode.Scalar(value + 0x50)
        case 0x450, 0x452...0x45F: return scalar
        default: return nil
        }
    }

    private static func isApostrophe(_ value: UInt32) -> Bool {
        value == 0x27 || value == 0x60 || value == 0xB4 || value == 0x2BC || value == 0x2018 || value == 0x2019
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x7F && (scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal)
    }

    /// Other scripts and accented Latin: the normalizer's own folding.
    private static func slow(_ name: String) -> Folded {
        let key = NameNormalizer.matchKey(name)
        return Array(key.unicodeScalars).withUnsafeBufferPointer { finish($0) }
    }

    private static func finish(_ folded: UnsafeBufferPointer<Unicode.Scalar>) -> Folded {
        var hash = StableHash.offset
        var latin = LatinBuffer()
        for scalar in folded {
            UTF8.encode(scalar) { byte in hash = (hash ^ UInt64(byte)) &* StableHash.prime }
            NameSkeleton.appendLatin(scalar, to: &latin)
        }
        let skeleton = latin.withBytes { NameSkeleton.collapse($0) }
        return Folded(hash: folded.isEmpty ? 0 : (hash == 0 ? 1 : hash), scalarCount: folded.count, skeleton: skeleton)
    }
}
