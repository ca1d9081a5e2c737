/// Whitespace and letter-case cleanup of a name or name part.
extension NameNormalizer {
    typealias Scalars = [Unicode.Scalar]

    /// Lowercase particles kept lowercase inside a name (`ван дер Берг`, `Ludwig van Beethoven`).
    static let particles: [Scalars] = [
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "la", "le",
        "bin", "ibn", "al", "ван", "фон", "дер", "де", "ди", "да", "дю", "ла", "ле", "аль", "ибн", "бен",
    ].map { Array($0.unicodeScalars) }

    /// Trims, collapses whitespace and fixes case (`"иВАН"` → `"Иван"`, `"o'neil"` → `"O'Neil"`).
    ///
    /// Case is only changed in a hyphen-separated segment written all upper, all lower or with
    /// caps lock inverted; deliberate mixed case such as `McDonald` or `DeVito` is kept.
    /// Particles between other words stay lowercase, and so do lowercase particles in front
    /// of a capitalized surname (`ван дер Берг`); Turkic `оглы`/`кызы` stay lowercase.
    public static func clean(_ part: String) -> String {
        var output = String.UnicodeScalarView()
        for (index, word) in cleanedWords(part).enumerated() {
            if index > 0 { output.append(" ") }
            output.append(contentsOf: word)
        }
        return String(output)
    }

    /// The cleaned words of `text`; `respacing` first repairs the spacing slips of a typed full name.
    static func cleanedWords(_ text: String, respacing: Bool = false) -> [Scalars] {
        let words = respacing ? respaced(scalarWords(text)) : scalarWords(text)
        let hasUppercase = words.contains { $0.contains { NormalizerText.letterCase($0) == .upper } }
        return words.enumerated().map { index, word in
            cleanWord(word, isFirst: index == 0, isLast: index == words.count - 1, inputHasUppercase: hasUppercase)
        }
    }

    /// Words separated by any whitespace; invisible characters are dropped.
    static func scalarWords(_ text: String) -> [Scalars] {
        var words: [Scalars] = []
        var current: Scalars = []
        for scalar in text.unicodeScalars {
            if NormalizerText.isSpace(scalar) {
                if !current.isEmpty { words.append(current) }
                current = []
            } else if !NormalizerText.isInvisible(scalar) {
                current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func cleanWord(_ word: Scalars, isFirst: Bool, isLast: Bool, inputHasUppercase: Bool) -> Scalars {
        let segments = word.split(separator: "-", omittingEmptySubsequences: false)
        guard segments.contains(where: needsCaseFix) else { return word }
        let lower = NormalizerText.lowercased(word)
        if !isFirst, turkicPatronymicMarkers.contains(lower) { return lower }
        if segments.count == 1, !isLast, particles.contains(lower) {
            // `ван дер Берг` was cased on purpose; in `ХЕНДРИК ВАН ДЕР БЕРГ` only inner particles go lowercase.
            if (word == lower && inputHasUppercase) || !isFirst { return lower }
        }
        var cleaned: Scalars = []
        cleaned.reserveCapacity(word.count)
        for (index, segment) in segments.enumerated() {
            if index > 0 { cleaned.append("-") }
            cleaned.append(contentsOf: needsCaseFix(segment) ? titleCased(NormalizerText.lowercased(segment)[...]) : Array(segment))
        }
        return cleaned
    }

    /// All cased letters upper, all lower, or only the first one lower (caps lock on).
    static func needsCaseFix(_ segment: ArraySlice<Unicode.Scalar>) -> Bool {
        var upper = 0, lower = 0, firstIsLower: Bool?
        for scalar in segment {
            switch NormalizerText.letterCase(scalar) {
            case .upper: upper += 1; if firstIsLower == nil { firstIsLower = false }
            case .lower: lower += 1; if firstIsLower == nil { firstIsLower = true }
            case .uncased: continue
            }
        }
        if upper + lower == 0 { return false }
        if upper == 0 || lower == 0 { return true }
        return firstIsLower == true && lower == 1
    }

    /// Capitalizes a lowercased segment: `o'neil` → `O'Neil`, `mcdonald` → `McDonald`,
    /// `и.и.` → `И.И.`, `мар'яна` → `Мар'яна`.
    static func titleCased(_ lower: ArraySlice<Unicode.Scalar>) -> Scalars {
        guard let head = lower.first else { return [] }
        let start = lower.startIndex
        var result: Scalars = []
        if lower.count > 2, apostrophes.contains(lower[start + 1]), NormalizerText.isLetter(head) {
            NormalizerText.appendUppercased(head, to: &result)
            result.append(lower[start + 1])
            return result + titleCased(lower[(start + 2)...])
        }
        if lower.count > 2, head == "m", lower[start + 1] == "c", NormalizerText.isLetter(lower[start + 2]) {
            result = ["M", "c"]
            return result + titleCased(lower[(start + 2)...])
        }
        var previous: Unicode.Scalar = "."
        var sawLetter = false
        for scalar in lower {
            // The first letter (after any leading punctuation) and letters after a dot go upper.
            if previous == "." || (!sawLetter && NormalizerText.isLetter(scalar)) {
                NormalizerText.appendUppercased(scalar, to: &result)
            } else {
                result.append(scalar)
            }
            sawLetter = sawLetter || NormalizerText.isLetter(scalar)
            previous = scalar
        }
        return result
    }

    static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{02BC}", "`"]
}
