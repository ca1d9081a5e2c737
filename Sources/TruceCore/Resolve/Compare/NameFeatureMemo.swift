/// The name features one worker has already worked out, by the hash of the name's text.
///
/// A million records hold a few hundred first names and patronymics and some thousands of
/// surnames; folding, transliterating and looking a name up in the diminutive tables costs far
/// more than a lookup. Features depend only on the text, and `NameFeature.exact` (the text's hash)
/// already stands for the text everywhere, so the memo returns what extraction would.
///
/// Direct-mapped: a slot holds the last name that hashed to it. Not shared between threads;
/// each parallel part makes its own.
final class NameFeatureMemo {
    /// Room for the first names, patronymics and common surnames of a part, with few evictions
    /// (about 1.5 MB, touched only where names land).
    private static let slotCount = 1 << 14
    private let keys: UnsafeMutablePointer<UInt64>
    private let features: UnsafeMutablePointer<NameFeature>
    private let filled: UnsafeMutablePointer<Bool>

    init() {
        keys = .allocate(capacity: Self.slotCount)
        features = .allocate(capacity: Self.slotCount)
        filled = .allocate(capacity: Self.slotCount)
        filled.initialize(repeating: false, count: Self.slotCount)
    }

    deinit {
        // Keys and features are trivial values: only the memory is given back.
        keys.deallocate()
        features.deallocate()
        filled.deallocate()
    }

    /// The features of the text hashing to `exact`: remembered, or `compute()` remembered.
    @inline(__always)
    func feature(_ exact: UInt64, _ compute: () -> NameFeature) -> NameFeature {
        let slot = Int(truncatingIfNeeded: StableHash.mix(exact)) & (Self.slotCount - 1)
        if filled[slot] && keys[slot] == exact { return features[slot] }
        let feature = compute()
        (keys + slot).initialize(to: exact)
        (features + slot).initialize(to: feature)
        filled[slot] = true
        return feature
    }
}
