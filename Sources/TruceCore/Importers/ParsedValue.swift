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

/// The parsed fields of one row, one slot per field the file maps, plus identifiers that were
/// rejected.
///
/// Positional, not keyed by field name: the assembler asks for some eighty fields per row, and
/// hashing their names cost more than the values it built.
struct ParsedRow {
    /// A canonical field as `RecordAssembler` reads it: its position in `CanonicalField.all`.
    struct Field {
        let position: Int

        init(_ name: String) {
            guard let position = Layout.positions[name] else { preconditionFailure("\(name) is not a canonical field") }
            self.position = position
        }
    }

    /// Where each canonical field a file maps sits in its rows; shared by the rows of one file.
    final class Layout: Sendable {
        static let positions: [String: Int] = Dictionary(
            uniqueKeysWithValues: CanonicalField.all.enumerated().map { ($0.element.description, $0.offset) })

        /// Slot per canonical position, -1 for fields the file does not map.
        private let slots: [Int]
        let count: Int

        /// Slots in order of first appearance of each field's `kind.name` spelling.
        init(fields names: [String]) {
            var slots = Array(repeating: -1, count: CanonicalField.all.count)
            var local: [String: Int] = [:]
            for name in names where local[name] == nil {
                local[name] = local.count
                if let position = Self.positions[name] { slots[position] = local[name] ?? -1 }
            }
            self.slots = slots
            count = local.count
            self.local = local
        }

        /// Local slots by spelling, for the mapper's fields (looked up once per file).
        let local: [String: Int]

        func slot(_ field: Field) -> Int { slots[field.position] }
    }

    let layout: Layout
    private var values: [ParsedValue?]
    var rejected: [RejectedValue] = []

    init(layout: Layout) {
        self.layout = layout
        // Not `Array(repeating:count:)`, which copied `nil` through the enum's outlined copy
        // once per slot and row.
        values = [ParsedValue?](unsafeUninitializedCapacity: layout.count) { buffer, count in
            buffer.initialize(repeating: nil)
            count = buffer.count
        }
    }

    /// Stores a field's value; a list field mapped twice (fixed columns plus labelled extras)
    /// keeps both lists, in order, without repeats. Takes the value, so it is moved into its
    /// slot instead of copied.
    mutating func merge(slot: Int, _ value: consuming ParsedValue) {
        if case .list(let new) = value, case .list(let old)? = values[slot] {
            values[slot] = .list(old + new.filter { !old.contains($0) })
        } else {
            values[slot] = value
        }
    }

    /// Whether the slot holds a value, without copying it.
    func hasValue(slot: Int) -> Bool {
        if case .none = values[slot] { return false }
        return true
    }

    private func value(_ field: Field) -> ParsedValue? {
        let slot = layout.slot(field)
        return slot < 0 ? nil : values[slot]
    }

    func text(slot: Int) -> String? {
        switch values[slot] {
        case .text(let value): value
        case .list(let items): items.first
        default: nil
        }
    }

    func text(_ field: Field) -> String? {
        let slot = layout.slot(field)
        return slot < 0 ? nil : text(slot: slot)
    }

    func list(_ field: Field) -> [String] {
        switch value(field) {
        case .list(let items): items
        case .text(let value): [value]
        default: []
        }
    }

    func date(_ field: Field) -> Date? {
        if case .date(let value) = value(field) { return value }
        return nil
    }

    func day(_ field: Field) -> String? {
        if case .day(let value) = value(field) { return value }
        return nil
    }

    func money(_ field: Field) -> Money? {
        if case .money(let value) = value(field) { return value }
        return nil
    }

    func integer(_ field: Field) -> Int? {
        if case .integer(let value) = value(field) { return value }
        return nil
    }

    func decimal(_ field: Field) -> Decimal? {
        switch value(field) {
        case .decimal(let value): value
        case .money(let value): value.amount
        default: nil
        }
    }

    func flag(_ field: Field) -> Bool? {
        if case .flag(let value) = value(field) { return value }
        return nil
    }
}
