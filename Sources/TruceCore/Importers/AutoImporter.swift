import Foundation

/// `importer: auto`: detects each file's importer from its columns and reads it with that one.
/// An unknown or ambiguous file is a fatal error naming the closest candidates.
public struct AutoImporter: Importer {
    public let kind = "auto"
    public let registry: ImporterRegistry
    public let source: SourceConfig
    public let context: ImportContext

    public init(registry: ImporterRegistry, source: SourceConfig, context: ImportContext) {
        self.registry = registry
        self.source = source
        self.context = context
    }

    public func read(path: String, displayPath: String, emit: (consuming ImportEvent) throws -> Void) throws -> FileReadInfo {
        let options = TableOptions(csv: CSVOptions(encoding: source.encoding, delimiter: source.delimiter), sheet: source.sheet)
        let detected = try registry.detector.detect(path: path, display: displayPath, options: options).kind()
        var chosen = source
        chosen.importer = detected
        return try registry.importer(for: chosen, context: context).read(path: path, displayPath: displayPath, emit: emit)
    }
}
