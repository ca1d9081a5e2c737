import Foundation
import Yams

/// Parses the `survivorship:` block (see `Survivorship`).
enum SurvivorshipParser {
    static func parse(_ node: Node?, _ w: YAMLWalker) -> Survivorship {
        guard let map = w.mapping(node, "survivorship", allowed: ["roles", "fields"]) else { return Survivorship() }
        var roles: [String: SourceRole] = [:]
        let roleNames = SourceRole.allCases.map(\.rawValue).joined(separator: ", ")
        for (source, value) in w.mapping(map["roles"], "survivorship.roles", allowed: nil)?.sorted(by: { $0.key < $1.key }) ?? [] {
            let path = "survivorship.roles.\(source)"
            guard let text = w.string(value, path) else { continue }
            if let role = SourceRole(rawValue: text) { roles[source] = role } else {
                w.fail(path, "unknown role (known: \(roleNames))")
            }
        }
        var rules: [Survivorship.Field: Survivorship.Rule] = [:]
        let fields = Set(Survivorship.Field.allCases.map(\.rawValue))
        for (name, value) in w.mapping(map["fields"], "survivorship.fields", allowed: fields)?.sorted(by: { $0.key < $1.key }) ?? [] {
            guard let field = Survivorship.Field(rawValue: name) else { continue }
            if let rule = parseRule(value, path: "survivorship.fields.\(name)", w) { rules[field] = rule }
        }
        return Survivorship(rules: rules, roles: roles)
    }

    private static func parseRule(_ node: Node, path: String, _ w: YAMLWalker) -> Survivorship.Rule? {
        if case .sequence = node {
            guard let names = w.strings(node, path) else { return nil }
            if names.isEmpty { w.fail(path, "list at least one role or source name") }
            return .priority(names)
        }
        switch w.string(node, path) {
        case nil: return nil
        case "newest": return .newest
        case "oldest": return .oldest
        case "most_common": return .mostCommon
        case let text?:
            if SourceRole(rawValue: text) != nil { return .priority([text]) }
            w.fail(path, "unknown rule (use newest, oldest, most_common or a list of roles or sources)")
            return nil
        }
    }
}
