import Foundation

/// Writes one export file from the base.
public protocol Exporter: Sendable {
    /// Stable snake_case name, as written in `exports[].destination`.
    var kind: String { get }
    /// Writes the export atomically to `path`; returns the number of data rows written.
    func export(from reader: StoreReader, to path: String) throws -> Int
}

/// The built-in exporters, one per destination.
public struct ExporterRegistry: Sendable {
    public var exporters: [String: any Exporter]

    public init(_ exporters: [any Exporter]) {
        self.exporters = Dictionary(exporters.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public static let builtIn = ExporterRegistry([LineageExporter(), ProfilesExporter()])
}
