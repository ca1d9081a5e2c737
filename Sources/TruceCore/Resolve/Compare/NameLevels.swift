/// Levels of the name comparisons; indices match `MatchField.levels`.
enum NameLevels {
    /// Jaro–Winkler on skeletons at or above which names differ by a typo.
    static let typoSimilarity = 0.92
    /// Jaro–Winkler at or above which names are similar (two typos, a dropped syllable).
    static let similarSimilarity = 0.8

    /// The three name comparisons, as `NameLevelMemo` tells them apart.
    enum Kind: UInt8 {
        case first, surname, middle
    }

    /// `first_name`: null, exact, folded, translit, nickname (a diminutive, or a typo of the
    /// other's full form), typo, similar, initial, different. The similarity part goes through
    /// `memo` when there is one.
    static func first(_ a: NameFeature, _ b: NameFeature, memo: NameLevelMemo? = nil) -> Int {
        guard a.isPresent && b.isPresent else { return 0 }
        if a.exact == b.exact { return 1 }
        if a.folded == b.folded { return 2 }
        if a.skeleton == b.skeleton { return 3 }
        if a.isInitial || b.isInitial { return a.initials & b.initials != 0 ? 7 : 8 }
        if NicknameGroups.intersect(a.nicknames, b.nicknames) { return 4 }
        return NameLevelMemo.level(memo, .first, a, b, firstBySimilarity)
    }

    /// The levels of `first` that need string similarity.
    private static func firstBySimilarity(_ a: NameFeature, _ b: NameFeature) -> Int {
        let similarity = StringSimilarity.jaroWinkler(a.skeleton, b.skeleton, atLeast: similarSimilarity)
        if similarity >= typoSimilarity { return 5 }
        if NicknameGroups.isTypoOfFullForm(a.skeleton, groups: b.nicknames)
            || NicknameGroups.isTypoOfFullForm(b.skeleton, groups: a.nicknames) { return 4 }
        if isShortNameTypo(a, b) { return 5 }
        return similarity >= similarSimilarity ? 6 : 8
    }

    /// One letter dropped, added, changed or swapped in a short name (`Нимита`/`Никита`,
    /// `Анрон`/`Антон`), where Jaro–Winkler punishes a single slip too hard. A dropped letter can
    /// leave a doubled one that the skeleton collapses (`Еена` → `ena`, `Елена` → `elena`), so a
    /// skeleton two letters shorter that is an in-order subset with the same first letter counts
    /// too. Two names Truce knows (`Анна`/`Инна`) are two names, never a typo.
    static func isShortNameTypo(_ a: NameFeature, _ b: NameFeature) -> Bool {
        guard !(a.isKnownFirstName && b.isKnownFirstName) else { return false }
        let (x, y) = (a.skeleton.count, b.skeleton.count)
        guard min(x, y) >= 3, abs(x - y) <= 2 else { return false }
        // Damerau–Levenshtein at most 1, checked in one pass rather than with the full table.
        if x == y { return StringSimilarity.withinOneEdit(a.skeleton, b.skeleton) }
        if abs(x - y) == 1 { return StringSimilarity.withinOneInsertion(a.skeleton, b.skeleton) }
        let (short, long) = x < y ? (a.skeleton, b.skeleton) : (b.skeleton, a.skeleton)
        return short.withBytes { s in
            long.withBytes { l in
                guard s[0] == l[0] else { return false }
                var position = 0
                for byte in l where position < s.count && byte == s[position] { position += 1 }
                return position == s.count
            }
        }
    }

    /// `surname`: null, exact, folded, translit, gender_form, typo, similar, different. The
    /// similarity part goes through `memo` when there is one.
    static func surname(_ a: NameFeature, _ b: NameFeature, memo: NameLevelMemo? = nil) -> Int {
        guard a.isPresent && b.isPresent else { return 0 }
        if a.exact == b.exact { return 1 }
        if a.folded == b.folded { return 2 }
        if a.skeleton == b.skeleton { return 3 }
        if a.stem == b.stem { return 4 }
        if a.isInitial || b.isInitial { return 7 }
        return NameLevelMemo.level(memo, .surname, a, b, surnameBySimilarity)
    }

    /// The levels of `surname` that need string similarity.
    private static func surnameBySimilarity(_ a: NameFeature, _ b: NameFeature) -> Int {
        let similarity = StringSimilarity.jaroWinkler(a.skeleton, b.skeleton, atLeast: similarSimilarity)
        if similarity >= typoSimilarity { return 5 }
        return similarity >= similarSimilarity ? 6 : 7
    }

    /// `middle_name`: null, exact, folded, translit, typo, initial, different. The similarity
    /// part goes through `memo` when there is one.
    static func middle(_ a: NameFeature, _ b: NameFeature, memo: NameLevelMemo? = nil) -> Int {
        guard a.isPresent && b.isPresent else { return 0 }
        if a.exact == b.exact { return 1 }
        if a.folded == b.folded { return 2 }
        if a.skeleton == b.skeleton { return 3 }
        if a.isInitial || b.isInitial { return a.initials & b.initials != 0 ? 5 : 6 }
        return NameLevelMemo.level(memo, .middle, a, b, middleBySimilarity)
    }

    /// The levels of `middle` that need string similarity.
    private static func middleBySimilarity(_ a: NameFeature, _ b: NameFeature) -> Int {
        StringSimilarity.jaroWinkler(a.skeleton, b.skeleton, atLeast: typoSimilarity) >= typoSimilarity ? 4 : 6
    }

    /// How well a name alignment agrees, to choose between straight and swapped order.
    static func strength(first: Int, last: Int) -> Int {
        let firstScore = [0, 4, 4, 4, 3, 3, 2, 1, -1][first]
        let lastScore = [0, 4, 4, 4, 2, 3, 2, -1][last]
        return firstScore + lastScore
    }

    static func isStrong(first: Int) -> Bool { (1...5).contains(first) }
    static func isStrong(last: Int) -> Bool { (1...3).contains(last) || last == 5 }
}
