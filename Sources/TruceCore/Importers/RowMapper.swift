import Foundation

/// Maps the cells of one file's records onto canonical records, given the file's header.
struct RowMapper {
    private struct Bound {
        var mapping: FieldMapping
        /// Column positions, in mapping order; a name repeated in the header yields all its positions.
        var columns: [Int]
        var headerCurrency: String?
    }

    let header: [String]
    private let bound: [Bound]
    private let recordIDColumns: [Int]
    private let produces: Set<RecordKind>
    private let parser: ValueParser

    init(mapping: MappingConfig, header: [String], file: String, context: ImportContext) throws {
        self.header = header
        produces = mapping.produces
        parser = ValueParser(context: context)
        var missing: [String] = []
        func resolve(_ names: [String]) -> [Int] {
            names.flatMap { name -> [Int] in
                let found = Self.indices(of: name, in: header)
                if found.isEmpty && !missing.contains(name) { missing.append(name) }
                return found
            }
        }
        // Money fields last, so a row's `*.currency` cell is known when its amount is parsed.
        bound = mapping.fields.map { field in
            guard case .columns(let names) = field.source else { return Bound(mapping: field, columns: []) }
            let columns = resolve(names)
            let currency = columns.lazy.compactMap { MoneyNormalizer.currency(fromHeader: header[$0]) }.first
            return Bound(mapping: field, columns: columns, headerCurrency: currency)
        }.sorted { ($0.mapping.field.type == .money ? 1 : 0) < ($1.mapping.field.type == .money ? 1 : 0) }
        recordIDColumns = mapping.recordID.map { resolve([$0]) } ?? []
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

    func map(_ record: CSVRecord, ref: SourceRecordRef) -> ImportEvent {
        let fields = record.fields
        let raw = fields.indices.map { (column: $0 < header.count ? header[$0] : "", value: fields[$0]) }
        func quarantine(_ field: String?, _ reason: String) -> ImportEvent {
            .quarantined(QuarantineEntry(ref: ref, line: record.line, field: field, reason: reason, raw: raw))
        }
        if fields.count != header.count {
            return quarantine(nil, "the row has \(fields.count) cells, the header has \(header.count)")
        }
        var parsed = ParsedRow()
        for field in bound {
            let cells = self.cells(field, fields)
            let hint = currencyHint(for: field, parsed: parsed)
            switch parser.parse(cells, as: field.mapping.field, mapping: field.mapping, currencyHint: hint,
                                rejected: &parsed.rejected) {
            case .value(let value): parsed.values[field.mapping.field.description] = value
            case .none: break
            case .invalid(let reason): return quarantine(field.mapping.field.description, reason)
            }
        }
        var row = ImportedRow(ref: ref, nativeID: lastNonEmpty(recordIDColumns, fields), raw: raw)
        row.rejectedIdentifiers = parsed.rejected
        do {
            try RecordAssembler.assemble(parsed, produces: produces, into: &row)
        } catch let missing as RecordAssembler.MissingField {
            return quarantine(missing.field, "\(missing.field) is required for \(missing.kind) records but is empty")
        } catch {
            return quarantine(nil, "cannot map the row")
        }
        return .row(row)
    }

    /// Non-empty cells of a field, trimmed and prefix-stripped. Repeated header names give the
    /// last non-empty value first for single-value fields (amoCRM repeats `utm_source`).
    private func cells(_ field: Bound, _ fields: [String]) -> [String] {
        if case .constant(let value) = field.mapping.source { return [value] }
        var cells: [String] = []
        for index in field.columns {
            var cell = fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
            if let prefix = field.mapping.prefix, cell.lowercased().hasPrefix(prefix.lowercased()) {
                cell = String(cell.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            }
            if !cell.isEmpty { cells.append(cell) }
        }
        let names = Set(field.columns.map { header[$0] })
        if !field.mapping.field.isList && names.count < field.columns.count { cells.reverse() }
        return cells
    }

    private func currencyHint(for field: Bound, parsed: ParsedRow) -> String? {
        guard field.mapping.field.type == .money else { return nil }
        let currencyField = "\(field.mapping.field.kind.rawValue).currency"
        return parsed.text(currencyField) ?? field.headerCurrency
    }

    private func lastNonEmpty(_ columns: [Int], _ fields: [String]) -> String? {
        columns.reversed().lazy.map { fields[$0].trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
    }
}
