import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands a source's `path:` (file, folder or glob) into the files to read, sorted.
public enum SourceFiles {
    public static func expand(_ pattern: String, relativeTo base: URL) -> [String] {
        let full = pattern.hasPrefix("/") ? pattern : base.appendingPathComponent(pattern).path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) {
            guard isFolder.boolValue else { return [URL(fileURLWithPath: full).standardized.path] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted()
                .map { URL(fileURLWithPath: full).appendingPathComponent($0).standardized.path }
                .filter { isRegularFile($0) }
        }
        return expandGlob(full).filter(isRegularFile)
    }

    private static func expandGlob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { index in
            result.gl_pathv[index].map { URL(fileURLWithPath: String(cString: $0)).standardized.path }
        }.sorted()
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// How a file is named in lineage and messages: relative to `root` when inside it.
    public static func display(_ path: String, root: URL) -> String {
        let rootPath = root.standardized.path
        let prefix = rootPath.hasSuffix("/") ? rootPath : rootPath + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
