/// Computes comparison levels for pairs of prepared records. Pure and allocation-free.
struct PairComparer: Sendable {
    /// Fields compared; others stay at level 0 (`null`).
    let fields: FieldSet

    init(fields: some Sequence<MatchField>) {
        self.fields = FieldSet(fields)
    }

    /// A set of fields as a bit mask (hashing a `Set` per comparison costs more than the comparison).
    struct FieldSet: Sendable {
        private var bits: UInt16 = 0
        init(_ fields: some Sequence<MatchField>) {
            for field in fields { bits |= 1 << UInt16(field.index) }
        }
        func contains(_ field: MatchField) -> Bool { bits & (1 << UInt16(field.index)) != 0 }
    }

    /// Whether the pair agrees on more than first and last name: an email or phone (typo level or
    /// better), a birth date (same year or better) or a patronymic (transliteration or better).
    /// First and last name alone are weak in Russian data: namesakes are common.
    static func isCorroborated(_ comparison: PairComparison) -> Bool {
        (1...3).contains(comparison.level(.email)) || (1...3).contains(comparison.level(.phone))
            || (1...3).contains(comparison.level(.birthDate)) || (1...3).contains(comparison.level(.middleName))
    }

    /// Every enabled comparison of records `x` and `y` of `store`; name similarities through
    /// `memo` when the caller has one (one per thread: see `NameLevelMemo`).
    func compare(_ x: Int, _ y: Int, in store: FeatureStore, memo: NameLevelMemo? = nil) -> PairComparison {
        compare(store[x], store[y], store.contacts(x), store.contacts(y), memo: memo)
    }

    /// Every enabled comparison of `a` with `b`. Inlined into `compare(_:_:in:)`, which reads the
    /// features in place: called, it was handed copies of both records' features (two 300-byte
    /// memcpy per pair, 2.8% of the match bench's instructions).
    @inline(__always)
    func compare(_ a: RecordFeatures, _ b: RecordFeatures, _ aContacts: UnsafeBufferPointer<ContactFeature>,
                 _ bContacts: UnsafeBufferPointer<ContactFeature>, memo: NameLevelMemo? = nil) -> PairComparison {
        var result = PairComparison()
        compareNames(a, b, memo: memo, into: &result)
        if fields.contains(.middleName) {
            result.levels[MatchField.middleName.index] = UInt8(NameLevels.middle(a.middle, b.middle, memo: memo))
        }
        if fields.contains(.email) {
            let (level, value) = ContactLevels.level(aContacts, bContacts, kind: .email)
            result.levels[MatchField.email.index] = UInt8(level)
            result.agreeingValues[MatchField.email.index] = value
        }
        if fields.contains(.phone) {
            let (level, value) = ContactLevels.level(aContacts, bContacts, kind: .phone)
            result.levels[MatchField.phone.index] = UInt8(level)
            result.agreeingValues[MatchField.phone.index] = value
        }
        if fields.contains(.city) {
            let level = PlaceDateLevels.city(a.city, a.citySkeleton, b.city, b.citySkeleton)
            result.levels[MatchField.city.index] = UInt8(level)
            if level == 1 { result.agreeingValues[MatchField.city.index] = a.city }
        }
        if fields.contains(.birthDate) {
            result.levels[MatchField.birthDate.index] = UInt8(PlaceDateLevels.birthDate(a.birthDate, b.birthDate))
        }
        return result
    }

    /// First and last names, straight or swapped, whichever agrees better.
    @inline(__always)
    private func compareNames(_ a: RecordFeatures, _ b: RecordFeatures, memo: NameLevelMemo?,
                              into result: inout PairComparison) {
        let useFirst = fields.contains(.firstName), useLast = fields.contains(.surname)
        guard useFirst || useLast else { return }
        var first = useFirst ? NameLevels.first(a.first, b.first, memo: memo) : 0
        var last = useLast ? NameLevels.surname(a.last, b.last, memo: memo) : 0
        var firstValue = a.first.skeletonHash, lastValue = a.last.skeletonHash
        if useFirst && useLast && (a.first.isPresent || a.last.isPresent) && (b.first.isPresent || b.last.isPresent) {
            // Read `a` with its first and last name swapped (the importer may have guessed the order wrong).
            let swappedFirst = NameLevels.first(a.last, b.first, memo: memo)
            let swappedLast = NameLevels.surname(a.first, b.last, memo: memo)
            let straight = NameLevels.strength(first: first, last: last)
            let swapped = NameLevels.strength(first: swappedFirst, last: swappedLast)
            if swapped > straight && (NameLevels.isStrong(first: swappedFirst) || NameLevels.isStrong(last: swappedLast)) {
                (first, last) = (swappedFirst, swappedLast)
                (firstValue, lastValue) = (a.last.skeletonHash, a.first.skeletonHash)
                result.swappedNames = true
            }
        }
        result.levels[MatchField.firstName.index] = UInt8(first)
        result.levels[MatchField.surname.index] = UInt8(last)
        if (1...3).contains(first) { result.agreeingValues[MatchField.firstName.index] = firstValue }
        if (1...3).contains(last) { result.agreeingValues[MatchField.surname.index] = lastValue }
    }
}
