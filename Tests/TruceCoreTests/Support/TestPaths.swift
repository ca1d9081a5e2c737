import Foundation

/// Locations the tests need: the package root, the shared suites, fresh temporary folders.
enum TestPaths {
    /// The folder holding Package.swift, found from this file's path.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `../shared` beside the repository, or `TRUCE_SHARED`.
    static var shared: URL {
        if let path = ProcessInfo.processInfo.environment["TRUCE_SHARED"] { return URL(fileURLWithPath: path) }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// A new empty folder under the system temporary folder.
    static func temporaryFolder(_ name: String = "truce-test") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` (UTF-8) to `name` in `folder` and returns the path.
    @discardableResult
    static func write(_ text: String, _ name: String, in folder: URL) -> String {
        let url = folder.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8))
        return url.path
    }
}

extension TestPaths {
    /// The text of an importer fixture (`Tests/Fixtures/importers/<kind>/<file>`), decoded as UTF-8.
    static func fixture(_ relative: String) -> String {
        let url = packageRoot.appendingPathComponent("Tests/Fixtures/importers/\(relative)")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}
