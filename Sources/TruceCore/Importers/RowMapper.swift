import Foundation

/// Maps the cells of one file's records onto canonical records, given the file's header.
struct RowMapper {
    /// A class, so the per-row loop over fields passes one reference instead of copying (and
    /// retaining) every string and table of the field's mapping.
    private final class Bound: Sendable {
        let mapping: FieldMapping
        /// Column positions, in mapping order; a name repeated in the header yields all its positions.
        let columns: [Int]
        let headerCurrency: String?
        /// `Column name: ` per column, for labelled fields (worked out once, not per row).
        let labels: [String]
        /// A single-value field over a repeated header name reads its last non-empty cell first.
        let lastFirst: Bool
        /// The field's slot in `ParsedRow`, and for money the slot of its kind's `currency` field (or -1).
        let slot: Int
        let currencySlot: Int
        /// The canonical field's type and `kind.name`, read per row without copying the field.
        let type: CanonicalField.ValueType
        let name: String

        init(mapping: FieldMapping, layout: ParsedRow.Layout, columns: [Int], headerCurrency: String? = nil,
             labels: [String] = [], lastFirst: Bool = false) {
            self.mapping = mapping
            type = mapping.field.type
            name = mapping.field.description
            slot = layout.local[mapping.field.description] ?? -1
            currencySlot = mapping.field.type == .money ? layout.local["\(mapping.field.kind.rawValue).currency"] ?? -1 : -1
            self.columns = columns
            self.headerCurrency = headerCurrency
            self.labels = labels
            self.lastFirst = lastFirst
        }
    }

    let header: [String]
    private let bound: [Bound]
    private let recordIDColumns: [Int]
    private let produces: RecordKinds
    /// Per optional kind, the slots of its column-mapped, not-required fields: a row produces
    /// the kind only when one of them has a value.
    private let evidence: [(kind: RecordKind, slots: [Int])]
    private let nullMarkers: Set<String>
    private let parser: ValueParser
    private let layout: ParsedRow.Layout

    init(mapping: MappingConfig, header: [String], file: String, context: ImportContext) throws {
        self.header = header
        produces = RecordKinds(mapping.produces)
        nullMarkers = mapping.nullMarkers
        parser = ValueParser(context: context)
        let layout = ParsedRow.Layout(fields: mapping.fields.map(\.field.description))
        self.layout = layout
        var missing: [String] = []
        func resolve(_ names: [String]) -> [Int] {
            names.flatMap { name -> [Int] in
                let found = Self.indices(of: name, in: header)
                if found.isEmpty && !missing.contains(name) { missing.append(name) }
                return found
            }
        }
        // Money fields last, so a row's `*.currency` cell is known when its amount is parsed.
        let bound: [Bound] = mapping.fields.map { field in
            guard case .columns(let names) = field.source else { return Bound(mapping: field, layout: layout, columns: []) }
            let columns = resolve(names)
            let currency = columns.lazy.compactMap { MoneyNormalizer.currency(fromHeader: header[$0]) }.first
            return Bound(mapping: field, layout: layout, columns: columns, headerCurrency: currency,
                         labels: field.labelled ? columns.map { "\(Self.label(header[$0])): " } : [],
                         lastFirst: !field.field.isList && Set(columns.map { header[$0] }).count < columns.count)
        }.sorted { ($0.mapping.field.type == .money ? 1 : 0) < ($1.mapping.field.type == .money ? 1 : 0) }
        self.bound = bound
        recordIDColumns = mapping.recordID.map { resolve([$0]) } ?? []
        evidence = mapping.optional.intersection(mapping.produces).sorted().map { kind in
            let slots = bound.filter { field in
                guard case .columns = field.mapping.source else { return false }
                return field.mapping.field.kind == kind && !field.mapping.field.required
            }.map(\Bound.slot)
            return (kind, slots)
        }
        if !missing.isEmpty { throw ImportError.missingColumns(file: file, columns: missing, header: header) }
    }

    /// Header positions of `name`: exact (trimmed) matches, else case-insensitive ones.
    static func indices(of name: String, in header: [String]) -> [Int] {
        let wanted = name.trimmingCharacters(in: .whitespaces)
        let exact = header.indices.filter { header[$0] == wanted }
        if !exact.isEmpty { return exact }
        let folded = wanted.lowercased()
        return header.indices.filter { header[$0].lowercased() == folded }
    }

    func indices(of name: String) -> [Int] { Self.indices(of: name, in: header) }

