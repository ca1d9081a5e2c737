import Foundation

/// Minimal, deterministic JSON writing for values stored in the base and printed with `--json`.
public enum JSONText {
    /// A JSON string literal for `text`.
    public static func quote(_ text: String) -> String {
        // Most cells need no escaping: copy them whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + text + "\"" }
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

    /// `[["column","value"],…]`, the stored form of a record's raw cells (written by `StoredJSON`,
    /// which the store binds as bytes).
    public static func pairs(_ pairs: [(column: String, value: String)]) -> String {
        String(decoding: StoredJSON.pairs(pairs), as: UTF8.self)
    }

    /// `["a","b"]`.
    public static func array(_ items: [String]) -> String {
        // One UTF-8 buffer, escaped exactly as `quote` escapes (see `StoredJSON`).
        var out: [UInt8] = []
        out.reserveCapacity(items.reduce(2) { $0 + $1.utf8.count + 3 })
        out.append(UInt8(ascii: "["))
        for index in items.indices {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            StoredJSON.quote(items[index], into: &out)
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes what `array` wrote; tolerant of nil.
    public static func decodeArray(_ text: String?) -> [String] {
        guard let data = text?.data(using: .utf8),
              let items = try? JSONSerialization.jsonObject(with: data) as? [String] else { return [] }
        return items
    }
}
