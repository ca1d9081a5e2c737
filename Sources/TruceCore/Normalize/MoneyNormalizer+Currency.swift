/// Currency markers in cells and column headers: symbols, ISO codes, Russian abbreviations.
extension MoneyNormalizer {
    /// ISO 4217 codes recognized when written as codes.
    static let isoCodes: Set<String> = [
        "RUB", "USD", "EUR", "KZT", "BYN", "UAH", "GBP", "TRY", "AED", "INR", "UZS", "KGS", "AMD", "GEL",
        "AZN", "PEN", "SGD", "CNY", "JPY", "CHF", "CAD", "AUD", "PLN", "TJS", "MDL", "ILS", "THB", "CZK",
        "SEK", "NOK", "DKK", "HKD",
    ]

    /// Lowercase codes that are not ordinary words, safe to accept in any case inside a header.
    static let caseInsensitiveCodes: Set<String> = ["rub", "rur", "usd", "eur", "kzt", "uah", "byn", "gbp"]

    /// Symbols, abbreviations and words (lowercased, without trailing dots) that name one currency.
    static let currencyWords: [String: String] = [
        "₽": "RUB", "р": "RUB", "руб": "RUB", "rur": "RUB", "$": "USD", "us$": "USD", "€": "EUR",
        "₸": "KZT", "тг": "KZT", "£": "GBP", "₴": "UAH", "грн": "UAH", "₺": "TRY", "₹": "INR",
        "₼": "AZN", "₾": "GEL", "֏": "AMD", "драм": "AMD", "лари": "GEL", "манат": "AZN", "сом": "KGS",
        "сум": "UZS", "евро": "EUR", "euro": "EUR", "euros": "EUR",
    ]

    /// Word stems: a token starting with one of these names the currency (`рублей`, `долл.`, `тенге`).
    static let currencyStems: [(stem: String, code: String)] = [
        ("рубл", "RUB"), ("rouble", "RUB"), ("ruble", "RUB"), ("долл", "USD"), ("dollar", "USD"),
        ("тенге", "KZT"), ("tenge", "KZT"), ("гривн", "UAH"),
    ]

    /// The ISO code a column header announces: `"Бюджет ₽"`, `"Расход (руб.)"`,
    /// `"Amount spent (USD)"`, `"Сумма, руб"`, `"Budget $"` (first marker wins).
    public static func currency(fromHeader header: String) -> String? {
        var previous: String?
        for token in markerTokens(header) {
            if let code = currencyCode(forToken: token.text, strictCase: !token.parenthesized) {
                if code == "RUB", previous?.hasPrefix("бел") == true { return "BYN" }
                return code
            }
            previous = token.text.lowercased()
        }
        return nil
    }

    /// The ISO code for one marker token, or `nil`. With `strictCase`, ISO codes must be
    /// uppercase unless they cannot be mistaken for a word (`try`, `pen`, `gel` can).
    static func currencyCode(forToken token: String, strictCase: Bool) -> String? {
        var lower = token.lowercased()
        while lower.hasSuffix(".") { lower.removeLast() }
        if lower.isEmpty { return nil }
        if let code = currencyWords[lower] { return code }
        if let match = currencyStems.first(where: { lower.hasPrefix($0.stem) }) { return match.code }
        let upper = lower.uppercased()
        guard isoCodes.contains(upper) || upper == "RUR" else { return nil }
        if strictCase && token != upper && !caseInsensitiveCodes.contains(lower) { return nil }
        return upper == "RUR" ? "RUB" : upper
    }

    /// Letter runs (with trailing dots) and single symbols of a header, noting `(…)` context.
    static func markerTokens(_ text: String) -> [(text: String, parenthesized: Bool)] {
        var tokens: [(text: String, parenthesized: Bool)] = []
        var current = String.UnicodeScalarView()
        var depth = 0
        func flush() {
            if !current.isEmpty { tokens.append((String(current), depth > 0)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || (scalar == "." && !current.isEmpty) {
                current.append(scalar)
                continue
            }
            flush()
            switch scalar {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            default:
                if scalar.properties.generalCategory == .currencySymbol || scalar == "֏" {
                    tokens.append((String(scalar), depth > 0))
                }
            }
        }
        flush()
        return tokens
    }
}
