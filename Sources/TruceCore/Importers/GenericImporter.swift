import Foundation

/// Imports any CSV/TSV through a column mapping (`importer: generic`).
///
/// YAML keys (on the source): `encoding`, `delimiter`, `header_row`, `footer`, `skip_rows`, and
/// `mapping` with `produces`, `record_id`, `fields`. See docs/pipeline.md.
public struct GenericImporter: Importer {
    public let kind = "generic"
    public let source: SourceConfig
    public let context: ImportContext
    private let footer: [NSRegularExpressionBox]
    private let filters: [(column: String, pattern: NSRegularExpressionBox)]

    /// Validates the options (regexes) without touching any file.
    public init(source: SourceConfig, context: ImportContext) throws {
        self.source = source
        self.context = context
        do {
            footer = try source.footer.map { try NSRegularExpressionBox($0) }
            filters = try source.skipRows.map { ($0.column, try NSRegularExpressionBox($0.matches)) }
        } catch {
            throw ConfigError(file: "", issues: [ConfigIssue(path: "sources.\(source.name)", message: "invalid regular expression")])
        }
    }

    public func read(path: String, displayPath: String, emit: (consuming ImportEvent) throws -> Void) throws -> FileReadInfo {
        guard let mapping = source.mapping else { throw ImportError.mappingRequired(source: source.name) }
        let csv = CSVOptions(encoding: source.encoding, delimiter: source.delimiter, headerLine: source.headerRow,
                             headerHint: mapping.columns + source.skipRows.map(\.column))
        let options = TableOptions(csv: csv, sheet: source.sheet)
        do {
            let reader = try Self.open(path, options)
            let mapper = try RowMapper(mapping: mapping, header: reader.header, file: displayPath, context: context)
            let filterColumns = filters.map { filter in (mapper.indices(of: filter.column), filter.pattern) }
            // No record collapses here: without a rule the collapser hands each event straight on.
            var collapser = RecordCollapser(rule: nil, header: reader.header)
            var batch = MappingBatch()
            var records = 0
            while let record = try reader.nextRecord() {
                records = record.number
                let ref = SourceRecordRef(source: source.name, file: displayPath, record: record.number)
                if let reason = dropReason(record.fields, filterColumns) {
                    batch.drop(ref, reason)
                } else {
                    batch.map(record, ref)
                }
                if batch.isFull { try batch.drain(mapper, into: &collapser, emit: emit) }
            }
            try batch.drain(mapper, into: &collapser, emit: emit)
            return FileReadInfo(format: reader.formatDescription, headerLine: reader.headerLineNumber, records: records,
                                importer: kind)
        } catch let error as ReadError {
            throw ImportError.unreadable(file: displayPath, reason: String(describing: error))
        }
    }

    /// Opens the file looking for a header with the mapped columns; when no row has most of them,
    /// falls back to the structural header so the missing columns can be named one by one.
    private static func open(_ path: String, _ options: TableOptions) throws -> any TableReader {
        do {
            return try TableReaders.open(path: path, options: options)
        } catch ReadError.headerNotFound {
            var relaxed = options
            relaxed.csv.headerHint = []
            return try TableReaders.open(path: path, options: relaxed)
        }
    }

    private func dropReason(_ fields: [String], _ filterColumns: [([Int], NSRegularExpressionBox)]) -> DropReason? {
        if fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { return .blank }
        if let first = fields.first, footer.contains(where: { $0.matches(first) }) { return .footer }
        for (indices, pattern) in filterColumns {
            if indices.contains(where: { $0 < fields.count && pattern.matches(fields[$0]) }) { return .filtered }
        }
        return nil
    }
}

/// A compiled regex that can be shared between threads (it is immutable once built).
struct NSRegularExpressionBox: @unchecked Sendable {
    private let regex: NSRegularExpression

    init(_ pattern: String) throws {
        regex = try NSRegularExpression(pattern: pattern)
    }

    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
