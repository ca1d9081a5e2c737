/// Normalizes an email cell to a trimmed, lowercased, syntax-checked address.
///
/// Accepts `mailto:` links, `<addr>` and `Name <addr>` wrappers, no-break and zero-width
/// spaces from copy-paste, and internationalized (e.g. Cyrillic) domains such as `почта.рф`.
/// Rejects bad syntax (`email_syntax`) and junk placeholders such as `test@example.com`
/// or Meta test leads (`email_placeholder`).
public enum EmailNormalizer {
    /// Normalizes one raw email cell.
    public static func normalize(_ raw: String) -> Normalized<String> {
        let trimmed = NormalizerText.trimmed(raw)
        if NormalizerText.isNullMarker(trimmed) { return .empty }
        if isTestLead(trimmed) { return .rejected(placeholderIssue) }
        let address = NormalizerText.lowercased(text: unwrapped(trimmed))
        if address.isEmpty || (!address.utf8.contains(UInt8(ascii: "@")) && emptyWords.contains(address)) { return .empty }
        if let issue = syntaxIssue(address) { return .rejected(issue) }
        if isPlaceholder(address) { return .rejected(placeholderIssue) }
        return .value(address)
    }

    /// Cell values that mean "no email" rather than a broken one. None has an `@`, so an
    /// address with one is never looked up.
    static let emptyWords: Set<String> = ["нет", "no", "none", "нету", "отсутствует", "no email", "нет email"]

    static let placeholderIssue = NormalizationIssue(
        code: "email_placeholder", message: "email is a test or placeholder address, not a real contact")

    private static func isTestLead(_ text: String) -> Bool {
        NormalizerText.isTestLeadText(text)
    }

    /// Strips invisible characters, `mailto:`, `<…>` and a display name in front of `<…>`.
    static func unwrapped(_ text: String) -> String {
        if let first = text.utf8.first, first != UInt8(ascii: "<"), first | 0x20 != UInt8(ascii: "m"),
           text.utf8.last != UInt8(ascii: ">"),
           !mayHoldInvisible(text) || !text.unicodeScalars.contains(where: NormalizerText.isInvisible) {
            return text
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !NormalizerText.isInvisible($0) })
        var current = Substring(String(scalars))
        for _ in 0..<2 {
            current = Substring(NormalizerText.trimmed(String(current)))
            if current.last == ">", let open = current.lastIndex(of: "<") {
                current = current[current.index(after: open)..<current.index(before: current.endIndex)]
                continue
            }
            if NormalizerText.hasASCIIPrefixCaseInsensitive(current.unicodeScalars, "mailto:") {
                current = current.dropFirst(7)
                if let query = current.firstIndex(of: "?") { current = current[..<query] }
                continue
            }
            break
        }
        return NormalizerText.trimmed(String(current))
    }

    /// Whether `text` has a lead byte of an invisible character (`C2` `E1` `E2` `EF`); without
    /// one, which is nearly every address, its scalars need no decoding to rule them out.
    private static func mayHoldInvisible(_ text: String) -> Bool {
        func isLead(_ byte: UInt8) -> Bool { byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xEF }
        return text.withUTF8Bytes { $0.contains(where: isLead) }
    }
}
