import Foundation

/// A file that cannot be imported. Fatal: the sync changes nothing in the base.
public enum ImportError: Error, Sendable, CustomStringConvertible {
    case missingColumns(file: String, columns: [String], header: [String])
    case unreadable(file: String, reason: String)
    case noFiles(source: String, pattern: String)
    case mappingRequired(source: String)
    /// No importer recognises the file; `closest` describes the nearest candidates.
    case unknownFormat(file: String, closest: [String])
    /// Several importers recognise the file equally well.
    case ambiguousFormat(file: String, kinds: [String])
    /// The file was given to an importer whose columns it does not have.
    case notThisFormat(file: String, kind: String, title: String, missing: [String])
    /// A footer's record count (`Total rows: N`) disagrees with the records read: a cut file.
    case recordCountMismatch(file: String, footer: Int, found: Int)
    /// A report without a day column whose date range cannot be read.
    case reportRangeMissing(file: String, kind: String)

    public var description: String {
        switch self {
        case .missingColumns(let file, let columns, let header):
            let missing = columns.map { "\"\($0)\"" }.joined(separator: ", ")
            let found = header.prefix(40).map { "\"\($0)\"" }.joined(separator: ", ")
            return "\(file): mapped column\(columns.count == 1 ? "" : "s") \(missing) not in the header. "
                + "The header has: \(found). Fix the mapping or pick the right file."
        case .unreadable(let file, let reason):
            return "\(file): \(reason)"
        case .noFiles(let source, let pattern):
            return "source \(source): no file matches \(pattern). Check `path:` (relative to the pipeline file)."
        case .mappingRequired(let source):
            return "source \(source): the generic importer needs a `mapping:`."
        case .unknownFormat(let file, let closest):
            let near = closest.isEmpty ? "" : " Closest: " + closest.joined(separator: "; ") + "."
            return "\(file): no importer recognises this file's columns.\(near) "
                + "Import it with `importer: generic` and a column mapping (`truce inspect \(file)` suggests one), "
                + "or name the importer with --as KIND."
        case .ambiguousFormat(let file, let kinds):
            return "\(file): the columns fit several importers equally well (\(kinds.joined(separator: ", "))). "
                + "Name one with `importer:` in the source or --as KIND."
        case .notThisFormat(let file, let kind, let title, let missing):
            return "\(file): not a \(title) file (importer \(kind)): no row has the columns "
                + missing.map { "\"\($0)\"" }.joined(separator: ", ")
                + ". Use `importer: auto` to detect the format, or `importer: generic` with a mapping."
        case .recordCountMismatch(let file, let footer, let found):
            return "\(file): the footer says \(footer) records but \(found) were read; the file looks cut or edited. "
                + "Download the report again."
        case .reportRangeMissing(let file, let kind):
            return "\(file): the report has no day column and its date range (in the lines above the header) "
                + "cannot be read, so its figures cannot be dated (importer \(kind)). Export it with a day segment."
        }
    }
}