    /// Maps one record; `names` remembers the full names this thread split before.
    func map(_ record: CSVRecord, ref: SourceRecordRef, names: NameMemo? = nil) -> ImportEvent {
        let fields = record.fields
        let raw = fields.indices.map { (column: $0 < header.count ? header[$0] : "", value: fields[$0]) }
        func quarantine(_ field: String?, _ reason: String) -> ImportEvent {
            .quarantined(QuarantineEntry(ref: ref, line: record.line, field: field, reason: reason, raw: raw))
        }
        if fields.count != header.count {
            return quarantine(nil, "the row has \(fields.count) cells, the header has \(header.count)")
        }
        var parsed = ParsedRow(layout: layout)
        for field in bound {
            let cells = self.cells(field, fields)
            let hint = currencyHint(for: field, parsed: parsed)
            switch parser.parse(cells, as: field.type, field: field.name, format: field.mapping.format,
                                decimalMark: field.mapping.decimalMark, currency: field.mapping.currency,
                                currencyHint: hint, rejected: &parsed.rejected) {
            case .value(let value): parsed.merge(slot: field.slot, value)
            case .none: break
            case .invalid(let reason): return quarantine(field.name, reason)
            }
        }
        do {
            // Handed to the row's box as a temporary, so the fields are moved there, not copied.
            return .row(ImportedRow(try RecordAssembler.fields(
                parsed, produces: evidence.isEmpty ? produces : rowProduces(parsed),
                split: names?.split ?? NameNormalizer.split, ref: ref, nativeID: lastNonEmpty(recordIDColumns, fields),
                raw: raw)))
        } catch let missing as RecordAssembler.MissingField {
            return quarantine(missing.field, "\(missing.field) is required for \(missing.kind) records but is empty")
        } catch {
            return quarantine(nil, "cannot map the row")
        }
    }

    /// The kinds this row produces: optional kinds only when one of their column-mapped,
    /// not-required fields has a value.
    private func rowProduces(_ parsed: ParsedRow) -> RecordKinds {
        var kinds = produces
        for (kind, slots) in evidence where !slots.contains(where: parsed.hasValue) { kinds.remove(kind) }
        return kinds
    }

    /// Non-empty cells of a field, trimmed and transformed (null markers, prefix, value map,
    /// micro-units, label). Repeated header names give the last non-empty value first for
    /// single-value fields (amoCRM repeats `utm_source`).
    private func cells(_ field: Bound, _ fields: [String]) -> FieldCells {
        if case .constant(let value) = field.mapping.source { return .one(value) }
        var cells = FieldCells.none
        for (position, index) in field.columns.enumerated() {
            guard let cell = transformed(fields[index], field) else { continue }
            cells.append(field.mapping.labelled ? field.labels[position] + cell : cell)
        }
        if field.lastFirst { cells.reverse() }
        return cells
    }

    /// Takes the field's plan by reference: passing its `FieldMapping` would copy it per cell.
    private func transformed(_ raw: String, _ field: Bound) -> String? {
        var cell = NormalizerText.trimmed(raw)
        if cell.isEmpty || (!nullMarkers.isEmpty && cell.utf8.count <= 8 && nullMarkers.contains(NormalizerText.lowercased(text: cell))) { return nil }
        if let prefix = field.mapping.prefix, let rest = NormalizerText.droppingPrefix(prefix, of: cell) {
            cell = NormalizerText.trimmed(rest)
        }
        if !field.mapping.values.isEmpty, let replacement = field.mapping.values[NormalizerText.lowercased(text: cell)] { cell = replacement }
        if field.mapping.microUnits { cell = Self.fromMicros(cell) }
        if field.mapping.digitsOnly && !NormalizerText.isASCIIDigits(&cell) { return nil }
        return cell.isEmpty ? nil : cell
    }

    /// `8523400000` → `8523.4`; text with a decimal mark is already in units and kept.
    static func fromMicros(_ cell: String) -> String {
        let digits = cell.hasPrefix("-") ? cell.dropFirst() : Substring(cell)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
              let value = Decimal(string: cell) else { return cell }
        return NSDecimalNumber(decimal: value / 1_000_000).stringValue
    }

    /// A column name as a label: slugs (`how_many_rooms?`) read as words.
    static func label(_ column: String) -> String {
        guard column.contains("_") else { return column }
        return column.split(separator: "_", omittingEmptySubsequences: true).joined(separator: " ")
    }

    private func currencyHint(for field: Bound, parsed: ParsedRow) -> String? {
        guard field.type == .money else { return nil }
        return (field.currencySlot < 0 ? nil : parsed.text(slot: field.currencySlot)) ?? field.headerCurrency
    }

    private func lastNonEmpty(_ columns: [Int], _ fields: [String]) -> String? {
        columns.reversed().lazy.map { NormalizerText.trimmed(fields[$0]) }.first { !$0.isEmpty }
    }
}
