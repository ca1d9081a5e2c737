/// Lexing a phone cell: prefixes, list splitting and digit extraction.
extension PhoneNormalizer {
    /// Digits of one number and whether a leading `+` marked it international.
    struct ScannedNumber: Equatable {
        var digits: [UInt8]
        var hasPlus: Bool
    }

    /// Drops export artefacts in front of a number: `'`, `p:`/`p;` (Meta), `tel:`.
    ///
    /// Read from the bytes while they are ASCII (every prefix is, and so are nearly all
    /// numbers): an ASCII byte is its own scalar, so the same prefixes are dropped as by the
    /// scalar walk, which takes over when a byte past ASCII comes first.
    static func withoutPrefixes(_ text: String) -> String {
        let cut: Int? = text.withUTF8Bytes { bytes in
            var index = 0
            func starts(with prefix: StaticString) -> Bool {
                prefix.withUTF8Buffer { NormalizerText.hasASCIIPrefixCaseInsensitive(bytes, at: index, $0) }
            }
            while index < bytes.count {
                switch bytes[index] {
                case 0x80...: return nil
                case 0x09...0x0D, 0x20, UInt8(ascii: "'"): index += 1
                default:
                    if starts(with: "tel:") {
                        index += 4
                    } else if starts(with: "p:") || starts(with: "p;") {
                        index += 2
                    } else {
                        return index
                    }
                }
            }
            return index
        }
        guard let count = cut else { return withoutPrefixesByScalar(text) }
        return count == 0 ? text : String(Substring(text.utf8.dropFirst(count)))
    }

    private static func withoutPrefixesByScalar(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let rest = scalars[index...]
            if NormalizerText.isSpace(rest[index]) || rest[index] == "'" || rest[index] == "\u{2019}" {
                index = scalars.index(after: index)
            } else if NormalizerText.hasASCIIPrefixCaseInsensitive(rest, "tel:") {
                index = scalars.index(index, offsetBy: 4)
            } else if NormalizerText.hasASCIIPrefixCaseInsensitive(rest, "p:")
                || NormalizerText.hasASCIIPrefixCaseInsensitive(rest, "p;") {
                index = scalars.index(index, offsetBy: 2)
            } else {
                break
            }
        }
        return index == scalars.startIndex ? text : String(scalars[index...])
    }

    /// Whether a cell may list several numbers (`,` `;` LF CR `/` present).
    static func mayListSeveral(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x2C || $0 == 0x3B || $0 == 0x0A || $0 == 0x0D || $0 == 0x2F }
    }

    /// Splits a cell on `,` `;` line breaks and ` / `; a piece that is only an extension
    /// (`доб. 12` after a comma) stays with the number before it.
    static func pieces(of text: String) -> [String] {
        if !mayListSeveral(text) { return NormalizerText.isNullMarker(text) ? [] : [text] }
        var pieces: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        func flush() {
            let piece = NormalizerText.trimmed(String(current))
            current = String.UnicodeScalarView()
            guard !NormalizerText.isNullMarker(piece) else { return }
            if let last = pieces.last, startsWithExtension(piece) {
                pieces[pieces.count - 1] = last + " " + piece
            } else {
                pieces.append(piece)
            }
        }
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case ",", ";", "\n", "\r":
                flush()
            case "/" where isSpaced(scalars, index):
                flush()
            default:
                current.append(scalar)
            }
        }
        flush()
        return pieces
    }

    private static func isSpaced(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        let before = index > 0 && NormalizerText.isSpace(scalars[index - 1])
        let after = index + 1 < scalars.count && NormalizerText.isSpace(scalars[index + 1])
        return before || after
    }

    private static func startsWithExtension(_ piece: String) -> Bool {
        let lower = piece.lowercased()
        return extensionMarkers.contains { lower.hasPrefix($0) }
    }

    private static let extensionMarkers = ["доб", "ext", "x", "#", "вн"]

    /// Reads the digits of one number. Text before the first digit (labels, `+`, `(`) is skipped;
    /// letters, `#`, `*` or a second `+` after digits start an extension or a comment and end the number.
    static func scan(_ text: String) -> ScannedNumber? {
        var digits: [UInt8] = []
        digits.reserveCapacity(16)
        var hasPlus = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x30 && value <= 0x39 {
                digits.append(UInt8(value - 0x30))
            } else if digits.isEmpty {
                if scalar == "+" || scalar == "\u{FF0B}" { hasPlus = true }
            } else if !isSeparator(scalar) {
                break
            }
        }
        return digits.isEmpty ? nil : ScannedNumber(digits: digits, hasPlus: hasPlus)
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", ".", "(", ")", "/", "'", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}":
            return true
        default:
            return NormalizerText.isSpace(scalar) || NormalizerText.isInvisible(scalar)
        }
    }
}
