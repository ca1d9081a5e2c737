import Foundation
import Yams

/// Turns a pipeline file into a validated `PipelineConfig`, reporting every problem at once.
public enum PipelineLoader {
    public static func load(path: String) throws -> PipelineConfig {
        // Relative paths resolve against the real file's folder, so a linked pipeline still works.
        let url = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ConfigError(file: path, issues: [ConfigIssue(path: "", message: "cannot read the file as UTF-8 text")])
        }
        return try parse(text, file: url)
    }

    public static func parse(_ text: String, file: URL) throws -> PipelineConfig {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw ConfigError(file: file.path, issues: [ConfigIssue(path: "", message: "not valid YAML: \(error)")])
        }
        let walker = YAMLWalker()
        let config = build(node, file: file, walker)
        if let config, walker.issues.isEmpty { return config }
        throw ConfigError(file: file.path, issues: walker.issues)
    }

    private static func build(_ node: Node?, file: URL, _ w: YAMLWalker) -> PipelineConfig? {
        let keys: Set<String> = ["version", "timezone", "default_region", "store", "sources", "exports", "resolution", "survivorship"]
        guard let root = w.mapping(node ?? Node.mapping(Node.Mapping([])), "", allowed: keys) else { return nil }
        let base = file.deletingLastPathComponent()
        if root["version"] == nil {
            w.fail("version", "missing: add `version: 1`")
        } else if let version = w.int(root["version"], "version"), version != 1 {
            w.fail("version", "unsupported version \(version); this Truce reads version 1")
        }
        var timeZone = TimeZone.gmt
        if let name = w.string(root["timezone"], "timezone") {
            if let zone = TimeZone(identifier: name) { timeZone = zone } else {
                w.fail("timezone", "unknown time zone; use an IANA name such as Europe/Moscow")
            }
        }
        let region = w.string(root["default_region"], "default_region") ?? "RU"
        if region.count != 2 || !region.allSatisfy({ $0.isUppercase }) {
            w.fail("default_region", "expected a two-letter country code such as RU")
        }
        var store = StoreLocation.sqlite(path: base.appendingPathComponent(".truce/truce.sqlite").path)
        if let text = w.string(root["store"], "store") {
            if let parsed = StoreLocation.parse(text, relativeTo: base) { store = parsed } else {
                w.fail("store", "expected sqlite:PATH")
            }
        }
        let sources = (w.sequence(root["sources"], "sources") ?? []).enumerated().compactMap {
            SourceParser.parse($0.element, path: "sources[\($0.offset)]", w)
        }
        if root["sources"] == nil { w.fail("sources", "missing: a pipeline needs at least one source") }
        var names = Set<String>()
        for (index, source) in sources.enumerated() where !names.insert(source.name).inserted {
            w.fail("sources[\(index)].name", "duplicate source name")
        }
        let exports = (w.sequence(root["exports"], "exports") ?? []).enumerated().compactMap {
            parseExport($0.element, path: "exports[\($0.offset)]", w)
        }
        var config = PipelineConfig(file: file, timeZone: timeZone, defaultRegion: region, store: store,
                                    sources: sources, exports: exports)
        config.resolution = ResolutionParser.parse(root["resolution"], w)
        config.survivorship = SurvivorshipParser.parse(root["survivorship"], w)
        return config
    }

    private static func parseExport(_ node: Node, path: String, _ w: YAMLWalker) -> ExportConfig? {
        guard let map = w.mapping(node, path, allowed: ["destination", "path"]) else { return nil }
        let destinationText = w.string(map["destination"], "\(path).destination")
        let destination = destinationText.flatMap(ExportConfig.Destination.init(rawValue:))
        if destinationText == nil {
            w.fail("\(path).destination", "missing")
        } else if destination == nil {
            let known = ExportConfig.Destination.allCases.map(\.rawValue).joined(separator: ", ")
            w.fail("\(path).destination", "unknown destination (known: \(known))")
        }
        let file = w.string(map["path"], "\(path).path")
        if file == nil { w.fail("\(path).path", "missing") }
        guard let destination, let file else { return nil }
        return ExportConfig(destination: destination, path: file)
    }
}
