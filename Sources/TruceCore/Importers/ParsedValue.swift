import Foundation

/// A mapped cell after parsing to its canonical type.
enum ParsedValue: Sendable {
    case text(String)
    case list([String])
    case date(Date)
    case day(String)
    case money(Money)
    case integer(Int)
    case decimal(Decimal)
    case flag(Bool)
}

/// The parsed fields of one row, keyed by canonical field, plus identifiers that were rejected.
struct ParsedRow {
    var values: [String: ParsedValue] = [:]
    var rejected: [RejectedValue] = []

    init() {}

    /// Room for `fields` values, so filling a row never regrows the table.
    init(capacity fields: Int) {
        values.reserveCapacity(fields)
    }

    /// Stores a field's value; a list field mapped twice (fixed columns plus labelled extras)
    /// keeps both lists, in order, without repeats.
    mutating func merge(_ name: String, _ value: ParsedValue) {
        if case .list(let new) = value, case .list(let old)? = values[name] {
            values[name] = .list(old + new.filter { !old.contains($0) })
        } else {
            values[name] = value
        }
    }

    func text(_ name: String) -> String? {
        switch values[name] {
        case .text(let value): value
        case .list(let items): items.first
        default: nil
        }
    }

    func list(_ name: String) -> [String] {
        switch values[name] {
        case .list(let items): items
        case .text(let value): [value]
        default: []
        }
    }

    func date(_ name: String) -> Date? {
        if case .date(let value) = values[name] { return value }
        return nil
    }

    func day(_ name: String) -> String? {
        if case .day(let value) = values[name] { return value }
        return nil
    }

    func money(_ name: String) -> Money? {
        if case .money(let value) = values[name] { return value }
        return nil
    }

    func integer(_ name: String) -> Int? {
        if case .integer(let value) = values[name] { return value }
        return nil
    }

    func decimal(_ name: String) -> Decimal? {
        switch values[name] {
        case .decimal(let value): value
        case .money(let value): value.amount
        default: nil
        }
    }

    func flag(_ name: String) -> Bool? {
        if case .flag(let value) = values[name] { return value }
        return nil
    }
}
