import Foundation

/// A file that cannot be imported. Fatal: the sync changes nothing in the base.
public enum ImportError: Error, Sendable, CustomStringConvertible {
    case missingColumns(file: String, columns: [String], header: [String])
    case unreadable(file: String, reason: String)
    case noFiles(source: String, pattern: String)

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
        }
    }
}
