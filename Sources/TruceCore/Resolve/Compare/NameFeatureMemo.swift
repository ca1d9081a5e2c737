/// The name features one worker has already worked out, by the hash of the name's text.
///
/// A million records hold a few hundred first names and patronymics and some thousands of
/// surnames; folding, transliterating and looking a name up in the diminutive tables costs far
/// more than a lookup. Features depend only on the text, and `NameFeature.exact` (the text's hash)
/// already stands for the text everywhere, so the memo returns what extraction would.
typealias NameFeatureMemo = DirectMappedMemo<UInt64, NameFeature>

extension DirectMappedMemo where Key == UInt64, Value == NameFeature {
    /// Room for the first names, patronymics and common surnames of a part, with few evictions
    /// (about 1.5 MB, touched only where names land).
    convenience init() {
        self.init(slots: 1 << 14)
    }

    /// The features of the text hashing to `exact`: remembered, or `compute()` remembered.
    @inline(__always)
    func feature(_ exact: UInt64, _ compute: () -> NameFeature) -> NameFeature {
        value(exact, hash: StableHash.mix(exact), compute)
    }
}
