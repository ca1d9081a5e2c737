import Foundation

/// The importers a pipeline can name, listed explicitly. Tests may build their own.
public struct ImporterRegistry: Sendable {
    public typealias Factory = @Sendable (SourceConfig, ImportContext) throws -> any Importer

    public var factories: [String: Factory]
    /// Definitions `importer: auto` and `truce inspect` detect from, in order.
    public var definitions: [ImporterDefinition]

    public init(_ factories: [String: Factory], definitions: [ImporterDefinition] = []) {
        self.factories = factories
        self.definitions = definitions
    }

    /// `generic` plus one `PlatformImporter` per definition.
    public init(platforms: [ImporterDefinition]) {
        var factories: [String: Factory] = ["generic": { try GenericImporter(source: $0, context: $1) }]
        for definition in platforms {
            factories[definition.kind] = { try PlatformImporter(definition: definition, source: $0, context: $1) }
        }
        self.init(factories, definitions: platforms)
    }

    /// Every built-in importer (see `BuiltInImporters`).
    public static let builtIn = ImporterRegistry(platforms: BuiltInImporters.definitions)

    /// Kinds a source may name, `auto` included.
    public var kinds: [String] { (Array(factories.keys) + ["auto"]).sorted() }

    public var detector: ImporterDetector { ImporterDetector(definitions: definitions) }

    public func definition(_ kind: String) -> ImporterDefinition? {
        definitions.first { $0.kind == kind }
    }

    /// The role of a source read by importer `kind`: the definition's, else `sheet` (the generic
    /// importer, or a base imported by a kind this registry does not know).
    public func role(of kind: String?) -> SourceRole {
        kind.flatMap(definition)?.role ?? .sheet
    }

    /// The id space of the person ids read by importer `kind`, if its definition names one.
    public func personIDRule(of kind: String?) -> PersonIDRule? {
        kind.flatMap(definition)?.personIDs
    }

    public func importer(for source: SourceConfig, context: ImportContext) throws -> any Importer {
        if source.importer == "auto" { return AutoImporter(registry: self, source: source, context: context) }
        guard let factory = factories[source.importer] else {
            throw ConfigError(file: "", issues: [ConfigIssue(path: "sources.\(source.name).importer",
                                                             message: "unknown importer \(source.importer)")])
        }
        return try factory(source, context)
    }
}
