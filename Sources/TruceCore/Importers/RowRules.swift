import Foundation

/// A definition's row rules plus a source's `footer` and `skip_rows`, bound to one header.
struct RowRules {
    private enum Bound {
        case firstCellPrefix([String])
        /// The lower-cased needle's bytes, encoded once per file.
        case anyCellContains([UInt8])
        case columnEquals([Int], Set<String>)
        case allEmpty([Int])
    }

    private let rules: [(test: Bound, reason: DropReason, endsData: Bool)]
    private let footer: [NSRegularExpressionBox]
    private let filters: [([Int], NSRegularExpressionBox)]

    init(_ rules: [RowRule], header: [String], footer: [NSRegularExpressionBox],
         filters: [([Int], NSRegularExpressionBox)]) {
        self.rules = rules.compactMap { rule in
            let test: Bound
            switch rule.test {
            case .firstCellPrefix(let prefixes): test = .firstCellPrefix(prefixes.map { $0.lowercased() })
            case .anyCellContains(let text): test = .anyCellContains(Array(text.lowercased().utf8))
            case .columnEquals(let patterns, let values):
                let columns = ColumnPattern.indices(of: patterns, in: header)
                guard !columns.isEmpty else { return nil }
                test = .columnEquals(columns, Set(values.map { $0.lowercased() }))
            case .allEmpty(let patterns):
                let columns = ColumnPattern.indices(of: patterns, in: header)
                guard !columns.isEmpty else { return nil }
                test = .allEmpty(columns)
            }
            return (test, rule.reason, rule.endsData)
        }
        self.footer = footer
        self.filters = filters
    }

    /// Why a record is not data, or nil. Sets `ended` when a rule closes the data block.
    func reason(_ fields: [String], ended: inout Bool) -> DropReason? {
        if fields.allSatisfy({ NormalizerText.trimmed($0).isEmpty }) { return .blank }
        for rule in rules where Self.holds(rule.test, fields) {
            if rule.endsData { ended = true }
            return rule.reason
        }
        if let first = fields.first, footer.contains(where: { $0.matches(first) }) { return .footer }
        for (indices, pattern) in filters where indices.contains(where: { $0 < fields.count && pattern.matches(fields[$0]) }) {
            return .filtered
        }
        return nil
    }

    private static func holds(_ test: Bound, _ fields: [String]) -> Bool {
        switch test {
        case .firstCellPrefix(let prefixes):
            guard let first = fields.first else { return false }
            let cell = NormalizerText.lowercased(text: NormalizerText.trimmed(first))
            return prefixes.contains { cell.hasPrefix($0) }
        case .anyCellContains(let needle):
            return needle.withUnsafeBufferPointer { pin in
                fields.contains { NormalizerText.containsASCIICaseInsensitive($0, bytes: pin) }
            }
        case .columnEquals(let columns, let values):
            return columns.contains { $0 < fields.count && values.contains(NormalizerText.lowercased(text: NormalizerText.trimmed(fields[$0]))) }
        case .allEmpty(let columns):
            return columns.allSatisfy { $0 >= fields.count || NormalizerText.isNullMarker(NormalizerText.trimmed(fields[$0])) }
        }
    }
}

/// Folds consecutive rows with the same id into the first (see `CollapseRule`).
struct RecordCollapser {
    private let key: [Int]
    private var pending: (key: String, row: ImportedRow)?

    init(rule: CollapseRule?, header: [String]) {
        key = rule.map { ColumnPattern.indices(of: $0.key, in: header) } ?? []
    }

    mutating func add(_ event: consuming ImportEvent, fields: [String],
                      emit: (consuming ImportEvent) throws -> Void) throws {
        guard !key.isEmpty, let id = id(fields), case .row(let row) = event else {
            try flush(emit)
            return try emit(event)
        }
        if var head = pending.take() {
            if head.key == id {
                head.row.absorb(row)
                pending = head
                return
            }
            try emit(.row(head.row))
        }
        pending = (id, row)
    }

    mutating func flush(_ emit: (consuming ImportEvent) throws -> Void) throws {
        guard let head = pending.take() else { return }
        try emit(.row(head.row))
    }

    /// The record id of a line: its first non-empty key cell.
    private func id(_ fields: [String]) -> String? {
        key.lazy.compactMap { $0 < fields.count ? NormalizerText.trimmed(fields[$0]) : nil }.first { !$0.isEmpty }
    }
}

extension ImportedRow {
    /// Takes in a repeated line of the same record: it stays in lineage, its list values join ours.
    mutating func absorb(_ line: ImportedRow) {
        fields.absorb(line)
    }
}

extension ImportedRow.Fields {
    /// `ImportedRow.absorb`, on the fields (one write to the row, not one per field).
    mutating func absorb(_ line: ImportedRow) {
        mergedLines.append(MergedLine(ref: line.ref, raw: line.raw))
        rejectedIdentifiers += line.rejectedIdentifiers.filter { !rejectedIdentifiers.contains($0) }
        guard let other = line.person else { return }
        var merged = person ?? PersonRecord()
        func union(_ list: inout [String], _ more: [String]) { list += more.filter { !list.contains($0) } }
        union(&merged.emails, other.emails)
        union(&merged.phones, other.phones)
        union(&merged.externalIDs, other.externalIDs)
        union(&merged.interests, other.interests)
        union(&merged.needs, other.needs)
        union(&merged.objections, other.objections)
        union(&merged.notes, other.notes)
        person = merged
    }
}
