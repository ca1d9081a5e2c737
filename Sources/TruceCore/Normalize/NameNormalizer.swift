/// Splits and cleans person names from CRM and lead exports, Russian and international.
///
/// Handles "Имя Фамилия", "Фамилия Имя Отчество", "Имя Отчество Фамилия", Turkic patronymics
/// ("Алиев Руслан Гасан оглы"), initials ("Иванов И.И."), "Smith, John", particles
/// ("Хендрик ван дер Берг") and caps-lock input. Which token is the given name is decided by
/// patronymic position, a list of common first names, then surname endings, then position.
public enum NameNormalizer {
    /// Splits a full name into first, last and middle parts; `full` is the cleaned input.
    /// Null markers and Meta test-lead filler give an empty name.
    public static func split(_ fullName: String) -> PersonName {
        let words = cleanedWords(fullName, respacing: true)
        let flat = Array(words.joined(separator: [" "]))
        let full = String(String.UnicodeScalarView(flat))
        if NormalizerText.isNullMarker(full) || NormalizerText.isTestLeadText(full) { return PersonName(full: "") }
        let commas = flat.indices.filter { flat[$0] == "," }
        if commas.isEmpty {
            var name = assign(groupedTokens(words).map(Token.init))
            name.full = full
            return name
        }
        if commas.count == 1 {
            let last = groupedTokens(spaceSplit(flat[..<commas[0]]))
            let rest = groupedTokens(spaceSplit(flat[(commas[0] + 1)...]))
            if !last.isEmpty && !rest.isEmpty {
                return PersonName(
                    first: string(rest[0]), last: string(Array(last.joined(separator: [" "]))),
                    middle: rest.count > 1 ? string(Array(rest.dropFirst().joined(separator: [" "]))) : nil, full: full)
            }
        }
        var name = assign(groupedTokens(spaceSplit(flat.map { $0 == "," ? " " : $0 }[...])).map(Token.init))
        name.full = full
        return name
    }

    private static func spaceSplit(_ scalars: ArraySlice<Unicode.Scalar>) -> [Scalars] {
        scalars.split(separator: " ").map(Array.init)
    }

    private static func string(_ scalars: Scalars) -> String {
        String(String.UnicodeScalarView(scalars))
    }

    /// Decides the role of each token.
    static func assign(_ tokens: [Token]) -> PersonName {
        switch tokens.count {
        case 0: return PersonName(full: "")
        case 1: return assignOne(tokens[0])
        case 2: return assignTwo(tokens[0], tokens[1])
        case 3: return assignThree(tokens[0], tokens[1], tokens[2])
        default: return assignMany(tokens)
        }
    }

    private static func name(_ first: Token?, _ last: Token?, _ middle: Token? = nil) -> PersonName {
        PersonName(first: first?.text, last: last?.text, middle: middle?.text, full: "")
    }

    private static func assignOne(_ token: Token) -> PersonName {
        !token.isKnownFirstName && token.looksLikeSurname ? name(nil, token) : name(token, nil)
    }

    private static func assignTwo(_ a: Token, _ b: Token) -> PersonName {
        if b.isStrictPatronymic { return name(a, nil, b) }
        switch (a.isInitial, b.isInitial) {
        case (true, true): return name(a, nil, b)
        case (true, false): return name(a, b)
        case (false, true): return name(b, a)
        case (false, false): break
        }
        switch (a.isKnownFirstName, b.isKnownFirstName) {
        case (true, false): return name(a, b)
        case (false, true): return name(b, a)
        default: return a.looksLikeSurname && !b.looksLikeSurname ? name(b, a) : name(a, b)
        }
    }

    private static func assignThree(_ a: Token, _ b: Token, _ c: Token) -> PersonName {
        if b.isInitial && c.isInitial && !a.isInitial { return name(b, a, c) }
        if a.isInitial && b.isInitial && !c.isInitial { return name(a, c, b) }
        if c.isPatronymic && !b.isStrictPatronymic {
            let givenFirst = a.isKnownFirstName && !b.isKnownFirstName && !a.looksLikeSurname
            return givenFirst ? name(a, b, c) : name(b, a, c)
        }
        if b.isPatronymic { return name(a, c, b) }
        if a.looksLikeSurname && !a.isKnownFirstName && b.isKnownFirstName { return name(b, a, c) }
        return name(a, c, b)
    }

    private static func assignMany(_ tokens: [Token]) -> PersonName {
        let count = tokens.count
        if tokens[count - 1].isPatronymic {
            let last = tokens[..<(count - 2)].map(\.text).joined(separator: " ")
            return PersonName(first: tokens[count - 2].text, last: last, middle: tokens[count - 1].text, full: "")
        }
        if tokens[1].isStrictPatronymic {
            let last = tokens[2...].map(\.text).joined(separator: " ")
            return PersonName(first: tokens[0].text, last: last, middle: tokens[1].text, full: "")
        }
        let middle = tokens[1..<(count - 1)].map(\.text).joined(separator: " ")
        return PersonName(first: tokens[0].text, last: tokens[count - 1].text, middle: middle, full: "")
    }
}
