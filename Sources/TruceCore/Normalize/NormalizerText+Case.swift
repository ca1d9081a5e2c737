/// Letter case of single scalars with fast paths for ASCII, Latin-1 and Cyrillic, where
/// Unicode property lookups would dominate the cost of a name.
extension NormalizerText {
    enum LetterCase { case upper, lower, uncased }

    static func letterCase(_ scalar: Unicode.Scalar) -> LetterCase {
        switch scalar.value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x400...0x42F: return .upper
        case 0x61...0x7A, 0xDF...0xF6, 0xF8...0xFF, 0x430...0x45F: return .lower
        case 0...0x7F, 0x80...0xBF, 0xD7, 0xF7: return .uncased
        default:
            let properties = scalar.properties
            if properties.isUppercase { return .upper }
            return properties.isLowercase ? .lower : .uncased
        }
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF, 0x400...0x45F: return true
        case 0...0x7F: return false
        default: return scalar.properties.isAlphabetic
        }
    }

    static func appendLowercased(_ scalar: Unicode.Scalar, to output: inout [Unicode.Scalar]) {
        if let lower = lowercasedByOffset(scalar) {
            output.append(lower)
        } else {
            output.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }

    /// The lower-case form of an ASCII, Latin-1 or basic Cyrillic scalar, a fixed offset away
    /// (or the scalar itself); nil for other scalars, which need the Unicode tables.
    static func lowercasedByOffset(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x410...0x42F: Unicode.Scalar(scalar.value + 0x20)
        case 0x400...0x40F: Unicode.Scalar(scalar.value + 0x50)
        case 0...0x7F, 0xDF...0xFF, 0x430...0x45F: scalar
        default: nil
        }
    }

    static func appendUppercased(_ scalar: Unicode.Scalar, to output: inout [Unicode.Scalar]) {
        switch scalar.value {
        case 0x61...0x7A, 0xE0...0xF6, 0xF8...0xFE, 0x430...0x44F:
            output.append(Unicode.Scalar(scalar.value - 0x20) ?? scalar)
        case 0x450...0x45F:
            output.append(Unicode.Scalar(scalar.value - 0x50) ?? scalar)
        case 0...0x7F, 0xC0...0xDE, 0x400...0x42F:
            output.append(scalar)
        default:
            // `ß` and other special mappings: the full mapping, as `String.uppercased()` does.
            output.append(contentsOf: scalar.properties.uppercaseMapping.unicodeScalars)
        }
    }

    static func lowercased(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        for scalar in scalars { appendLowercased(scalar, to: &output) }
        return output
    }
}
