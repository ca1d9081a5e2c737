import Foundation

/// A parsed, validated pipeline file (`version: 1`). See docs/pipeline.md for the YAML keys.
public struct PipelineConfig: Sendable {
    /// The file the pipeline was read from; relative paths resolve against its folder.
    public var file: URL
    /// Zone for local times without an offset. YAML `timezone`, default UTC.
    public var timeZone: TimeZone
    /// Phone region for national numbers. YAML `default_region`, default `RU`.
    public var defaultRegion: String
    /// Where the base lives. YAML `store`, default `sqlite:.truce/truce.sqlite`.
    public var store: StoreLocation
    public var sources: [SourceConfig]
    public var exports: [ExportConfig]
    /// How records become profiles. YAML `resolution` (see `MatchSettings` for the keys).
    public var resolution = ResolutionConfig()
    /// Rules for the golden profile's fields. YAML `survivorship` (see `Survivorship`).
    public var survivorship = Survivorship()

    public var baseDirectory: URL { file.deletingLastPathComponent() }

    public init(file: URL, timeZone: TimeZone = .gmt, defaultRegion: String = "RU",
                store: StoreLocation, sources: [SourceConfig] = [], exports: [ExportConfig] = []) {
        self.file = file
        self.timeZone = timeZone
        self.defaultRegion = defaultRegion
        self.store = store
        self.sources = sources
        self.exports = exports
    }
}

/// Where the unified base is kept.
public enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)

    /// Parses `sqlite:PATH` (relative to `base`); other schemes are not built into this store.
    public static func parse(_ text: String, relativeTo base: URL) -> StoreLocation? {
        guard text.hasPrefix("sqlite:") else { return nil }
        let path = String(text.dropFirst("sqlite:".count))
        guard !path.isEmpty else { return nil }
        return .sqlite(path: path.hasPrefix("/") ? path : base.appendingPathComponent(path).standardized.path)
    }

    public var description: String {
        switch self {
        case .sqlite(let path): "sqlite:\(path)"
        }
    }
}

/// One `sources[]` entry.
public struct SourceConfig: Sendable {
    public var name: String
    /// `generic` (the column-mapping importer), `auto` (detected per file) or a built-in kind
    /// such as `meta_lead_ads` (see `ImporterRegistry.builtIn`).
    public var importer: String
    /// A file, a folder or a glob, relative to the pipeline folder.
    public var path: String
    public var encoding: TextEncoding?
    public var delimiter: UInt8?
    public var headerRow: Int?
    /// Worksheet of a workbook (`sheet:` name or 1-based index); default the first visible one.
    public var sheet: SheetSelector?
    /// Regexes matched against a row's first cell; matching rows are footers and are dropped.
    public var footer: [String]
    public var skipRows: [RowFilter]
    /// The column mapping: required by `generic`; for a platform importer, fields listed here
    /// replace (or add to) its built-in mapping.
    public var mapping: MappingConfig?

    public init(name: String, importer: String = "generic", path: String, encoding: TextEncoding? = nil,
                delimiter: UInt8? = nil, headerRow: Int? = nil, sheet: SheetSelector? = nil, footer: [String] = [],
                skipRows: [RowFilter] = [], mapping: MappingConfig?) {
        self.name = name
        self.importer = importer
        self.path = path
        self.encoding = encoding
        self.delimiter = delimiter
        self.headerRow = headerRow
        self.sheet = sheet
        self.footer = footer
        self.skipRows = skipRows
        self.mapping = mapping
    }
}

/// Drops rows whose `column` matches the regex `matches`.
public struct RowFilter: Sendable, Equatable {
    public var column: String
    public var matches: String

    public init(column: String, matches: String) {
        self.column = column
        self.matches = matches
    }
}

/// How a source's columns become canonical records.
public struct MappingConfig: Sendable {
    public var produces: Set<RecordKind>
    /// Kinds produced only by rows that carry one of their column-mapped fields besides the
    /// required ones (a CRM row gives a touchpoint only when it has UTM tags or a click id).
    public var optional: Set<RecordKind>
    public var recordID: String?
    public var fields: [FieldMapping]
    /// Cell values read as empty in every mapped column (after trimming, case-insensitive).
    public var nullMarkers: Set<String>

    public init(produces: Set<RecordKind>? = nil, optional: Set<RecordKind> = [], recordID: String? = nil,
                fields: [FieldMapping], nullMarkers: Set<String> = []) {
        self.fields = fields.sorted { $0.field < $1.field }
        self.recordID = recordID
        self.produces = produces ?? Set(fields.map(\.field.kind))
        self.optional = optional
        self.nullMarkers = Set(nullMarkers.map { $0.lowercased() })
    }

    /// Every column name the mapping reads.
    public var columns: [String] {
        var seen = Set<String>()
        let names = (recordID.map { [$0] } ?? []) + fields.flatMap { mapping -> [String] in
            if case .columns(let names) = mapping.source { return names }
            return []
        }
        return names.filter { seen.insert($0).inserted }
    }
}

/// One `mapping.fields` entry.
public struct FieldMapping: Sendable {
    public enum Source: Sendable, Equatable {
        case columns([String])
        case constant(String)
    }

    public var field: CanonicalField
    public var source: Source
    /// Date pattern with `yyyy MM dd HH mm ss` tokens.
    public var format: String?
    /// Forced decimal mark for numbers.
    public var decimalMark: Character?
    public var currency: String?
    /// Text stripped from the start of each value, case-insensitively.
    public var prefix: String?
    /// Each value is kept as `Column name: value` (custom fields and form answers in free-text lists).
    public var labelled: Bool
    /// Whole numbers are millionths of a unit (Yandex Direct's API money); decimals are units.
    public var microUnits: Bool
    /// Replaces whole cell values (keys lower-cased); an empty replacement means no value.
    public var values: [String: String]
    /// Only digits make an id: other text (Meta writes a permission message into id cells) is no value.
    public var digitsOnly: Bool

    public init(field: CanonicalField, source: Source, format: String? = nil, decimalMark: Character? = nil,
                currency: String? = nil, prefix: String? = nil, labelled: Bool = false, microUnits: Bool = false,
                values: [String: String] = [:], digitsOnly: Bool = false) {
        self.field = field
        self.digitsOnly = digitsOnly
        self.source = source
        self.format = format
        self.decimalMark = decimalMark
        self.currency = currency
        self.prefix = prefix
        self.labelled = labelled
        self.microUnits = microUnits
        self.values = Dictionary(values.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
    }
}

/// One `exports[]` entry.
public struct ExportConfig: Sendable {
    public enum Destination: String, Sendable, CaseIterable {
        case lineage, profiles
    }

    public var destination: Destination
    /// Output path, relative to the pipeline folder.
    public var path: String

    public init(destination: Destination, path: String) {
        self.destination = destination
        self.path = path
    }
}
