import Foundation
import Yams

/// Parses one `sources[]` entry and its column mapping.
enum SourceParser {
    /// Kinds a source may name: `generic`, `auto` and every built-in platform importer.
    static var importers: Set<String> { Set(ImporterRegistry.builtIn.kinds) }

    static func parse(_ node: Node, path: String, _ w: YAMLWalker) -> SourceConfig? {
        let keys: Set<String> = ["name", "importer", "path", "encoding", "delimiter", "header_row", "sheet",
                                 "footer", "skip_rows", "mapping"]
        guard let map = w.mapping(node, path, allowed: keys) else { return nil }
        let name = w.string(map["name"], "\(path).name")
        if let name, !isSnakeCase(name) {
            w.fail("\(path).name", "use lower-case letters, digits and _ (e.g. meta_leads)")
        } else if name == nil {
            w.fail("\(path).name", "missing")
        }
        let importer = w.string(map["importer"], "\(path).importer") ?? "generic"
        if !importers.contains(importer) {
            w.fail("\(path).importer", "unknown importer (known: \(importers.sorted().joined(separator: ", ")))")
        }
        let generic = importer == "generic"
        let file = w.string(map["path"], "\(path).path")
        if file == nil { w.fail("\(path).path", "missing: a file, folder or glob") }
        let encoding = parseEncoding(map["encoding"], "\(path).encoding", w)
        let delimiter = parseDelimiter(map["delimiter"], "\(path).delimiter", w)
        var headerRow: Int?
        if let text = w.string(map["header_row"], "\(path).header_row"), text != "auto" {
            if let row = Int(text), row >= 1 { headerRow = row } else {
                w.fail("\(path).header_row", "expected auto or a row number from 1")
            }
        }
        var sheet: SheetSelector?
        if let text = w.string(map["sheet"], "\(path).sheet") {
            if let index = Int(text) {
                if index >= 1 { sheet = .index(index) } else { w.fail("\(path).sheet", "sheet numbers start at 1") }
            } else {
                sheet = .name(text)
            }
        }
        let footer = w.strings(map["footer"], "\(path).footer") ?? []
        for (index, pattern) in footer.enumerated() where (try? NSRegularExpression(pattern: pattern)) == nil {
            w.fail("\(path).footer[\(index)]", "not a valid regular expression")
        }
        let skipRows = (w.sequence(map["skip_rows"], "\(path).skip_rows") ?? []).enumerated().compactMap {
            parseFilter($0.element, "\(path).skip_rows[\($0.offset)]", w)
        }
        let mapping = map["mapping"].flatMap { MappingParser.parse($0, path: "\(path).mapping", complete: generic, w) }
        if map["mapping"] == nil && generic {
            w.fail("\(path).mapping", "missing: the generic importer needs a column mapping (or use importer: auto)")
        }
        guard let name, let file, mapping != nil || !generic else { return nil }
        return SourceConfig(name: name, importer: importer, path: file, encoding: encoding, delimiter: delimiter,
                            headerRow: headerRow, sheet: sheet, footer: footer, skipRows: skipRows, mapping: mapping)
    }

    private static func isSnakeCase(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    private static func parseEncoding(_ node: Node?, _ path: String, _ w: YAMLWalker) -> TextEncoding? {
        guard let text = w.string(node, path), text != "auto" else { return nil }
        let aliases: [String: TextEncoding] = ["utf8": .utf8, "utf-8-sig": .utf8, "cp1251": .windows1251,
                                               "utf16le": .utf16LE, "utf16be": .utf16BE]
        if let encoding = TextEncoding(rawValue: text.lowercased()) ?? aliases[text.lowercased()] { return encoding }
        let known = TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")
        w.fail(path, "unknown encoding (known: auto, \(known))")
        return nil
    }

    private static func parseDelimiter(_ node: Node?, _ path: String, _ w: YAMLWalker) -> UInt8? {
        guard let text = w.string(node, path), text != "auto" else { return nil }
        switch text {
        case ",": return UInt8(ascii: ",")
        case ";": return UInt8(ascii: ";")
        case "\t", "\\t", "tab", "TAB": return UInt8(ascii: "\t")
        case "|": return UInt8(ascii: "|")
        default:
            w.fail(path, "expected auto, \",\", \";\", \"\\t\" or \"|\"")
            return nil
        }
    }

    private static func parseFilter(_ node: Node, _ path: String, _ w: YAMLWalker) -> RowFilter? {
        guard let map = w.mapping(node, path, allowed: ["column", "matches"]) else { return nil }
        let column = w.string(map["column"], "\(path).column")
        let pattern = w.string(map["matches"], "\(path).matches")
        if column == nil { w.fail("\(path).column", "missing") }
        if pattern == nil { w.fail("\(path).matches", "missing") }
        if let pattern, (try? NSRegularExpression(pattern: pattern)) == nil {
            w.fail("\(path).matches", "not a valid regular expression")
        }
        guard let column, let pattern else { return nil }
        return RowFilter(column: column, matches: pattern)
    }
}
