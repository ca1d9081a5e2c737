/// Junk addresses that forms and CRMs collect when a person refuses to give one.
extension EmailNormalizer {
    /// Local parts (before any `+tag`) that are never a real person's mailbox.
    static let placeholderLocalParts: Set<String> = [
        "test", "none", "no", "noemail", "no-email", "no_email", "nomail", "no-mail", "no_mail",
        "null", "asdf", "qwerty", "example", "noreply", "no-reply", "donotreply", "nobody",
    ]

    /// Domains reserved for documentation and tests, plus well-known fake ones.
    /// Real providers such as `mail.ru`, `gmail.com` or `mail.com` are deliberately absent.
    static let placeholderDomains: Set<String> = [
        "example.com", "example.org", "example.net", "example.ru", "test.com", "test.ru", "no.ru",
        "none.com", "noemail.com", "nomail.com",
    ]

    /// Top-level domains reserved by RFC 2606 / RFC 6761.
    static let reservedTopLevelDomains: Set<String> = ["test", "example", "invalid", "localhost", "local"]

    /// Whether a syntactically valid, lowercased address is a placeholder.
    static func isPlaceholder(_ address: String) -> Bool {
        if let known = NormalizerText.withASCIIBytes(address, isASCIIPlaceholder) { return known }
        guard let at = address.firstIndex(of: "@") else { return false }
        let local = address[..<at]
        let domain = String(address[address.index(after: at)...])
        let base = local.firstIndex(of: "+").map { local[..<$0] } ?? local
        if placeholderLocalParts.contains(String(base)) { return true }
        if placeholderDomains.contains(domain) { return true }
        if let dot = domain.lastIndex(of: "."), reservedTopLevelDomains.contains(String(domain[domain.index(after: dot)...])) {
            return true
        }
        return false
    }

    /// `isPlaceholder` for an all-ASCII address, on bytes. In ASCII text every character is one
    /// byte (the one two-scalar character, CR LF, contains none of `@ + .`), so splitting at
    /// bytes finds the same local part, tag, domain and top-level domain as splitting at characters.
    /// ASCII strings are equal exactly when their bytes are, so the parts are compared as bytes
    /// with the listed words instead of being made into strings and hashed.
    private static func isASCIIPlaceholder(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")) else { return false }
        let local = bytes[..<at]
        let domain = bytes[(at + 1)...]
        let base = local.firstIndex(of: UInt8(ascii: "+")).map { local[..<$0] } ?? local
        if placeholderLocalPartBytes.contains(base) || placeholderDomainBytes.contains(domain) { return true }
        if let dot = domain.lastIndex(of: UInt8(ascii: ".")), reservedTopLevelDomainBytes.contains(domain[(dot + 1)...]) {
            return true
        }
        return false
    }

    private static let placeholderLocalPartBytes = ASCIIWords(placeholderLocalParts)
    private static let placeholderDomainBytes = ASCIIWords(placeholderDomains)
    private static let reservedTopLevelDomainBytes = ASCIIWords(reservedTopLevelDomains)
}
