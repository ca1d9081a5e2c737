import Foundation

/// Writes one export file from the base.
public protocol Exporter: Sendable {
    /// Stable snake_case name, as written in `exports[].destination`.
    var kind: String { get }
    /// Writes the export atomically to `path`; returns the number of data rows written.
    func export(from reader: StoreReader, to path: String, context: ExportContext) throws -> Int
}

/// What a pipeline tells exporters beyond the base itself.
public struct ExportContext: Sendable {
    /// Rules for the golden profile's fields.
    public var survivorship: Survivorship
    /// The importers whose definitions say each source's default role.
    public var importers: ImporterRegistry

    public init(survivorship: Survivorship = Survivorship(), importers: ImporterRegistry = .builtIn) {
        self.survivorship = survivorship
        self.importers = importers
    }
}

/// The built-in exporters, one per destination.
public struct ExporterRegistry: Sendable {
    public var exporters: [String: any Exporter]

    public init(_ exporters: [any Exporter]) {
        self.exporters = Dictionary(exporters.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public static let builtIn = ExporterRegistry([LineageExporter(), ProfilesExporter()])
}
