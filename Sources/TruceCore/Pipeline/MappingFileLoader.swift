import Foundation
import Yams

/// Reads the mapping file of a one-off `truce import`: a source entry without `path`, plus the
/// pipeline-level `timezone` and `default_region`.
///
/// ```yaml
/// version: 1
/// timezone: Europe/Moscow
/// name: payments
/// delimiter: ";"
/// mapping: { fields: { payment.date: Дата, payment.amount: Сумма } }
/// ```
public enum MappingFileLoader {
    public static func load(path: String) throws -> (source: SourceConfig, context: ImportContext) {
        let url = URL(fileURLWithPath: path)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ConfigError(file: path, issues: [ConfigIssue(path: "", message: "cannot read the file as UTF-8 text")])
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw ConfigError(file: path, issues: [ConfigIssue(path: "", message: "not valid YAML")])
        }
        let w = YAMLWalker()
        let keys: Set<String> = ["version", "timezone", "default_region", "name", "importer", "encoding", "delimiter",
                                 "header_row", "sheet", "footer", "skip_rows", "mapping"]
        guard case .mapping(var entries)? = node, w.mapping(node, "", allowed: keys) != nil else {
            throw ConfigError(file: path, issues: w.issues.isEmpty ? [ConfigIssue(path: "", message: "expected a mapping")] : w.issues)
        }
        if w.int(entries["version"], "version") != 1 { w.fail("version", "expected `version: 1`") }
        let zoneName = w.string(entries["timezone"], "timezone") ?? "UTC"
        let zone = TimeZone(identifier: zoneName)
        if zone == nil { w.fail("timezone", "unknown time zone") }
        let region = w.string(entries["default_region"], "default_region") ?? "RU"
        for key in ["version", "timezone", "default_region"] { entries[Node(key)] = nil }
        if entries["name"] == nil { entries[Node("name")] = Node("import") }
        entries[Node("path")] = Node("-")
        let source = SourceParser.parse(.mapping(entries), path: "", w)
        guard let source, let zone, w.issues.isEmpty else { throw ConfigError(file: path, issues: w.issues) }
        return (source, ImportContext(timeZone: zone, defaultRegion: region))
    }
}
