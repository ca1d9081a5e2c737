import Foundation

extension ImporterDefinition {
    /// The definition's mapping bound to one file's header: only the record kinds and fields
    /// whose columns are there, plus labelled leftovers. `overrides` (a source's own `mapping:`)
    /// replace the built-in mapping of the fields they name.
    func mapping(for header: [String], overrides: MappingConfig?) -> MappingConfig {
        func present(_ patterns: [ColumnPattern]) -> Bool {
            patterns.contains { pattern in header.contains { pattern.matches($0) } }
        }
        var produces = Set<RecordKind>()
        var optional = Set<RecordKind>()
        for plan in records where plan.whenColumns.isEmpty || present(plan.whenColumns) {
            produces.insert(plan.kind)
            if plan.perRow { optional.insert(plan.kind) }
        }
        let overridden = Set(overrides?.fields.map(\.field) ?? [])
        var known = Set(ColumnPattern.indices(of: fields.flatMap(\.columns) + recordID, in: header))
        for name in overrides?.columns ?? [] { known.formUnion(RowMapper.indices(of: name, in: header)) }
        var bound: [FieldMapping] = []
        for template in fields where produces.contains(template.field.kind) && !overridden.contains(template.field) {
            if present(template.unless) { continue }
            if let mapping = template.bind(header) { bound.append(mapping) }
        }
        if let leftover { bound += leftover.bind(header, known: known, skipping: overridden) }
        bound += overrides?.fields ?? []
        produces.formUnion(overrides?.fields.map(\.field.kind) ?? [])
        let idColumn = overrides?.recordID
            ?? ColumnPattern.indices(of: recordID, in: header).first.map { header[$0] }
        return MappingConfig(produces: produces, optional: optional, recordID: idColumn, fields: bound,
                             nullMarkers: Set(nullMarkers))
    }

    /// Distinct header names at `indices`, in that order.
    static func names(_ indices: [Int], in header: [String]) -> [String] {
        var seen = Set<String>()
        return indices.map { header[$0] }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

extension FieldTemplate {
    func bind(_ header: [String]) -> FieldMapping? {
        let source: FieldMapping.Source
        if let constant {
            source = .constant(constant)
        } else {
            let names = ImporterDefinition.names(ColumnPattern.indices(of: columns, in: header), in: header)
            guard !names.isEmpty else { return nil }
            source = .columns(names)
        }
        return FieldMapping(field: field, source: source, format: format, decimalMark: decimalMark, prefix: prefix,
                            labelled: labelled, microUnits: microUnits, values: values, digitsOnly: digitsOnly)
    }
}

extension LeftoverRule {
    /// One labelled mapping per target field for the columns nothing else reads.
    func bind(_ header: [String], known: Set<Int>, skipping: Set<CanonicalField>) -> [FieldMapping] {
        let ignored = Set(ColumnPattern.indices(of: ignore, in: header))
        var byField: [CanonicalField: [Int]] = [:]
        for index in header.indices where !known.contains(index) && !ignored.contains(index) && !header[index].isEmpty {
            let name = header[index].lowercased()
            let field = targets.first { $0.keywords.contains { name.contains($0) } }?.field ?? otherwise
            byField[field, default: []].append(index)
        }
        return byField.keys.sorted().filter { !skipping.contains($0) }.compactMap { field in
            let names = ImporterDefinition.names(byField[field] ?? [], in: header)
            return names.isEmpty ? nil : FieldMapping(field: field, source: .columns(names), labelled: true)
        }
    }
}
