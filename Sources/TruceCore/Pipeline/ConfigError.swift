import Foundation

/// One problem in a pipeline file, located by its key path.
public struct ConfigIssue: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// A pipeline file that cannot be used. Carries every problem found, not just the first.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var issues: [ConfigIssue]

    public init(file: String, issues: [ConfigIssue]) {
        self.file = file
        self.issues = issues
    }

    public var description: String {
        let lines = issues.map { "  - \($0)" }.joined(separator: "\n")
        return "\(file): \(issues.count) problem\(issues.count == 1 ? "" : "s") in the pipeline file:\n\(lines)"
    }
}
