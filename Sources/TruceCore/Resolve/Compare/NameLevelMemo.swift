/// The levels of name pairs one worker has already compared, by the pair's exact-name hashes.
///
/// Names repeat: a few hundred first names and patronymics, and common surnames, meet each other
/// over and over in candidate and sampled pairs, and the comparisons that get this far (Jaro–
/// Winkler, diminutive typos, Damerau–Levenshtein) cost far more than a lookup. A level depends
/// only on the two names, which `NameFeature.exact` already stands for everywhere (equal hashes
/// are the `exact` level), so the memo returns what the comparison would.
typealias NameLevelMemo = DirectMappedMemo<NamePair, UInt8>

/// Two names in order, and the comparison made of them.
struct NamePair: Equatable {
    let first: UInt64
    let second: UInt64
    let kind: NameLevels.Kind
}

extension DirectMappedMemo where Key == NamePair, Value == UInt8 {
    convenience init() {
        self.init(slots: 1 << 13)
    }

    /// `compute(a, b)`, through `memo` when there is one.
    @inline(__always)
    static func level(_ memo: NameLevelMemo?, _ kind: NameLevels.Kind, _ a: NameFeature, _ b: NameFeature,
                      _ compute: (NameFeature, NameFeature) -> Int) -> Int {
        guard let memo else { return compute(a, b) }
        return memo.level(kind, a, b) { compute(a, b) }
    }

    /// The level of `kind` for names `a` and `b`: remembered, or `compute()` remembered.
    @inline(__always)
    func level(_ kind: NameLevels.Kind, _ a: NameFeature, _ b: NameFeature, _ compute: () -> Int) -> Int {
        let hash = StableHash.mix(a.exact &+ StableHash.mix(b.exact ^ UInt64(kind.rawValue)))
        return Int(value(NamePair(first: a.exact, second: b.exact, kind: kind), hash: hash) { UInt8(compute()) })
    }
}
