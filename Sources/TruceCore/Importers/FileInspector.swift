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
    /// The first records, normalized through the suggested mapping: field → value.
    public var samples: [[(field: String, value: String)]] = []
}

public enum FileInspector {
    public static func inspect(path: String, display: String, context: ImportContext) throws -> FileInspection {
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
            result.problems.append("\(ragged.count) records have a different number of cells than the header (records \(list)\(ragged.count > 10 ? ", …" : "")); they would be quarantined")
        }
        result.columns = profiler.columns
        result.problems += profiler.problems
        return result
    }
}
