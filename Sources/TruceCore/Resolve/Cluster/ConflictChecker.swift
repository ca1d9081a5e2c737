/// Decides whether two records are clearly different people, whatever links them through others.
///
/// A cannot-link is a conflict. So is the `different` level of a comparison listed in `conflicts`
/// (by default two different known first names, or different patronymics) unless the pair itself is a
/// confident, corroborated match (a typo'd name with the same email and phone). Clustering never
/// joins two clusters holding a conflicting pair, so a chain A~B~C cannot glue two people together.
struct ConflictChecker: Sendable {
    let features: FeatureStore
    let comparer: PairComparer
    let scorer: PairScorer
    let matchWeight: Double
    let conflicts: [MatchField]
    /// Cannot-link pairs as record-index keys (`a << 32 | b`, a < b).
    let cannotLink: Set<UInt64>

    /// The reason `a` and `b` cannot be one person, or nil.
    func conflict(_ a: Int, _ b: Int) -> Conflict? {
        let (x, y) = (min(a, b), max(a, b))
        if cannotLink.contains(UInt64(x) << 32 | UInt64(y)) { return .cannotLink }
        if conflicts.isEmpty { return nil }
        let comparison = comparer.compare(x, y, in: features)
        guard let field = conflicts.first(where: { field in
            guard comparison.level(field) == field.differentLevel else { return false }
            // Two known first names that differ are two people; an unknown token may be a typo.
            return field != .firstName || bothKnownFirstNames(x, y, swapped: comparison.swappedNames)
        }) else { return nil }
        if PairComparer.isCorroborated(comparison) && scorer.weight(comparison) >= matchWeight { return nil }
        return .different(field)
    }
}

extension ConflictChecker {
    /// Whether the compared first names (after any swap) are both names Truce knows.
    func bothKnownFirstNames(_ x: Int, _ y: Int, swapped: Bool) -> Bool {
        let a = features[x], b = features[y]
        return (swapped ? a.last : a.first).isKnownFirstName && b.first.isKnownFirstName
    }
}
