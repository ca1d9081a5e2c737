/// Normalizes phone cells to E.164 (`+79161234567`) using a default region for national formats.
///
/// Understands Meta's `p:` prefix, amoCRM's leading apostrophe, `tel:` links, trunk prefixes
/// (`8 916…`, `07405…`), international prefixes (`+`, `00`, Russian `8 10`), and extensions
/// (`доб. 12`, `ext 12`, `x12`, `#12`, dropped from the result). Rejects numbers that cannot
/// exist (`phone_impossible`), cells with no digits (`phone_syntax`) and Meta test-lead
/// filler (`phone_placeholder`).
public struct PhoneNormalizer: Sendable {
    /// ISO 3166 alpha-2 region used for numbers written without a country code.
    public let defaultRegion: String
    let plan: NumberingPlan?

    /// Creates a normalizer; `defaultRegion` is an ISO alpha-2 code such as `"RU"` (any case).
    public init(defaultRegion: String) {
        let region = defaultRegion.uppercased()
        self.defaultRegion = region
        self.plan = Self.plansByRegion[region]
    }

    /// Normalizes one number. When the cell lists several, only the first is read:
    /// use `normalizeAll` for multi-number cells.
    public func normalize(_ raw: String) -> Normalized<String> {
        let trimmed = NormalizerText.trimmed(raw)
        if NormalizerText.isNullMarker(trimmed) { return .empty }
        if NormalizerText.isTestLeadText(trimmed) { return .rejected(Self.placeholderIssue) }
        let text = Self.withoutPrefixes(trimmed)
        if !Self.mayListSeveral(text) { return normalizePiece(text) }
        guard let first = Self.pieces(of: text).first else { return .empty }
        return normalizePiece(first)
    }

    /// Normalizes every number in a cell split by `,`, `;`, line breaks and ` / `; blank pieces are skipped.
    public func normalizeAll(_ raw: String) -> [Normalized<String>] {
        let trimmed = NormalizerText.trimmed(raw)
        if NormalizerText.isNullMarker(trimmed) { return [] }
        if NormalizerText.isTestLeadText(trimmed) { return [.rejected(Self.placeholderIssue)] }
        return Self.pieces(of: Self.withoutPrefixes(trimmed)).map(normalizePiece)
    }

    /// Normalizes one piece that holds at most one number.
    func normalizePiece(_ piece: String) -> Normalized<String> {
        let text = Self.withoutPrefixes(NormalizerText.trimmed(piece))
        if NormalizerText.isNullMarker(text) { return .empty }
        guard let scanned = Self.scan(text) else {
            if Self.emptyWords.contains(text.lowercased()) { return .empty }
            return .rejected(NormalizationIssue(code: "phone_syntax", message: "phone cell has no digits"))
        }
        return resolve(scanned)
    }

    /// Cell values that mean "no phone".
    static let emptyWords: Set<String> = ["нет", "no", "none", "не указан", "отсутствует"]

    static let placeholderIssue = NormalizationIssue(
        code: "phone_placeholder", message: "phone is test-lead filler, not a real number")

    static func impossible(_ message: String) -> Normalized<String> {
        .rejected(NormalizationIssue(code: "phone_impossible", message: message))
    }
}
