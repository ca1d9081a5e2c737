import Foundation

/// What `truce inspect` reports about a file: how it reads, what its columns look like, and a
/// suggested mapping. Reads the whole file once; writes nothing.
public struct FileInspection: Sendable {
    public struct Column: Sendable {
        public var name: String
        public var filled = 0
        /// `email`, `phone`, `date`, `number` or `text`, from the values.
        public var looksLike = "text"
        /// A canonical field suggested from the header name and values, if any.
        public var suggestion: String?
    }

    public var file: String
    /// How the file reads, e.g. `utf-16le TAB`.
    public var format = ""
    public var encoding = ""
    public var delimiter = ""
    public var headerLine = 0
    public var preambleLines = 0
    public var records = 0
    public var columns: [Column] = []
    public var problems: [String] = []
    static let raggedProblemMarker = "Ragged rows: "
    /// The first records, normalized through the suggested mapping: field → value.
    public var samples: [[(field: String, value: String)]] = []
    /// The importer that would read the file (detected, or named with `--as`); nil when none fits.
    public var importer: String?
    public var importerTitle: String?
    /// Why: the detection's matched names, or how the importer was chosen.
    public var reasons: [String] = []
    /// The nearest importers when none (or several) fit.
    public var candidates: [String] = []
    /// What the importer made of the file: imported, dropped by reason, quarantined, test records.
    public var importerCounts: [String: Int] = [:]
    /// The importer's first records, as canonical JSON lines.
    public var importerSamples: [String] = []
}

public enum FileInspector {
    /// `importer`: a kind to use instead of detection (`--as`); `generic` skips importers.
    public static func inspect(path: String, display: String, context: ImportContext,
                               registry: ImporterRegistry = .builtIn, importer: String? = nil) throws -> FileInspection {
        var result = try profile(path: path, display: display, context: context)
        try runImporter(&result, path: path, context: context, registry: registry, kind: importer)
        return result
    }

    static func profile(path: String, display: String, context: ImportContext) throws -> FileInspection {
        var result = FileInspection(file: display)
        let reader: any TableReader
        do {
            reader = try TableReaders.open(path: path)
        } catch {
            throw ImportError.unreadable(file: display, reason: String(describing: error))
        }
        result.format = reader.formatDescription
        if let csv = reader as? CSVReader {
            result.encoding = csv.encoding.rawValue
            result.delimiter = csv.delimiter == 9 ? "\\t" : String(UnicodeScalar(csv.delimiter))
        }
        result.headerLine = reader.headerLineNumber
        result.preambleLines = reader.preamble.count
        var profiler = ColumnProfiler(header: reader.header, context: context)
        var ragged: [Int] = []
        do {
            while let record = try reader.nextRecord() {
                result.records = record.number
                if record.fields.count != reader.header.count {
                    ragged.append(record.number)
                    continue
                }
                let sample = profiler.add(record.fields)
                if result.samples.count < 3 { result.samples.append(sample) }
            }
        } catch {
            result.problems.append(String(describing: error))
        }
        if !ragged.isEmpty {
            let list = ragged.prefix(10).map(String.init).joined(separator: ", ")
            result.problems.append("\(FileInspection.raggedProblemMarker)\(ragged.count) records have a different number of cells than the header (records \(list)\(ragged.count > 10 ? ", …" : "")); they would be quarantined")
        }
        result.columns = profiler.columns
        result.problems += profiler.problems
        return result
    }
}
