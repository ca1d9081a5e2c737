/// Levels of the email and phone comparisons over every value each record has.
enum ContactLevels {
    /// Jaro–Winkler on whole addresses at or above which an email differs by a typo.
    static let emailTypoSimilarity = 0.94

    /// `email`: null, exact, local_part, typo (same digits, Jaro–Winkler ≥ 0.94), different; `phone`: null, exact, last_7, typo, different.
    /// Returns the best level over all value pairs and, for `exact`, the agreeing value's hash.
    /// Values shared by too many people (`isJoining == false`) count as absent.
    static func level(_ a: UnsafeBufferPointer<ContactFeature>, _ b: UnsafeBufferPointer<ContactFeature>,
                      kind: ContactFeature.Kind) -> (Int, UInt64) {
        var best = 0
        var value: UInt64 = 0
        for x in a where x.kind == kind && x.isJoining {
            for y in b where y.kind == kind && y.isJoining {
                let level = pairLevel(x, y)
                if best == 0 || level < best {
                    best = level
                    if level == 1 { value = x.value }
                }
                if best == 1 { return (1, value) }
            }
        }
        return (best, value)
    }

    /// The digits of a text, in order, packed (4 bits each, last 16).
    private static func digits(_ text: ShortText) -> UInt64 {
        text.withBytes { bytes in
            var packed: UInt64 = 0
            for byte in bytes where byte >= 0x30 && byte <= 0x39 { packed = packed << 4 | UInt64(byte - 0x2F) }
            return packed
        }
    }

    private static func pairLevel(_ x: ContactFeature, _ y: ContactFeature) -> Int {
        if x.value == y.value { return 1 }
        if x.partial != 0 && x.partial == y.partial { return 2 }
        switch x.kind {
        case .email:
            // `ivan.petrov84@` and `ivan.petrov85@` are two namesakes, not a typo: digits must agree.
            guard digits(x.text) == digits(y.text) else { return 4 }
            return StringSimilarity.jaroWinkler(x.text, y.text, atLeast: emailTypoSimilarity) >= emailTypoSimilarity ? 3 : 4
        case .phone:
            return StringSimilarity.withinOneEdit(x.text, y.text) ? 3 : 4
        }
    }
}
