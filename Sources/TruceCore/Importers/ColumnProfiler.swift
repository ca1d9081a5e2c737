import Foundation

/// Profiles a file's columns for `truce inspect`: fill rate, value shape and a suggested field.
struct ColumnProfiler {
    private(set) var columns: [FileInspection.Column]
    private var votes: [[String: Int]]
    private let phones: PhoneNormalizer
    private let dates: DateNormalizer
    private var footerLike = 0

    init(header: [String], context: ImportContext) {
        columns = header.map { FileInspection.Column(name: $0, suggestion: Self.suggestion(forHeader: $0)) }
        votes = Array(repeating: [:], count: header.count)
        phones = PhoneNormalizer(defaultRegion: context.defaultRegion)
        dates = DateNormalizer(timeZone: context.timeZone, region: context.defaultRegion)
    }

    static let footerProblemMarker = "Footer rows: "

    var problems: [String] {
        footerLike > 0 ? ["\(Self.footerProblemMarker)\(footerLike) rows look like totals or footers (first cell starts with Total / Итого / Grand Totals); add a `footer:` pattern"] : []
    }

    /// Tallies one record; returns its suggested-mapping fields, normalized.
    mutating func add(_ fields: [String]) -> [(field: String, value: String)] {
        if let first = fields.first?.lowercased(), ["total", "итого", "grand totals"].contains(where: first.hasPrefix) {
            footerLike += 1
        }
        var normalized: [(field: String, value: String)] = []
        for (index, cell) in fields.enumerated() {
            let value = cell.trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else { continue }
            columns[index].filled += 1
            let shape = shape(of: value)
            votes[index][shape.kind, default: 0] += 1
            if let field = columns[index].suggestion { normalized.append((field, shape.normalized)) }
        }
        for index in columns.indices {
            columns[index].looksLike = votes[index].max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "text"
        }
        return normalized
    }

    private func shape(of value: String) -> (kind: String, normalized: String) {
        if value.contains("@"), case .value(let email) = EmailNormalizer.normalize(value) { return ("email", email) }
        if case .value(let date) = dates.parse(value) { return ("date", Timestamp.iso(date)) }
        if value.unicodeScalars.filter({ ("0"..."9").contains($0) }).count >= 10,
           case .value(let phone) = phones.normalize(value) { return ("phone", phone) }
        if case .value(let money) = MoneyNormalizer.parse(value) {
            return ("number", NSDecimalNumber(decimal: money.amount).stringValue)
        }
        return ("text", value)
    }

    /// Canonical field suggested by a header name in English or Russian.
    static func suggestion(forHeader header: String) -> String? {
        let name = header.lowercased()
        let table: [(keys: [String], field: String)] = [
            (["email", "e-mail", "почта", "емейл"], "person.emails"),
            (["phone", "телефон", "тел."], "person.phones"),
            (["full_name", "полное имя", "фио", "клиент", "contact person", "плательщик"], "person.full_name"),
            (["first name", "first_name", "имя"], "person.first_name"),
            (["last name", "last_name", "фамилия"], "person.last_name"),
            (["company", "компания", "организация"], "person.company"),
            (["city", "город"], "person.city"),
            (["utm_source"], "touchpoint.source"), (["utm_medium"], "touchpoint.medium"),
            (["utm_campaign"], "touchpoint.campaign"), (["utm_content"], "touchpoint.content"),
            (["utm_term"], "touchpoint.term"),
            (["бюджет", "budget", "сумма", "amount"], "deal.amount"),
            (["этап", "stage", "статус сделки"], "deal.stage"),
            (["ответственный", "owner", "менеджер"], "person.owner"),
        ]
        return table.first { entry in entry.keys.contains { name.contains($0) } }?.field
    }
}
