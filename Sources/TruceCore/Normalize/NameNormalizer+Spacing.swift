/// Repairs the spacing slips of hand-typed full names before they are split.
///
/// Managers' sheets hold names typed in a hurry: `РусланРадборский` (space missed),
/// `ДашаН овикская` and `Виктори яЛасжарова` (space one letter off), `МаксимeФомин` (a Latin
/// letter where the space was), and look-alike letters of the other alphabet inside a word
/// (`Пeтров` with a Latin `e`). Russian names never carry a capital inside a word, so a
/// lower-to-upper step in Cyrillic is a missing space; in Latin script deliberate inner capitals
/// are common (`McDonald`, `DeVito`), so a Latin word is only cut after a known first name
/// (`JohnSmith`).
extension NameNormalizer {
    /// The words of a full name with spacing slips repaired.
    static func respaced(_ words: [Scalars]) -> [Scalars] {
        var result: [Scalars] = []
        result.reserveCapacity(words.count + 1)
        for word in words { result += gluedWordsSplit(word).map(homoglyphsFolded) }
        return strayCapitalsShifted(result)
    }

    enum Script { case cyrillic, latin, other }

    static func script(_ scalar: Unicode.Scalar) -> Script {
        switch scalar.value {
        case 0x0400...0x04FF: return .cyrillic
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: return NormalizerText.isLetter(scalar) ? .latin : .other
        default: return .other
        }
    }

    /// Latin letters that look like Cyrillic ones, and back.
    static let latinToCyrillic: [Unicode.Scalar: Unicode.Scalar] = [
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т",
        "X": "Х", "Y": "У", "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у",
    ]
    static let cyrillicToLatin: [Unicode.Scalar: Unicode.Scalar] = Dictionary(
        uniqueKeysWithValues: latinToCyrillic.map { ($0.value, $0.key) })

    /// A word written mostly in one alphabet with look-alike letters of the other gets them
    /// replaced (`Пeтров` → `Петров`); words without a clear majority are left alone.
    static func homoglyphsFolded(_ word: Scalars) -> Scalars {
        var cyrillic = 0, latin = 0
        for scalar in word {
            switch script(scalar) {
            case .cyrillic: cyrillic += 1
            case .latin: latin += 1
            case .other: break
            }
        }
        guard cyrillic > 0 && latin > 0 else { return word }
        if cyrillic >= 2 && cyrillic > latin {
            return word.map { script($0) == .latin ? latinToCyrillic[$0] ?? $0 : $0 }
        }
        if latin >= 2 && latin > cyrillic {
            return word.map { script($0) == .cyrillic ? cyrillicToLatin[$0] ?? $0 : $0 }
        }
        return word
    }

    /// Cuts a word where a space was missed: `РусланРадборский` → `Руслан`, `Радборский`; a
    /// stray Latin letter typed for the space inside a Cyrillic word goes (`АндрейrСлоов`).
    static func gluedWordsSplit(_ word: Scalars) -> [Scalars] {
        var pieces: [Scalars] = []
        var start = 0
        for index in word.indices.dropFirst() {
            guard let end = missedSpace(in: word, before: index) else { continue }
            let left = Array(word[start..<end])
            if mayCut(left, rest: word[index...]) {
                pieces.append(left)
                start = index
            }
        }
        pieces.append(Array(word[start...]))
        return pieces
    }

    /// Where the piece before `index` ends when a space was missed there: a lower-to-upper step in
    /// one script, or one position earlier when a Latin letter inside Cyrillic stood for the space.
    private static func missedSpace(in word: Scalars, before index: Int) -> Int? {
        let scalar = word[index], before = word[index - 1]
        guard NormalizerText.letterCase(scalar) == .upper else { return nil }
        if NormalizerText.letterCase(before) == .lower && script(before) == script(scalar) { return index }
        let strayLatin = script(before) == .latin && script(scalar) == .cyrillic && index >= 2
            && NormalizerText.letterCase(word[index - 2]) == .lower && script(word[index - 2]) == .cyrillic
        return strayLatin ? index - 1 : nil
    }

    private static func mayCut(_ left: Scalars, rest: ArraySlice<Unicode.Scalar>) -> Bool {
        let leftLetters = left.count(where: NormalizerText.isLetter)
        let rightLetters = rest.count(where: NormalizerText.isLetter)
        guard leftLetters >= 2 && rightLetters >= 2, let head = left.first else { return false }
        switch script(head) {
        case .cyrillic: return true
        case .latin: return leftLetters >= 3 && Token(left).isKnownFirstName
        case .other: return false
        }
    }

    /// Moves a letter that landed on the wrong side of a space: `ДашаН овикская` → `Даша Новикская`,
    /// `Виктори яЛасжарова` → `Виктория Ласжарова`.
    static func strayCapitalsShifted(_ words: [Scalars]) -> [Scalars] {
        guard words.count >= 2 else { return words }
        var words = words
        for index in 1..<words.count {
            let left = words[index - 1], right = words[index]
            guard left.count >= 3, right.count >= 3 else { continue }
            let leftLast = left[left.count - 1], leftBefore = left[left.count - 2]
            let rightFirst = right[0], rightSecond = right[1]
            let sameScript = script(leftLast) == script(rightFirst) && script(leftLast) != .other
            guard sameScript else { continue }
            if NormalizerText.letterCase(leftLast) == .upper && NormalizerText.letterCase(leftBefore) == .lower
                && !right.contains(where: { NormalizerText.letterCase($0) == .upper })
                && NormalizerText.letterCase(rightFirst) == .lower {
                words[index - 1].removeLast()
                words[index].insert(leftLast, at: 0)
            } else if NormalizerText.letterCase(rightFirst) == .lower && NormalizerText.letterCase(rightSecond) == .upper
                        && NormalizerText.letterCase(leftLast) == .lower {
                words[index - 1].append(rightFirst)
                words[index].removeFirst()
            }
        }
        return words
    }
}
