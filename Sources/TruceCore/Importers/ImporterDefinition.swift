import Foundation

/// A platform importer written as data: how to recognise the file, how to read it, which rows
/// to drop, and a fixed mapping of its columns onto canonical fields.
///
/// Built-ins live in `Platforms/`; the type holds only values (no closures) so definitions can
/// later be loaded from YAML files in a pipeline's `importers/` folder. What data cannot say is
/// done by named `ImporterHook`s (`hooks`).
public struct ImporterDefinition: Sendable {
    /// Stable snake_case name, as written in `sources[].importer`.
    public var kind: String
    /// What the file is, for people: `Meta Lead Ads download`.
    public var title: String
    /// The department whose tool writes this export; survivorship rules name roles.
    public var role: SourceRole
    public var signature: HeaderSignature
    /// Encoding and delimiter to assume when the source does not say (default: detect).
    public var encoding: TextEncoding?
    public var delimiter: UInt8?
    /// Record kinds a row produces, some only when the header has certain columns.
    public var records: [RecordPlan]
    /// Columns holding the record's own id, first present wins.
    public var recordID: [ColumnPattern]
    public var fields: [FieldTemplate]
    /// Rows dropped (and counted) before mapping: totals, footers, test records.
    public var rows: [RowRule]
    /// Cell values that mean "no value" in this format (` --`, `[]`, `-`), besides empty cells.
    public var nullMarkers: [String]
    /// What happens to columns the mapping does not name (custom form questions, CRM custom fields).
    public var leftover: LeftoverRule?
    /// Consecutive lines with the same id form one record (Bitrix24 repeats a lead per product).
    public var collapse: CollapseRule?
    /// Swift hooks, by kind, run for this importer (see `ImporterHooks.builtIn`).
    public var hooks: [String]
    /// The id space of the `person.external_ids` it reads; nil: the ids join nothing.
    public var personIDs: PersonIDRule?

    public init(kind: String, title: String, role: SourceRole, signature: HeaderSignature, encoding: TextEncoding? = nil,
                delimiter: UInt8? = nil, records: [RecordPlan], recordID: [ColumnPattern] = [],
                fields: [FieldTemplate], rows: [RowRule] = [], nullMarkers: [String] = [],
                leftover: LeftoverRule? = nil, collapse: CollapseRule? = nil, hooks: [String] = [],
                personIDs: PersonIDRule? = nil) {
        self.kind = kind
        self.title = title
        self.role = role
        self.signature = signature
        self.encoding = encoding
        self.delimiter = delimiter
        self.records = records
        self.recordID = recordID
        self.fields = fields
        self.rows = rows
        self.nullMarkers = nullMarkers
        self.leftover = leftover
        self.collapse = collapse
        self.hooks = hooks
        self.personIDs = personIDs
    }
}

/// One record kind an importer produces.
public struct RecordPlan: Sendable {
    public var kind: RecordKind
    /// Produced only when the header has one of these columns (empty: always).
    public var whenColumns: [ColumnPattern]
    /// Produced only by rows that carry one of its column-mapped fields (see `MappingConfig.optional`).
    public var perRow: Bool

    public init(_ kind: RecordKind, whenColumns: [ColumnPattern] = [], perRow: Bool = false) {
        self.kind = kind
        self.whenColumns = whenColumns
        self.perRow = perRow
    }
}

/// One canonical field of a definition: candidate columns (every present one is read, in this
/// order) or a constant, plus how to read the cells.
public struct FieldTemplate: Sendable {
    public var field: CanonicalField
    public var columns: [ColumnPattern]
    public var constant: String?
    /// The field is left out when the header has any of these columns (a report broken down by
    /// `Day` takes its date from there, not from the reporting range).
    public var unless: [ColumnPattern]
    public var format: String?
    public var decimalMark: Character?
    public var prefix: String?
    public var microUnits: Bool
    public var values: [String: String]
    /// Cells are kept as `Column: value` (breakdown dimensions, custom fields).
    public var labelled: Bool
    /// An id column: text that is not digits is no value.
    public var digitsOnly: Bool

    public init(_ name: String, _ columns: [ColumnPattern] = [], constant: String? = nil, unless: [ColumnPattern] = [],
                format: String? = nil, decimalMark: Character? = nil, prefix: String? = nil, microUnits: Bool = false,
                values: [String: String] = [:], labelled: Bool = false, digitsOnly: Bool = false) {
        guard let field = CanonicalField.named(name) else { preconditionFailure("unknown canonical field \(name)") }
        self.field = field
        self.columns = columns
        self.constant = constant
        self.unless = unless
        self.format = format
        self.decimalMark = decimalMark
        self.prefix = prefix
        self.microUnits = microUnits
        self.values = values
        self.labelled = labelled
        self.digitsOnly = digitsOnly
    }
}

/// A row that is not data: a total, a footer, a "no data" line, a test record.
public struct RowRule: Sendable {
    public enum Test: Sendable {
        /// The first cell starts with one of these texts (ignoring case and surrounding spaces).
        case firstCellPrefix([String])
        /// Some cell contains this text (ignoring ASCII case).
        case anyCellContains(String)
        /// A column's cell equals one of the values (ignoring case).
        case columnEquals([ColumnPattern], [String])
        /// Every one of these columns present in the header is empty (a summary row without names).
        case allEmpty([ColumnPattern])
    }

    public var test: Test
    public var reason: DropReason
    /// Every later row is a footer too (Salesforce's `Grand Totals` block).
    public var endsData: Bool

    public init(_ test: Test, _ reason: DropReason, endsData: Bool = false) {
        self.test = test
        self.reason = reason
        self.endsData = endsData
    }
}

/// Where unmapped columns go: each non-empty cell becomes `Column: value` in a free-text list
/// field, chosen by keywords in the column name.
public struct LeftoverRule: Sendable {
    public struct Target: Sendable {
        public var keywords: [String]
        public var field: CanonicalField

        public init(_ keywords: [String], _ name: String) {
            guard let field = CanonicalField.named(name) else { preconditionFailure("unknown canonical field \(name)") }
            self.keywords = keywords
            self.field = field
        }
    }

    /// Columns kept only in the raw record (tracking ids, system columns).
    public var ignore: [ColumnPattern]
    /// First target whose keyword occurs in the (lower-cased) column name wins.
    public var targets: [Target]
    /// Where the other columns go.
    public var otherwise: CanonicalField

    public init(ignore: [ColumnPattern] = [], targets: [Target] = [], otherwise: String) {
        guard let field = CanonicalField.named(otherwise) else { preconditionFailure("unknown canonical field \(otherwise)") }
        self.ignore = ignore
        self.targets = targets
        self.otherwise = field
    }
}

/// Consecutive lines sharing a non-empty value in `key` are one record: the first line is mapped,
/// list fields of the later lines are added to it, and every line stays in lineage.
public struct CollapseRule: Sendable {
    public var key: [ColumnPattern]

    public init(key: [ColumnPattern]) {
        self.key = key
    }
}
