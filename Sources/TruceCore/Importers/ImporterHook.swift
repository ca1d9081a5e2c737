import Foundation

/// What an importer knows about a file once its header is found.
public struct TableLayout: Sendable {
    public var header: [String]
    /// Rows above the header (titles, date ranges), as split by the reader.
    public var preamble: [[String]]
    public var headerLine: Int

    public init(header: [String], preamble: [[String]], headerLine: Int) {
        self.header = header
        self.preamble = preamble
        self.headerLine = headerLine
    }
}

/// Swift code a platform importer runs where its definition's data is not enough: reading a
/// report's date range from the title lines, checking a `Total rows: N` footer.
///
/// Definitions name hooks by `kind`; the built-ins are listed in `ImporterHooks.builtIn`.
public protocol ImporterHook: Sendable {
    var kind: String { get }
    /// Starts one file; `mapping` is the definition's mapping bound to this file's header.
    func begin(_ layout: TableLayout, mapping: MappingConfig, file: String, importer: String) throws -> any ImporterHookSession
}

/// A hook's state while one file is read.
public protocol ImporterHookSession {
    /// Fields added to the file's mapping (e.g. constants from the preamble).
    var fields: [FieldMapping] { get }
    /// Claims a record before mapping (a footer the hook understands); nil leaves it as data.
    mutating func claim(_ record: CSVRecord) -> DropReason?
    /// Called after the last record with the number of data records; throws to reject the file.
    mutating func finish(dataRecords: Int) throws
}

extension ImporterHookSession {
    public var fields: [FieldMapping] { [] }
    public mutating func claim(_ record: CSVRecord) -> DropReason? { nil }
    public mutating func finish(dataRecords: Int) throws {}
}

/// The built-in hooks, by kind.
public enum ImporterHooks {
    public static let builtIn: [String: any ImporterHook] = Dictionary(
        uniqueKeysWithValues: ([ReportRangeHook(), RecordCountFooterHook()] as [any ImporterHook]).map { ($0.kind, $0) })
}

/// Dates a report that has no day column with the range in its title lines (Google Ads
/// `July 8, 2025 - July 31, 2025` / `All time`, Yandex `"Name (2024-01-01 - 2024-01-31)"`):
/// every row's stats then cover exactly that range.
public struct ReportRangeHook: ImporterHook {
    public let kind = "report_range"

    public init() {}

    struct Session: ImporterHookSession {
        var fields: [FieldMapping]
    }

    public func begin(_ layout: TableLayout, mapping: MappingConfig, file: String,
                      importer: String) throws -> any ImporterHookSession {
        let bound = Set(mapping.fields.map(\.field.description))
        guard mapping.produces.contains(.campaignStats), !bound.contains("campaign_stats.date") else {
            return Session(fields: [])
        }
        let lines = layout.preamble.map { $0.joined(separator: " ") }
        guard let range = lines.lazy.compactMap(ReportRange.parse).first,
              let date = CanonicalField.named("campaign_stats.date"),
              let end = CanonicalField.named("campaign_stats.end_date") else {
            throw ImportError.reportRangeMissing(file: file, kind: importer)
        }
        return Session(fields: [FieldMapping(field: date, source: .constant(range.start)),
                                FieldMapping(field: end, source: .constant(range.end))])
    }
}

/// Checks a `Total rows: N` footer (Yandex Direct Reports API) against the records read, so a
/// cut download is an error instead of a silent partial import.
public struct RecordCountFooterHook: ImporterHook {
    public let kind = "total_rows_check"

    public init() {}

    struct Session: ImporterHookSession {
        let file: String
        var footer: Int?

        mutating func claim(_ record: CSVRecord) -> DropReason? {
            guard let first = record.fields.first?.trimmingCharacters(in: .whitespaces),
                  first.lowercased().hasPrefix("total rows:"),
                  record.fields.dropFirst().allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }),
                  let count = Int(first.dropFirst("total rows:".count).trimmingCharacters(in: .whitespaces))
            else { return nil }
            footer = count
            return .footer
        }

        mutating func finish(dataRecords: Int) throws {
            if let footer, footer != dataRecords {
                throw ImportError.recordCountMismatch(file: file, footer: footer, found: dataRecords)
            }
        }
    }

    public func begin(_ layout: TableLayout, mapping: MappingConfig, file: String,
                      importer: String) throws -> any ImporterHookSession {
        Session(file: file)
    }
}
