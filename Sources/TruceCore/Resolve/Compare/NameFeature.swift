/// One name part prepared for comparison: hashes of each folding step and the Latin skeleton.
struct NameFeature: Sendable {
    /// Hash of the cleaned display text; 0 when the part is absent.
    var exact: UInt64 = 0
    /// Hash of `NameNormalizer.matchKey` (case and ё/е folded).
    var folded: UInt64 = 0
    /// Transliterated, spelling-collapsed form (`NameSkeleton`).
    var skeleton = ShortText()
    var skeletonHash: UInt64 = 0
    /// Hash of the gender-neutral surname stem of the skeleton.
    var stem: UInt64 = 0
    /// Diminutive groups (`NicknameGroups.packed`), 0 when the name is in none.
    var nicknames: UInt64 = 0
    /// A single letter such as `И.`.
    var isInitial = false
    /// Bit per Latin letter the name may be abbreviated to: its own first letter and those of the
    /// full forms of its diminutive groups (Катя → `k` and `e` for Екатерина).
    var initials: UInt32 = 0
    /// A first name Truce knows (diminutive tables or the normalizer's first-name lists): a clear
    /// difference between two known names means two people; an unknown token may be a typo.
    var isKnownFirstName = false

    var isPresent: Bool { exact != 0 }
}
