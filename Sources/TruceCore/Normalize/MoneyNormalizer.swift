import Foundation

/// Parses money cells from ad-platform, CRM and accounting exports into exact decimals.
///
/// Understands a decimal comma (`1 234,56`), grouping by spaces (incl. U+00A0, U+202F), commas
/// (`25,881.50`), dots (`1.234.567,89`) and apostrophes (`1'234`), currency markers in the cell
/// (`₽`, `руб.`, `р.`, `$`, `USD`, `€`, `₸`), and negatives as `-5`, `−5` or `(5)`.
/// A single comma followed by exactly three digits (`1,234`) is a thousands separator;
/// any other single comma (`1,5`) is a decimal mark; a single dot is always a decimal mark.
public enum MoneyNormalizer {
    /// Parses one cell. `currency` (ISO 4217, usually from the column header) applies when the
    /// cell names none; a marker inside the cell wins.
    public static func parse(_ raw: String, currency: String? = nil) -> Normalized<Money> {
        let trimmed = NormalizerText.trimmed(raw)
        if NormalizerText.isNullMarker(trimmed) { return .empty }
        let scalars = Array(trimmed.unicodeScalars)
        guard var coreStart = scalars.firstIndex(where: NormalizerText.isDigit),
              let coreEnd = scalars.lastIndex(where: NormalizerText.isDigit) else {
            return syntax("money cell has no digits")
        }
        if coreStart > 0, scalars[coreStart - 1] == "." || scalars[coreStart - 1] == "," { coreStart -= 1 }
        guard let affixes = Affixes(prefix: scalars[..<coreStart], suffix: scalars[(coreEnd + 1)...]) else {
            return syntax("money cell has text that is neither a sign nor a currency")
        }
        if affixes.isPercent { return syntax("money cell holds a percentage") }
        guard affixes.currencies.count <= 1 else { return syntax("money cell names more than one currency") }
        guard let number = parseNumber(scalars[coreStart...coreEnd], negative: affixes.isNegative) else {
            return syntax("money cell is not a well-formed number")
        }
        let fallback = currency.map { NormalizerText.trimmed($0).uppercased() }.flatMap { $0.isEmpty ? nil : $0 }
        return .value(Money(amount: number, currency: affixes.currencies.first ?? fallback))
    }

    static func syntax(_ message: String) -> Normalized<Money> {
        .rejected(NormalizationIssue(code: "money_syntax", message: message))
    }

    /// Sign and currency text around the number.
    struct Affixes {
        var isNegative = false
        var isPercent = false
        var currencies: Set<String> = []

        /// Reads the text before and after the digits; `nil` when it holds anything else.
        init?(prefix: ArraySlice<Unicode.Scalar>, suffix: ArraySlice<Unicode.Scalar>) {
            // Most cells are the bare number: nothing to read, and no arrays to build for it.
            guard !prefix.isEmpty || !suffix.isEmpty else { return }
            var minus = 0, open = 0, close = 0
            var words: [String] = []
            var current = String.UnicodeScalarView()
            func flush() {
                if !current.isEmpty { words.append(String(current)) }
                current = String.UnicodeScalarView()
            }
            for (index, scalar) in zip(0..., prefix + [" "] + suffix) {
                let inPrefix = index < prefix.count
                switch scalar {
                case "-", "\u{2212}", "\u{2013}": flush(); if inPrefix { minus += 1 } else { return nil }
                case "+": flush(); if !inPrefix { return nil }
                case "(": flush(); if inPrefix { open += 1 } else { return nil }
                case ")": flush(); if inPrefix { return nil } else { close += 1 }
                case "%": flush(); isPercent = true
                default:
                    if NormalizerText.isSpace(scalar) { flush() } else { current.append(scalar) }
                }
            }
            flush()
            guard minus <= 1, open == close, open <= 1, !(minus == 1 && open == 1) else { return nil }
            isNegative = minus == 1 || open == 1
            for word in words {
                guard let code = MoneyNormalizer.currencyCode(forToken: word, strictCase: false) else {
                    if isPercent { continue }
                    return nil
                }
                currencies.insert(code)
            }
        }
    }
}
