import Foundation

/// A column name as an importer definition writes it: matched after trimming, ignoring case;
/// `*` stands for any text (`Amount spent (*)` matches `Amount spent (USD)`).
public struct ColumnPattern: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let text: String
    private let parts: [String]

    public init(_ text: String) {
        self.text = text
        parts = Self.folded(text).components(separatedBy: "*")
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public var description: String { text }

    public var hasWildcard: Bool { parts.count > 1 }

    /// Whether a header name (any case, untrimmed) matches.
    public func matches(_ name: String) -> Bool {
        matches(folded: Self.folded(name))
    }

    /// A name as patterns compare it: trimmed and lower-cased. Detection tries some forty
    /// signatures of up to fifty patterns each on every cell of a file's first rows; folding
    /// each cell once, not once per pattern, keeps it from lower-casing the same text thousands
    /// of times.
    static func folded(_ name: String) -> String {
        CSVHeaderName.trimmed(name).lowercased()
    }

    /// `matches`, for a name already `folded`.
    func matches(folded name: String) -> Bool {
        guard parts.count > 1, let first = parts.first, let last = parts.last else { return name == parts.first }
        guard name.count >= first.count + last.count, name.hasPrefix(first), name.hasSuffix(last) else { return false }
        var rest = name.dropFirst(first.count).dropLast(last.count)
        for middle in parts.dropFirst().dropLast() where !middle.isEmpty {
            guard let range = rest.range(of: middle) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }

    /// Header positions matching any of `patterns`, in pattern order, each position once.
    static func indices(of patterns: [ColumnPattern], in header: [String]) -> [Int] {
        indices(of: patterns, inFolded: header.map(folded))
    }

    /// `indices(of:in:)`, for a header whose names are already `folded`.
    static func indices(of patterns: [ColumnPattern], inFolded header: [String]) -> [Int] {
        var seen = Set<Int>()
        var result: [Int] = []
        for pattern in patterns {
            for index in header.indices where !seen.contains(index) && pattern.matches(folded: header[index]) {
                seen.insert(index)
                result.append(index)
            }
        }
        return result
    }
}
