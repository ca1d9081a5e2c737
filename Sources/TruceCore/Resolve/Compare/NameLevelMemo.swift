/// The levels of name pairs one worker has already compared, by the pair's exact-name hashes.
///
/// Names repeat: a few hundred first names and patronymics, and common surnames, meet each other
/// over and over in candidate and sampled pairs, and the comparisons that get this far (Jaro–
/// Winkler, diminutive typos, Damerau–Levenshtein) cost far more than a lookup. A level depends
/// only on the two names, which `NameFeature.exact` already stands for everywhere (equal hashes
/// are the `exact` level), so the memo returns what the comparison would.
///
/// Direct-mapped: a slot holds the last pair that hashed to it. Not shared between threads;
/// each parallel part makes its own.
final class NameLevelMemo {
    private static let slotCount = 1 << 13
    private let firsts: UnsafeMutablePointer<UInt64>
    private let seconds: UnsafeMutablePointer<UInt64>
    /// Per slot, `kind << 4 | level`, or `empty`.
    private let tags: UnsafeMutablePointer<UInt8>
    private static let empty: UInt8 = 0xFF

    init() {
        firsts = .allocate(capacity: Self.slotCount)
        seconds = .allocate(capacity: Self.slotCount)
        tags = .allocate(capacity: Self.slotCount)
        tags.initialize(repeating: Self.empty, count: Self.slotCount)
    }

    deinit {
        firsts.deallocate()
        seconds.deallocate()
        tags.deallocate()
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
        let key = StableHash.mix(a.exact &+ StableHash.mix(b.exact ^ UInt64(kind.rawValue)))
        let slot = Int(truncatingIfNeeded: key) & (Self.slotCount - 1)
        let tag = tags[slot]
        if tag >> 4 == kind.rawValue && firsts[slot] == a.exact && seconds[slot] == b.exact {
            return Int(tag & 0x0F)
        }
        let level = compute()
        firsts[slot] = a.exact
        seconds[slot] = b.exact
        tags[slot] = kind.rawValue << 4 | UInt8(level)
        return level
    }
}
