import Foundation

/// The importers a pipeline can name, listed explicitly. Tests may build their own.
public struct ImporterRegistry: Sendable {
    public typealias Factory = @Sendable (SourceConfig, ImportContext) throws -> any Importer

    public var factories: [String: Factory]

    public init(_ factories: [String: Factory]) {
        self.factories = factories
    }

    public static let builtIn = ImporterRegistry([
        "generic": { try GenericImporter(source: $0, context: $1) },
    ])

    public func importer(for source: SourceConfig, context: ImportContext) throws -> any Importer {
        guard let factory = factories[source.importer] else {
            throw ConfigError(file: "", issues: [ConfigIssue(path: "sources.\(source.name).importer",
                                                             message: "unknown importer \(source.importer)")])
        }
        return try factory(source, context)
    }
}
