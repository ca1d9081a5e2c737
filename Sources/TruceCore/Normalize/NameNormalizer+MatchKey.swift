/// The folded form of a name used only to compare names; display keeps the original.
extension NameNormalizer {
    /// Folds a name for matching: lowercase, `ё` → `е` (`й` is kept), Latin diacritics stripped
    /// (`é` → `e`, `ß` → `ss`), apostrophes removed, other punctuation and hyphens turned into
    /// spaces, whitespace collapsed. Idempotent.
    public static func matchKey(_ name: String) -> String {
        String(matchKeyScalars(name.unicodeScalars))
    }

    /// `matchKey` over scalars, for callers that already hold them.
    static func matchKeyScalars(_ scalars: some Sequence<Unicode.Scalar>) -> String.UnicodeScalarView {
        var folded = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars {
            let value = scalar.value
            if value >= 0x300 && value <= 0x36F {
                // A decomposed `й` (и + combining breve) must stay `й`; other marks are diacritics.
                if value == 0x306, let last = folded.last, last == "и" {
                    folded.removeLast()
                    folded.append("й")
                }
                continue
            }
            if isApostrophe(value) || NormalizerText.isInvisible(scalar) { continue }
            guard isLetterOrDigit(scalar) else {
                pendingSpace = true
                continue
            }
            if pendingSpace && !folded.isEmpty { folded.append(" ") }
            pendingSpace = false
            appendFolded(scalar, to: &folded)
        }
        return folded
    }

    private static func isApostrophe(_ value: UInt32) -> Bool {
        value == 0x27 || value == 0x60 || value == 0xB4 || value == 0x2BC || value == 0x2018 || value == 0x2019
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x400...0x44F: return true
        case 0...0x7F: return false
        default:
            let properties = scalar.properties
            return properties.isAlphabetic || properties.numericType == .decimal
        }
    }

    private static func appendFolded(_ scalar: Unicode.Scalar, to folded: inout String.UnicodeScalarView) {
        let value = scalar.value
        switch value {
        case 0x41...0x5A, 0x410...0x42F:
            folded.append(Unicode.Scalar(value + 0x20) ?? scalar)
        case 0x401, 0x451:
            folded.append("е")
        case 0x400...0x40F:
            folded.append(Unicode.Scalar(value + 0x50) ?? scalar)
        case 0x00...0x7F, 0x430...0x45F:
            folded.append(scalar)
        default:
            if let base = latinBaseLetters[value] {
                folded.append(contentsOf: base.unicodeScalars)
            } else {
                folded.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
    }
}
