import Foundation

/// What an importer hands the pipeline for each data record of a file.
public enum ImportEvent: Sendable {
    /// A record mapped onto the canonical model. `ImportedRow` is one reference to its shared
    /// fields, and the other cases are boxed, so an event moves through batches, the folding
    /// step and the pipe as one reference instead of a wide struct of Strings.
    case row(ImportedRow)
    /// A record that could not be used, with where and why.
    indirect case quarantined(QuarantineEntry)
    /// A footer, total or filtered row, dropped on purpose.
    indirect case dropped(SourceRecordRef, DropReason)
}

public enum DropReason: String, Sendable, CaseIterable {
    /// Footer lines (`Total rows: N`, `Grand Totals (…)`, confidentiality notes).
    case footer
    /// Rows the source's `skip_rows` filters matched.
    case filtered
    case blank
    /// Totals and summary rows (`Total: Campaigns`, `Итого`, an account-total first row).
    case total
    /// An empty report's placeholder row (`No data available.`).
    case noData = "no_data"
    /// A platform's test record (Meta test leads); counted as `test_records`, never a profile.
    case testRecord = "test_record"
}

/// Facts about a file that was read, for the run summary and lineage.
public struct FileReadInfo: Sendable, Equatable {
    /// How the file was read, e.g. `windows-1251 ;`.
    public var format: String
    public var headerLine: Int
    public var records: Int
    /// The importer that read it (the detected one under `importer: auto`).
    public var importer: String

    public init(format: String, headerLine: Int, records: Int, importer: String) {
        self.format = format
        self.headerLine = headerLine
        self.records = records
        self.importer = importer
    }
}

/// Settings of a run that every importer needs.
public struct ImportContext: Sendable {
    public var timeZone: TimeZone
    public var defaultRegion: String

    public init(timeZone: TimeZone, defaultRegion: String) {
        self.timeZone = timeZone
        self.defaultRegion = defaultRegion
    }
}

/// Reads one file of a source and turns its records into canonical records.
public protocol Importer: Sendable {
    /// Stable snake_case name, as written in `sources[].importer`.
    var kind: String { get }
    /// Reads `path`, reporting it as `displayPath`, and hands every record to `emit`.
    /// Throws `ImportError` for a file that cannot be read at all.
    func read(path: String, displayPath: String, emit: (consuming ImportEvent) throws -> Void) throws -> FileReadInfo
}
