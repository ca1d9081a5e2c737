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

    /// How `lowercased(text:)` lowers a text, decided from its UTF-8 bytes (two per scalar
    /// past ASCII in these ranges: `C3` Latin-1, `D0` and `D1` basic Cyrillic).
    enum FixedOffsetCase {
        /// Every scalar is ASCII, Latin-1 or basic Cyrillic, none upper-case.
        case unchanged
        /// Every scalar is in those ranges, some upper-case.
        case lowered
        /// Some scalar is outside them (or is `×`), so `String.lowercased()` decides.
        case needsTables

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            var upper = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    upper = upper || (byte >= 0x41 && byte <= 0x5A)
                    index += 1
                    continue
                }
                // Strings hold valid UTF-8: a lead byte below E0 has one continuation byte.
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                switch (byte, next) {
                case (0xC3, 0x97): self = .needsTables; return
                case (0xC3, 0x80...0xBF): upper = upper || next <= 0x9E
                case (0xD0, 0x80...0xBF): upper = upper || next <= 0xAF
                case (0xD1, 0x80...0x9F): break
                default: self = .needsTables; return
                }
                index += 2
            }
            self = upper ? .lowered : .unchanged
        }

        /// Lowers, in place, bytes this type found `.lowered`: each upper-case letter's lower-case
        /// form is `lowercasedByOffset`'s, as long in UTF-8.
        static func lower(_ bytes: UnsafeMutableBufferPointer<UInt8>) {
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    bytes[index] = NormalizerText.asciiLowered(byte)
                    index += 1
                    continue
                }
                let next = bytes[index + 1]
                switch (byte, next) {
                case (0xC3, 0x80...0x9E): bytes[index + 1] = next + 0x20
                case (0xD0, 0x80...0x8F): (bytes[index], bytes[index + 1]) = (0xD1, next + 0x10)
                case (0xD0, 0x90...0x9F): bytes[index + 1] = next + 0x20
                case (0xD0, 0xA0...0xAF): (bytes[index], bytes[index + 1]) = (0xD1, next - 0x20)
                default: break
                }
                index += 2
            }
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
