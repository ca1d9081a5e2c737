import Foundation

/// Reads one platform's export through its `ImporterDefinition` (`importer: meta_lead_ads`, …):
/// finds the header by the signature, binds the fixed mapping to the columns present, drops
/// totals, footers and test records, and maps the rest through `RowMapper`.
///
/// YAML keys on the source (all optional): `encoding`, `delimiter`, `header_row`, `sheet` override
/// the definition's reading hints; `footer` and `skip_rows` drop more rows; `mapping.fields`
/// replace or add fields of the built-in mapping.
public struct PlatformImporter: Importer {
    public let definition: ImporterDefinition
    public let source: SourceConfig
    public let context: ImportContext
    private let hooks: [any ImporterHook]
    private let footer: [NSRegularExpressionBox]
    private let filters: [(column: String, pattern: NSRegularExpressionBox)]

    public var kind: String { definition.kind }

    /// Checks the options (hook names, regexes) without touching any file.
    public init(definition: ImporterDefinition, source: SourceConfig, context: ImportContext,
                hooks available: [String: any ImporterHook] = ImporterHooks.builtIn) throws {
        self.definition = definition
        self.source = source
        self.context = context
        var issues: [ConfigIssue] = []
        hooks = definition.hooks.compactMap { name in
            if let hook = available[name] { return hook }
            issues.append(ConfigIssue(path: "importers.\(definition.kind).hooks", message: "unknown hook \(name)"))
            return nil
        }
        var footer: [NSRegularExpressionBox] = []
        var filters: [(column: String, pattern: NSRegularExpressionBox)] = []
        do {
            footer = try source.footer.map { try NSRegularExpressionBox($0) }
            filters = try source.skipRows.map { ($0.column, try NSRegularExpressionBox($0.matches)) }
        } catch {
            issues.append(ConfigIssue(path: "sources.\(source.name)", message: "invalid regular expression"))
        }
        guard issues.isEmpty else { throw ConfigError(file: "", issues: issues) }
        self.footer = footer
        self.filters = filters
    }

    public func read(path: String, displayPath: String, emit: (consuming ImportEvent) throws -> Void) throws -> FileReadInfo {
        do {
            let reader = try open(path, displayPath)
            let layout = TableLayout(header: reader.header, preamble: reader.preamble, headerLine: reader.headerLineNumber)
            var mapping = definition.mapping(for: reader.header, overrides: source.mapping)
            var sessions = try hooks.map { try $0.begin(layout, mapping: mapping, file: displayPath, importer: kind) }
            mapping.fields += sessions.flatMap(\.fields)
            let mapper = try RowMapper(mapping: mapping, header: reader.header, file: displayPath, context: context)
            let rules = RowRules(definition.rows, header: reader.header, footer: footer,
                                 filters: filters.map { (mapper.indices(of: $0.column), $0.pattern) })
            var collapser = RecordCollapser(rule: definition.collapse, header: reader.header)
            var batch = MappingBatch()
            var records = 0
            var data = 0
            var ended = false
            while let record = try reader.nextRecord() {
                records = record.number
                let ref = SourceRecordRef(source: source.name, file: displayPath, record: record.number)
                var reason: DropReason? = ended ? .footer : rules.reason(record.fields, ended: &ended)
                for index in sessions.indices where reason == nil { reason = sessions[index].claim(record) }
                if let reason {
                    batch.drop(ref, reason)
                } else {
                    data += 1
                    batch.map(record, ref)
                }
                if batch.isFull { try batch.drain(mapper, into: &collapser, emit: emit) }
            }
            try batch.drain(mapper, into: &collapser, emit: emit)
            try collapser.flush(emit)
            for index in sessions.indices { try sessions[index].finish(dataRecords: data) }
            return FileReadInfo(format: reader.formatDescription, headerLine: reader.headerLineNumber, records: records,
                                importer: kind)
        } catch let error as ReadError {
            throw ImportError.unreadable(file: displayPath, reason: String(describing: error))
        }
    }

    /// Opens the file and makes sure its header is the row the signature describes: past title
    /// lines, or on a row the structural guess took for data.
    func open(_ path: String, _ display: String) throws -> any TableReader {
        let csv = CSVOptions(encoding: source.encoding ?? definition.encoding,
                             delimiter: source.delimiter ?? definition.delimiter, headerLine: source.headerRow)
        let options = TableOptions(csv: csv, sheet: source.sheet)
        let reader = try TableReaders.open(path: path, options: options)
        let signature = definition.signature
        let first = signature.match(reader.header)
        if first.isComplete { return reader }
        guard source.headerRow == nil, let row = try SignatureSearch.row(in: reader, signature) else {
            throw ImportError.notThisFormat(file: display, kind: kind, title: definition.title, missing: first.missing)
        }
        var hinted = options
        hinted.csv.headerHint = row.map { CSVHeaderName.trimmed($0) }.filter { !$0.isEmpty }
        let again = try TableReaders.open(path: path, options: hinted)
        guard signature.match(again.header).isComplete else {
            throw ImportError.notThisFormat(file: display, kind: kind, title: definition.title, missing: first.missing)
        }
        return again
    }
}

/// Looks for the row of column names a signature describes among a reader's title lines and
/// first records (consuming them).
enum SignatureSearch {
    static let recordsSearched = 30

    static func row(in reader: any TableReader, _ signature: HeaderSignature) throws -> [String]? {
        if let row = reader.preamble.first(where: { signature.match($0).isComplete }) { return row }
        for _ in 0..<recordsSearched {
            guard let record = try reader.nextRecord() else { return nil }
            if signature.match(record.fields).isComplete { return record.fields }
        }
        return nil
    }
}
