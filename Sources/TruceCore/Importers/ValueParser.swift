import Foundation

/// Parses one mapped field's cells to its canonical type. Pure; one instance per source file.
struct ValueParser: Sendable {
    let phones: PhoneNormalizer
    let dates: DateNormalizer

    init(context: ImportContext) {
        phones = PhoneNormalizer(defaultRegion: context.defaultRegion)
        dates = DateNormalizer(timeZone: context.timeZone, region: context.defaultRegion)
    }

    /// The outcome for one field: a value, nothing, or a reason to quarantine the row.
    enum Outcome {
        case value(ParsedValue)
        case none
        case invalid(String)
    }

    /// `cells` are the non-empty cells of the field's columns (prefix already stripped), in order;
    /// `field` names the canonical field (`kind.name`) of type `type`; `format`, `decimalMark`
    /// and `currency` are the field mapping's. All passed apart, so the hot loop copies neither
    /// the mapping nor its `CanonicalField` per field and row.
    func parse(_ cells: FieldCells, as type: CanonicalField.ValueType, field: String, format: String?,
               decimalMark: Character?, currency: String?, currencyHint: String?,
               rejected: inout [RejectedValue]) -> Outcome {
        guard let first = cells.first else { return .none }
        switch type {
        case .text:
            return .value(.text(first))
        case .textList:
            return .value(.list(cells.all))
        case .idList:
            return .value(.list(cells.flatMap(Self.splitList)))
        case .emailList:
            return list(cells.flatMap(Self.splitList).map(EmailNormalizer.normalize), field, &rejected)
        case .phoneList:
            return list(cells.flatMap(phones.normalizeAll), field, &rejected)
        case .dateTime:
            return typed(dates.parse(first, format: format), "a date and time", field) { .date($0) }
        case .day:
            return typed(dates.parseDay(first, format: format), "a date", field) { .day($0) }
        case .money:
            let result = MoneyNormalizer.parse(Self.forcing(first, decimalMark: decimalMark),
                                               currency: currency ?? currencyHint)
            return typed(result, "an amount of money", field) { .money($0) }
        case .decimal:
            let result = MoneyNormalizer.parse(Self.forcing(first, decimalMark: decimalMark))
            return typed(result, "a number", field) { .decimal($0.amount) }
        case .integer:
            return integer(first, field, decimalMark)
        case .flag:
            guard let flag = Self.flag(first) else { return .invalid("\(field) is not yes/no, true/false or 1/0") }
            return .value(.flag(flag))
        }
    }

    private func list(_ results: [Normalized<String>], _ field: String,
                      _ rejected: inout [RejectedValue]) -> Outcome {
        var values: [String] = []
        for result in results {
            switch result {
            case .value(let value) where !values.contains(value): values.append(value)
            case .rejected(let issue): rejected.append(RejectedValue(field: field, code: issue.code))
            default: break
            }
        }
        return values.isEmpty ? .none : .value(.list(values))
    }

    private func typed<T>(_ result: Normalized<T>, _ what: String, _ field: String,
                          _ wrap: (T) -> ParsedValue) -> Outcome {
        switch result {
        case .value(let value): .value(wrap(value))
        case .empty: .none
        case .rejected(let issue): .invalid("\(field) is not \(what) (\(issue.code))")
        }
    }

    private func integer(_ text: String, _ field: String, _ decimalMark: Character?) -> Outcome {
        switch MoneyNormalizer.parse(Self.forcing(text, decimalMark: decimalMark)) {
        case .value(let money):
            var amount = money.amount
            var rounded = Decimal()
            NSDecimalRound(&rounded, &amount, 0, .plain)
            guard rounded == money.amount, let value = Int(exactly: NSDecimalNumber(decimal: rounded).int64Value)
            else { return .invalid("\(field) is not a whole number") }
            return .value(.integer(value))
        case .empty: return .none
        case .rejected: return .invalid("\(field) is not a whole number")
        }
    }

    /// Rewrites a number to use `.` as the decimal mark when the mapping forces one.
    static func forcing(_ text: String, decimalMark: Character?) -> String {
        switch decimalMark {
        case ","?: text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        case "."?: text.replacingOccurrences(of: ",", with: "")
        default: text
        }
    }

    static func splitList(_ cell: String) -> [String] {
        // Most cells hold one value: without a separator byte (`,` `;`, ASCII line breaks, or the
        // lead bytes of U+0085, U+2028 and U+2029) there is nothing to split on.
        func isSeparator(_ byte: UInt8) -> Bool {
            byte == 0x2C || byte == 0x3B || (0x0A...0x0D).contains(byte) || byte == 0xC2 || byte == 0xE2
        }
        if !cell.withUTF8Bytes({ $0.contains(where: isSeparator) }) {
            let value = NormalizerText.trimmed(cell)
            return value.isEmpty ? [] : [value]
        }
        return cell.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline })
            .map { NormalizerText.trimmed(String($0)) }
            .filter { !$0.isEmpty }
    }

    static func flag(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "1", "true", "yes", "y", "да", "д", "x", "+": true
        case "0", "false", "no", "n", "нет", "н", "-": false
        default: nil
        }
    }
}
