import Foundation

/// The numeric core of a money cell: grouping, decimal mark and exact decimal construction.
extension MoneyNormalizer {
    enum Separator: Equatable { case dot, comma, space, apostrophe }

    /// Parses digits and separators (no signs or currency) into a decimal, or `nil` when malformed.
    static func parseNumber(_ core: ArraySlice<Unicode.Scalar>, negative: Bool) -> Decimal? {
        // Digits alone are one run without separators: an integer, whatever the grouping rules.
        if core.allSatisfy(NormalizerText.isDigit) {
            return decimal(digits: core.map { UInt8($0.value - 0x30) }, scale: 0, negative: negative)
        }
        var runs: [[UInt8]] = [[]]
        var separators: [Separator] = []
        for scalar in core {
            if NormalizerText.isDigit(scalar) {
                runs[runs.count - 1].append(UInt8(scalar.value - 0x30))
                continue
            }
            guard let separator = separator(scalar) else { return nil }
            if runs[runs.count - 1].isEmpty && !runs.isEmpty && runs.count > 1 {
                // Two separators in a row are fine only as repeated spaces.
                guard separator == .space, separators.last == .space else { return nil }
                continue
            }
            separators.append(separator)
            runs.append([])
        }
        guard let decimalAt = decimalSeparatorIndex(separators, runs: runs) else { return nil }
        let integerRuns = decimalAt.map { Array(runs[...$0]) } ?? runs
        let fraction = decimalAt.map { runs[$0 + 1] } ?? []
        let grouping = decimalAt.map { Array(separators[..<$0]) } ?? separators
        guard isValidGrouping(integerRuns, grouping) else { return nil }
        return decimal(digits: integerRuns.flatMap { $0 } + fraction, scale: fraction.count, negative: negative)
    }

    private static func separator(_ scalar: Unicode.Scalar) -> Separator? {
        switch scalar {
        case ".": return .dot
        case ",": return .comma
        case "'", "\u{2019}", "\u{02BC}": return .apostrophe
        default: return NormalizerText.isSpace(scalar) ? .space : nil
        }
    }

    /// Index into `separators` of the decimal mark; `.some(nil)` for an integer; `nil` when ambiguous or invalid.
    private static func decimalSeparatorIndex(_ separators: [Separator], runs: [[UInt8]]) -> Int?? {
        guard let last = separators.last, last == .dot || last == .comma else { return .some(nil) }
        let dots = separators.filter { $0 == .dot }.count
        let commas = separators.filter { $0 == .comma }.count
        let index = separators.count - 1
        if dots > 0 && commas > 0 {
            let lastCount = last == .dot ? dots : commas
            return lastCount == 1 ? .some(index) : nil
        }
        let count = last == .dot ? dots : commas
        if count > 1 { return .some(nil) }
        if last == .dot || separators.count > 1 { return .some(index) }
        // A lone comma: `1,234` groups thousands, `1,5` and `0,250` are decimal.
        let thousands = runs[1].count == 3 && runs[0].first != 0 && !runs[0].isEmpty
        return thousands ? .some(nil) : .some(index)
    }

    /// Grouped integer parts: one separator kind, 1–3 leading digits, then groups of exactly 3.
    private static func isValidGrouping(_ runs: [[UInt8]], _ separators: [Separator]) -> Bool {
        guard let kind = separators.first else { return true }
        guard separators.allSatisfy({ $0 == kind }), (1...3).contains(runs[0].count) else { return false }
        return runs.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Builds `±digits × 10^-scale` exactly.
    static func decimal(digits: [UInt8], scale: Int, negative: Bool) -> Decimal? {
        let significant = digits.drop(while: { $0 == 0 })
        guard significant.count <= 38 else { return nil }
        var significand = Decimal(0)
        if significant.count <= 19 {
            significand = Decimal(significant.reduce(UInt64(0)) { $0 * 10 + UInt64($1) })
        } else {
            for digit in significant { significand = significand * 10 + Decimal(Int(digit)) }
        }
        let sign: FloatingPointSign = negative && !significand.isZero ? .minus : .plus
        return Decimal(sign: sign, exponent: -scale, significand: significand)
    }
}
