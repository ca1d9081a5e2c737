import Foundation

/// Minimal, deterministic JSON writing for values stored in the base and printed with `--json`.
public enum JSONText {
    /// A JSON string literal for `text`.
    public static func quote(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `[["column","value"],…]`, the stored form of a record's raw cells.
    public static func pairs(_ pairs: [(column: String, value: String)]) -> String {
        "[" + pairs.map { "[\(quote($0.column)),\(quote($0.value))]" }.joined(separator: ",") + "]"
    }

    /// `["a","b"]`.
    public static func array(_ items: [String]) -> String {
        "[" + items.map(quote).joined(separator: ",") + "]"
    }

    /// Decodes what `array` wrote; tolerant of nil.
    public static func decodeArray(_ text: String?) -> [String] {
        guard let data = text?.data(using: .utf8),
              let items = try? JSONSerialization.jsonObject(with: data) as? [String] else { return [] }
        return items
    }
}
