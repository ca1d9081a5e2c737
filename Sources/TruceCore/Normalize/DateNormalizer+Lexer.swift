/// Tokens of a date cell and a cursor to match them.
extension DateNormalizer {
    enum Token: Equatable {
        /// A digit run: its value (first 9 digits) and its length.
        case number(Int, digits: Int)
        /// A letter run, lowercased, with a directly following dot absorbed (`сент.`, `г.`).
        case word(String)
        /// One punctuation character; `−` is read as `-`.
        case symbol(Unicode.Scalar)
        /// One or more spaces.
        case space
    }

    static func tokenize(_ scalars: some Sequence<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        var letters = String.UnicodeScalarView()
        var value = 0, digits = 0
        func flush() {
            if digits > 0 { tokens.append(.number(value, digits: digits)) }
            if !letters.isEmpty { tokens.append(.word(String(letters).lowercased())) }
            value = 0; digits = 0; letters = String.UnicodeScalarView()
        }
        for scalar in scalars {
            if NormalizerText.isDigit(scalar) {
                if !letters.isEmpty { flush() }
                if digits < 9 { value = value * 10 + Int(scalar.value - 0x30) }
                digits += 1
            } else if scalar.properties.isAlphabetic {
                if digits > 0 { flush() }
                letters.append(scalar)
            } else if scalar == ".", !letters.isEmpty {
                flush()
            } else {
                flush()
                if NormalizerText.isSpace(scalar) {
                    if tokens.last != .space { tokens.append(.space) }
                } else if !NormalizerText.isInvisible(scalar) {
                    tokens.append(.symbol(scalar == "\u{2212}" ? "-" : scalar))
                }
            }
        }
        flush()
        return tokens
    }

    /// A read position in a token list; every `take…` consumes only on success.
    struct Cursor {
        let tokens: [Token]
        var index = 0

        var isAtEnd: Bool { index >= tokens.count }
        var peek: Token? { isAtEnd ? nil : tokens[index] }

        mutating func number(digits allowed: ClosedRange<Int>) -> Int? {
            guard case .number(let value, let digits)? = peek, allowed.contains(digits) else { return nil }
            index += 1
            return value
        }

        /// A fraction of a second as nanoseconds.
        mutating func nanoseconds() -> Int? {
            guard case .number(let value, let digits)? = peek else { return nil }
            index += 1
            var nanos = value
            for _ in 0..<max(0, 9 - digits) { nanos *= 10 }
            return nanos
        }

        mutating func symbol(_ allowed: Set<Unicode.Scalar>) -> Unicode.Scalar? {
            guard case .symbol(let scalar)? = peek, allowed.contains(scalar) else { return nil }
            index += 1
            return scalar
        }

        mutating func word(in allowed: Set<String>) -> String? {
            guard case .word(let word)? = peek, allowed.contains(word) else { return nil }
            index += 1
            return word
        }

        mutating func month() -> Int? {
            guard case .word(let word)? = peek, let month = DateNormalizer.monthNumbers[word] else { return nil }
            index += 1
            return month
        }

        /// Skips one space token if present.
        mutating func skipSpace() {
            if peek == .space { index += 1 }
        }
    }
}
