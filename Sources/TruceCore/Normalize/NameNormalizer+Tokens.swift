/// Name tokens and their classification: initials, patronymics, surname endings, titles.
extension NameNormalizer {
    /// Patronymic endings that are rarely surnames.
    static let patronymicEndings = utf8(["ович", "евич", "овна", "евна", "ична", "ovich", "evich", "ovna", "evna", "ichna"])

    /// The short ending of `Ильич`, `Кузьмич`, trusted only where a patronymic is expected.
    static let shortPatronymicEndings = utf8(["ич", "ich"])

    /// Turkic patronymic markers written as a separate word after the father's name (`Гасан оглы`).
    static let turkicMarkerNames = ["оглы", "кызы", "гызы", "улы", "уулу", "угли", "кизи", "ogly", "oglu", "kyzy", "qizi", "ugli"]
    static let turkicPatronymicMarkers: [Scalars] = turkicMarkerNames.map { Array($0.unicodeScalars) }
    static let turkicMarkerKeys = utf8(turkicMarkerNames)

    /// Typical Russian, Ukrainian, Armenian and Georgian surname endings (Cyrillic and Latin).
    static let surnameEndings = utf8([
        "ов", "ев", "ин", "ын", "ова", "ева", "ина", "ына", "ский", "ская", "цкий", "цкая", "ской", "ых", "их",
        "енко", "чук", "швили", "дзе", "ян", "янц", "ov", "ova", "ev", "eva", "sky", "skiy", "skii",
        "skaya", "enko", "shvili", "dze", "yan",
    ])

    /// Honorifics dropped from the parts (they stay in `full`), lowercase without dots.
    static let honorifics: [Scalars] = ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "г-н", "г-жа", "господин", "госпожа"]
        .map { Array($0.unicodeScalars) }

    static func utf8(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

    /// One name token with everything the splitter asks about it, computed once.
    struct Token {
        let text: String
        let isInitial: Bool
        let isKnownFirstName: Bool
        let looksLikeSurname: Bool
        /// A patronymic by a long ending or a Turkic marker.
        let isStrictPatronymic: Bool
        /// Also the short `-ич` ending (`Ильич`), which surnames such as `Бабич` share.
        let isPatronymic: Bool

        init(_ scalars: Scalars) {
            text = String(String.UnicodeScalarView(scalars))
            let keyScalars = NameNormalizer.matchKeyScalars(scalars)
            var key: [UInt8] = []
            key.reserveCapacity(keyScalars.count * 2)
            for scalar in keyScalars { UTF8.encode(scalar) { key.append($0) } }
            let length = keyScalars.count
            let first = scalars.first { $0 != "." }
            let letterCount = scalars.count - scalars.count { $0 == "." }
            isInitial = letterCount == 1 && scalars.count <= 2 && first.map(NormalizerText.isLetter) == true
            isKnownFirstName = NameNormalizer.knownFirstNames.contains(NameKey(key))
            let hasSpace = scalars.contains(" ")
            if hasSpace {
                let lastWord = Array(key.split(separator: UInt8(ascii: " ")).last ?? [])
                isStrictPatronymic = NameNormalizer.turkicMarkerKeys.contains(lastWord)
            } else {
                isStrictPatronymic = length > 5 && NameNormalizer.patronymicEndings.contains { key.hasSuffix($0) }
            }
            let shortEnding = length > 4 && !hasSpace && NameNormalizer.shortPatronymicEndings.contains { key.hasSuffix($0) }
            isPatronymic = isStrictPatronymic || shortEnding
            looksLikeSurname = hasSpace || (length > 3 && NameNormalizer.surnameEndings.contains { key.hasSuffix($0) })
        }
    }

    /// Splits glued initials: `И.И.` → `И.`, `И.`; `И.Иванов` → `И.`, `Иванов`.
    static func expandedInitials(_ word: Scalars) -> [Scalars] {
        guard word.count > 2, word.contains(".") else { return [word] }
        let segments = word.split(separator: ".", omittingEmptySubsequences: true)
        guard segments.count >= 2,
              segments.dropLast().allSatisfy({ $0.count == 1 && NormalizerText.isLetter($0[$0.startIndex]) })
        else { return [word] }
        var expanded = segments.dropLast().map { Array($0) + ["."] }
        let tail = Array(segments[segments.count - 1])
        expanded.append(tail.count == 1 && word.last == "." ? tail + ["."] : tail)
        return expanded
    }

    /// Name tokens: initials expanded, honorifics dropped, particles glued to the following
    /// surname, Turkic patronymic markers glued to the father's name.
    static func groupedTokens(_ words: [Scalars]) -> [Scalars] {
        var expanded = words.flatMap(expandedInitials).filter { $0.contains(where: NormalizerText.isLetter) }
        while expanded.count > 1, expanded[0].count <= 9,
              honorifics.contains(NormalizerText.lowercased(expanded[0].filter { $0 != "." })) {
            expanded.removeFirst()
        }
        var grouped: [Scalars] = []
        var pending: Scalars = []
        for (index, token) in expanded.enumerated() {
            // Particles and Turkic markers are all short words.
            let lower = token.count <= 5 ? NormalizerText.lowercased(token) : []
            if index > 0, index < expanded.count - 1, particles.contains(lower) {
                pending += token + [" "]
            } else if pending.isEmpty, !grouped.isEmpty, turkicPatronymicMarkers.contains(lower) {
                grouped[grouped.count - 1] += [" "] + token
            } else {
                grouped.append(pending + token)
                pending = []
            }
        }
        return grouped
    }
}

private extension Array where Element == UInt8 {
    func hasSuffix(_ suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
