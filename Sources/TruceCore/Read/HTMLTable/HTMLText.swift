/// Character references and charsets of HTML table exports.
enum HTMLText {
    /// Named references decoded; `&nbsp;` becomes a plain space (an export's padding, not data).
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "laquo": "«", "raquo": "»", "ndash": "–", "mdash": "—", "hellip": "…", "copy": "©", "reg": "®",
        "euro": "€", "trade": "™", "bull": "•", "shy": "",
    ]

    /// Decodes `&name;`, `&#NNN;` and `&#xHH;` in `bytes`; an unknown or malformed reference
    /// stays as written (browsers do the same).
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(0x26) else { return String(decoding: bytes, as: UTF8.self) }
        var out = ""
        var i = bytes.startIndex
        var plainStart = i
        while i < bytes.endIndex {
            guard bytes[i] == 0x26 else { i += 1; continue }
            var end = i + 1
            while end < bytes.endIndex, end - i <= 10, bytes[end] != 0x3B, bytes[end] != 0x26 { end += 1 }
            if end < bytes.endIndex, bytes[end] == 0x3B,
               let text = reference(String(decoding: bytes[(i + 1)..<end], as: UTF8.self)) {
                out += String(decoding: bytes[plainStart..<i], as: UTF8.self)
                out += text
                i = end + 1
                plainStart = i
            } else {
                i += 1
            }
        }
        out += String(decoding: bytes[plainStart..<bytes.endIndex], as: UTF8.self)
        return out
    }

    /// The text of one reference name (`amp`, `#39`, `#x27`), or nil.
    static func reference(_ name: String) -> String? {
        if let text = named[name.lowercased()] { return text }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let isHex = digits.first == "x" || digits.first == "X"
        guard let value = isHex ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10),
              value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return String(Character(scalar))
    }

    /// The charset named by a `<meta … charset=…>` in the first 4 KiB, lower-cased, or nil.
    static func declaredCharset(_ head: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: head.prefix(4096), as: UTF8.self).lowercased()
        var search = text[...]
        while let meta = search.range(of: "<meta") {
            let tag = search[meta.upperBound...].prefix { $0 != ">" }
            if let key = tag.range(of: "charset=") {
                let value = tag[key.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                let name = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                if !name.isEmpty { return String(name) }
            }
            search = search[meta.upperBound...]
        }
        return nil
    }

    /// Whether a file's first bytes look like HTML: after an optional UTF-8 byte-order mark and
    /// whitespace, `<meta`, `<table`, `<html`, `<head`, `<body` or `<!doctype html`.
    static func looksLikeHTML(_ head: [UInt8]) -> Bool {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        bytes = bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let start = String(decoding: bytes.prefix(16), as: UTF8.self).lowercased()
        return ["<meta", "<table", "<html", "<head", "<body", "<!doctype html"].contains { start.hasPrefix($0) }
    }
}
