import Foundation
import Yams

/// Parses a source's `mapping:` block into typed field mappings.
enum MappingParser {
    /// `complete: false` for a platform importer's overrides: required fields come from its
    /// built-in mapping, so they are not demanded here.
    static func parse(_ node: Node, path: String, complete: Bool = true, _ w: YAMLWalker) -> MappingConfig? {
        guard let map = w.mapping(node, path, allowed: ["produces", "record_id", "fields"]) else { return nil }
        var produces: Set<RecordKind>?
        if let kinds = w.strings(map["produces"], "\(path).produces") {
            produces = []
            for (index, text) in kinds.enumerated() {
                if let kind = RecordKind(rawValue: text) { produces?.insert(kind) } else {
                    let known = RecordKind.allCases.map(\.rawValue).joined(separator: ", ")
                    w.fail("\(path).produces[\(index)]", "unknown record kind (known: \(known))")
                }
            }
        }
        let recordID = w.string(map["record_id"], "\(path).record_id")
        var fields: [FieldMapping] = []
        if case .mapping(let entries)? = map["fields"] {
            for (keyNode, value) in entries {
                let key = keyNode.string ?? ""
                if let field = parseField(key, value, path: "\(path).fields.\(key)", w) { fields.append(field) }
            }
        } else {
            w.fail("\(path).fields", "missing: map canonical fields (person.emails, deal.amount, …) to columns")
        }
        let config = MappingConfig(produces: produces, recordID: recordID, fields: fields)
        if complete { checkRequired(config, path: path, w) }
        return config
    }

    private static func parseField(_ key: String, _ node: Node, path: String, _ w: YAMLWalker) -> FieldMapping? {
        guard let field = CanonicalField.named(key) else {
            w.fail(path, "unknown canonical field (see docs/pipeline.md, e.g. person.emails, deal.amount)")
            return nil
        }
        if case .mapping = node {
            let keys: Set<String> = ["column", "columns", "value", "format", "decimal", "currency", "prefix"]
            guard let map = w.mapping(node, path, allowed: keys) else { return nil }
            let given = ["column", "columns", "value"].filter { map[$0] != nil }
            guard given.count == 1 else {
                w.fail(path, "give exactly one of column, columns or value")
                return nil
            }
            let source: FieldMapping.Source
            if let value = map["value"] {
                guard let text = w.string(value, "\(path).value") else { return nil }
                source = .constant(text)
            } else {
                guard let names = w.strings(map["column"] ?? map["columns"], "\(path).\(given[0])") else { return nil }
                source = .columns(names)
            }
            var decimal: Character?
            if let mark = w.string(map["decimal"], "\(path).decimal") {
                if mark == "," || mark == "." { decimal = mark.first } else { w.fail("\(path).decimal", "expected \",\" or \".\"") }
            }
            let mapping = FieldMapping(field: field, source: source, format: w.string(map["format"], "\(path).format"),
                                       decimalMark: decimal, currency: w.string(map["currency"], "\(path).currency"),
                                       prefix: w.string(map["prefix"], "\(path).prefix"))
            checkColumnCount(mapping, path: path, w)
            return mapping
        }
        guard let names = w.strings(node, path) else { return nil }
        let mapping = FieldMapping(field: field, source: .columns(names))
        checkColumnCount(mapping, path: path, w)
        return mapping
    }

    private static func checkColumnCount(_ mapping: FieldMapping, path: String, _ w: YAMLWalker) {
        if case .columns(let names) = mapping.source {
            if names.isEmpty { w.fail(path, "name at least one column") }
            if names.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                w.fail(path, "a column name is empty")
            }
        }
    }

    private static func checkRequired(_ config: MappingConfig, path: String, _ w: YAMLWalker) {
        let mapped = Set(config.fields.map(\.field))
        for kind in config.produces.sorted() {
            for field in CanonicalField.all where field.kind == kind && field.required && !mapped.contains(field) {
                w.fail("\(path).fields", "\(kind.rawValue) records need \(field) mapped")
            }
        }
        for field in mapped where !config.produces.contains(field.kind) {
            w.fail("\(path).fields.\(field)", "mapped, but \(field.kind.rawValue) is not in produces")
        }
    }
}
