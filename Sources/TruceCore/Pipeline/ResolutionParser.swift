import Foundation
import Yams

/// Parses the `resolution:` block: `method` plus the `MatchSettings` keys.
enum ResolutionParser {
    static func parse(_ node: Node?, _ w: YAMLWalker) -> ResolutionConfig {
        var config = ResolutionConfig()
        guard let node else { return config }
        let allowed = Set(MatchSettings.keys + ["method"])
        guard let map = w.mapping(node, "resolution", allowed: allowed) else { return config }
        if let text = w.string(map["method"], "resolution.method") {
            if let method = ResolutionConfig.Method(rawValue: text) { config.method = method } else {
                let known = ResolutionConfig.Method.allCases.map(\.rawValue).joined(separator: ", ")
                w.fail("resolution.method", "unknown method (known: \(known))")
            }
        }
        guard case .mapping(var entries) = node else { return config }
        entries[Node("method")] = nil
        do {
            config.settings = try YAMLDecoder().decode(MatchSettings.self, from: try Yams.serialize(node: Node.mapping(entries)))
        } catch {
            w.fail("resolution", "invalid settings: \(Self.describe(error))")
            return config
        }
        for problem in config.settings.problems() { w.fail("resolution", problem) }
        return config
    }

    private static func describe(_ error: Error) -> String {
        if case DecodingError.typeMismatch(_, let context) = error {
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): wrong type"
        }
        if case DecodingError.dataCorrupted(let context) = error {
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        }
        return "\(error)"
    }
}
