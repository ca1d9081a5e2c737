import Foundation
import Yams

/// Reads a Yams node tree while recording every problem with its key path.
///
/// Each accessor returns nil after recording an issue, so a whole file is checked in one pass.
final class YAMLWalker {
    private(set) var issues: [ConfigIssue] = []

    func fail(_ path: String, _ message: String) {
        issues.append(ConfigIssue(path: path, message: message))
    }

    /// A mapping's entries with string keys; unknown keys are reported against `allowed` (nil: any
    /// key, e.g. source names).
    func mapping(_ node: Node?, _ path: String, allowed: Set<String>?) -> [String: Node]? {
        guard let node else { return nil }
        guard case .mapping(let mapping) = node else {
            fail(path, "expected a mapping of keys to values")
            return nil
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else {
                fail(path, "keys must be text")
                continue
            }
            if let allowed, !allowed.contains(key) {
                let known = allowed.sorted().joined(separator: ", ")
                fail(join(path, key), "unknown key (known keys: \(known))")
            } else {
                result[key] = value
            }
        }
        return result
    }

    func string(_ node: Node?, _ path: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            fail(path, "expected a single value")
            return nil
        }
        return scalar.string
    }

    func int(_ node: Node?, _ path: String) -> Int? {
        guard let text = string(node, path) else { return nil }
        guard let value = Int(text) else {
            fail(path, "expected a whole number")
            return nil
        }
        return value
    }

    /// A single string or a list of strings.
    func strings(_ node: Node?, _ path: String) -> [String]? {
        guard let node else { return nil }
        if case .sequence(let items) = node {
            return items.enumerated().compactMap { string($0.element, "\(path)[\($0.offset)]") }
        }
        return string(node, path).map { [$0] }
    }

    func sequence(_ node: Node?, _ path: String) -> [Node]? {
        guard let node else { return nil }
        guard case .sequence(let items) = node else {
            fail(path, "expected a list")
            return nil
        }
        return Array(items)
    }

    func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }
}
