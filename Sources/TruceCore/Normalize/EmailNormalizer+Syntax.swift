/// Address syntax: one `@`, a dot-atom local part, a domain of letter/digit/hyphen labels.
extension EmailNormalizer {
    /// The first syntax problem of a lowercased address, or `nil` when it is well formed.
    static func syntaxIssue(_ address: String) -> NormalizationIssue? {
        let scalars = Self.scalars(address)
        var at: Int?
        for index in scalars.indices where scalars[index] == "@" {
            guard at == nil else { return issue("address has more than one @") }
            at = index
        }
        guard let at else { return issue("address has no @") }
        if let problem = localPartProblem(scalars[..<at]) { return issue(problem) }
        if let problem = domainProblem(scalars[(at + 1)...]) { return issue(problem) }
        return nil
    }

    /// The scalars of an address. An ASCII address (nearly every one) is read byte by byte:
    /// each byte is a scalar, so they need neither counting nor decoding first.
    private static func scalars(_ address: String) -> [Unicode.Scalar] {
        NormalizerText.withASCIIBytes(address) { $0.map(Unicode.Scalar.init) } ?? Array(address.unicodeScalars)
    }

    private static func issue(_ message: String) -> NormalizationIssue {
        NormalizationIssue(code: "email_syntax", message: message)
    }

    private static func utf8Length(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { $0 + UTF8.width($1) }
    }

    private static func localPartProblem(_ local: ArraySlice<Unicode.Scalar>) -> String? {
        if local.isEmpty { return "local part before @ is empty" }
        if utf8Length(local) > 64 { return "local part is longer than 64 bytes" }
        if local.first == "." || local.last == "." { return "local part starts or ends with a dot" }
        var previous: Unicode.Scalar = "@"
        for scalar in local {
            if scalar == "." && previous == "." { return "address has consecutive dots" }
            guard isLocalCharacter(scalar) else { return "local part has a character not allowed in an address" }
            previous = scalar
        }
        return nil
    }

    private static func domainProblem(_ domain: ArraySlice<Unicode.Scalar>) -> String? {
        if domain.isEmpty { return "domain after @ is empty" }
        if utf8Length(domain) > 253 { return "domain is longer than 253 bytes" }
        var labelStart = domain.startIndex
        var labels = 0
        var lastLabel = domain[labelStart..<labelStart]
        for index in domain.startIndex...domain.endIndex where index == domain.endIndex || domain[index] == "." {
            let label = domain[labelStart..<index]
            if label.isEmpty { return "domain has an empty label (consecutive or edge dots)" }
            if label.count > 63 { return "domain label is longer than 63 characters" }
            if label.first == "-" || label.last == "-" { return "domain label starts or ends with a hyphen" }
            guard label.allSatisfy(isDomainCharacter) else { return "domain has a character not allowed in a host name" }
            labels += 1
            lastLabel = label
            labelStart = index + 1
        }
        guard labels >= 2 else { return "domain has no dot" }
        if lastLabel.count < 2 || lastLabel.allSatisfy(NormalizerText.isDigit) {
            return "top-level domain is too short or numeric"
        }
        return nil
    }

    /// RFC 5322 `atext` plus the dot, and non-ASCII letters and digits (RFC 6531).
    private static func isLocalCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "0"..."9", ".", "!", "#", "$", "%", "&", "'", "*", "+", "/", "=", "?", "^", "_", "`",
             "{", "|", "}", "~", "-":
            return true
        default:
            return isNonASCIILetterOrDigit(scalar)
        }
    }

    private static func isDomainCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "0"..."9", "-": return true
        default: return isNonASCIILetterOrDigit(scalar)
        }
    }

    private static func isNonASCIILetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x80 else { return false }
        if scalar.value >= 0x0400 && scalar.value <= 0x04FF { return scalar.properties.isAlphabetic }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType == .decimal
    }
}
