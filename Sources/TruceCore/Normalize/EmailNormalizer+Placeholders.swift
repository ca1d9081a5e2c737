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
}
