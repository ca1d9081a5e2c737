/// Parsing with an explicit format (`dd/MM/yyyy`, `M/d/yyyy H:mm`, `yyyy-MM-dd'T'HH:mm:ssXXX`).
extension DateNormalizer {
    /// One element of a format string.
    enum FormatPiece: Equatable {
        /// A run of one pattern letter: `yyyy`, `MM`, `d`, `HH`, `SSS`, `a`, `XXX`.
        case field(Unicode.Scalar, count: Int)
        /// A character that must appear as is (ASCII letters compare case-insensitively).
        case literal(Unicode.Scalar)
        /// One or more spaces.
        case space
    }

    static let patternLetters: Set<Unicode.Scalar> = ["y", "Y", "M", "d", "D", "H", "h", "m", "s", "S", "a", "X", "Z"]

    static func formatPieces(_ format: String) -> [FormatPiece] {
        var pieces: [FormatPiece] = []
        var quoted = false
        var previousWasQuote = false
        for scalar in format.unicodeScalars {
            if scalar == "'" {
                if previousWasQuote { pieces.append(.literal("'")) }
                quoted.toggle()
                previousWasQuote = !previousWasQuote
                continue
            }
            previousWasQuote = false
            if NormalizerText.isSpace(scalar) {
                if pieces.last != .space { pieces.append(.space) }
            } else if !quoted, patternLetters.contains(scalar) {
                if case .field(let letter, let count)? = pieces.last, letter == scalar {
                    pieces[pieces.count - 1] = .field(scalar, count: count + 1)
                } else {
                    pieces.append(.field(scalar, count: 1))
                }
            } else {
                pieces.append(.literal(scalar))
            }
        }
        return pieces
    }

    /// Reads `input` as `format`; a time of day after a date-only format is accepted too.
    static func formattedFields(_ input: [Unicode.Scalar], format: String) -> Normalized<Fields> {
        var reader = FormatReader(input: input)
        var fields = Fields()
        var sawTime = false
        let pieces = formatPieces(format)
        for (position, piece) in pieces.enumerated() {
            if reader.index == input.count, piece == .space, pieces[position...].allSatisfy(isTimePiece) { break }
            guard reader.read(piece, into: &fields, sawTime: &sawTime) else {
                return .rejected(syntax("date does not match the column's format"))
            }
        }
        if reader.index < input.count {
            guard !sawTime else { return .rejected(syntax("date has text after the column's format")) }
            var cursor = Cursor(tokens: tokenize(input[reader.index...]))
            guard timeTail(&cursor, &fields), cursor.isAtEnd else {
                return .rejected(syntax("date has text after the column's format"))
            }
        }
        return .value(fields)
    }

    /// Pieces of a time-of-day part, which a date-only cell may omit (`dd.MM.yyyy HH:mm` reads `01.09.2026`).
    static func isTimePiece(_ piece: FormatPiece) -> Bool {
        switch piece {
        case .space: return true
        case .literal(let scalar): return [":", ".", ",", "T"].contains(scalar)
        case .field(let letter, _): return "HhmsSaXZ".unicodeScalars.contains(letter)
        }
    }

    /// Consumes input scalars piece by piece.
    struct FormatReader {
        let input: [Unicode.Scalar]
        var index = 0

        mutating func read(_ piece: FormatPiece, into fields: inout Fields, sawTime: inout Bool) -> Bool {
            switch piece {
            case .space:
                let start = index
                while index < input.count, NormalizerText.isSpace(input[index]) { index += 1 }
                return index > start
            case .literal(let expected):
                guard index < input.count, lowered(input[index]) == lowered(expected) else { return false }
                index += 1
                return true
            case .field(let letter, let count):
                if "HhmsSa".unicodeScalars.contains(letter) { sawTime = true }
                return readField(letter, count: count, into: &fields)
            }
        }

        private mutating func readField(_ letter: Unicode.Scalar, count: Int, into fields: inout Fields) -> Bool {
            switch letter {
            case "y", "Y":
                guard let year = digits(count == 2 ? 2...2 : 4...4) else { return false }
                fields.year = count == 2 ? 2000 + year : year
            case "M" where count >= 3:
                guard let month = DateNormalizer.monthNumbers[word()] else { return false }
                if index < input.count, input[index] == "." { index += 1 }
                fields.month = month
            case "M": guard let value = digits(1...2) else { return false }; fields.month = value
            case "d", "D": guard let value = digits(1...2) else { return false }; fields.day = value
            case "H", "h": guard let value = digits(1...2) else { return false }; fields.hour = value
            case "m": guard let value = digits(1...2) else { return false }; fields.minute = value
            case "s": guard let value = digits(1...2) else { return false }; fields.second = value
            case "S":
                let start = index
                guard let value = digits(1...9) else { return false }
                var nanos = value
                for _ in 0..<(9 - (index - start)) { nanos *= 10 }
                fields.nanosecond = nanos
            case "a":
                switch word() {
                case "am": fields.isPM = false
                case "pm": fields.isPM = true
                default: return false
                }
            default:
                return readZone(into: &fields)
            }
            return true
        }

        private mutating func readZone(into fields: inout Fields) -> Bool {
            var cursor = Cursor(tokens: DateNormalizer.tokenize(input[index...]))
            var probe = fields
            guard DateNormalizer.zoneOnly(&cursor, &probe), cursor.isAtEnd else { return false }
            fields.offset = probe.offset
            index = input.count
            return true
        }

        private mutating func digits(_ allowed: ClosedRange<Int>) -> Int? {
            var value = 0, count = 0
            while index < input.count, count < allowed.upperBound, NormalizerText.isDigit(input[index]) {
                value = value * 10 + Int(input[index].value - 0x30)
                count += 1
                index += 1
            }
            return allowed.contains(count) ? value : nil
        }

        private mutating func word() -> String {
            var letters = String.UnicodeScalarView()
            while index < input.count, input[index].properties.isAlphabetic {
                letters.append(input[index])
                index += 1
            }
            return String(letters).lowercased()
        }

        private func lowered(_ scalar: Unicode.Scalar) -> UInt32 {
            (0x41...0x5A).contains(scalar.value) ? scalar.value | 0x20 : scalar.value
        }
    }
}
