import Foundation

extension XMLPullParser {
    /// Whether the current element's local name (after any prefix) is `name`.
    @inline(__always) func isNamed(_ name: StaticString) -> Bool {
        let length = nameEnd - localStart
        return length == name.utf8CodeUnitCount && memcmp(buffer + localStart, name.utf8Start, length) == 0
    }

    /// The current element's local name as a String (for diagnostics and rare paths).
    var localName: String {
        String(decoding: UnsafeBufferPointer(start: buffer + localStart, count: nameEnd - localStart), as: UTF8.self)
    }

    /// The attribute of the current start tag whose local name is `name`; with `prefixed`, only
    /// one written with a namespace prefix (`r:id`, not `id`).
    func attribute(_ name: StaticString, prefixed: Bool = false) -> XMLAttributeSpan? {
        let length = name.utf8CodeUnitCount
        for attribute in attributes where attribute.nameEnd - attribute.localStart == length {
            if prefixed && attribute.localStart == attribute.nameStart { continue }
            if memcmp(buffer + attribute.localStart, name.utf8Start, length) == 0 { return attribute }
        }
        return nil
    }

    /// The decoded value of the attribute named `name`, or nil.
    func attributeValue(_ name: StaticString, prefixed: Bool = false) throws(ReadError) -> String? {
        guard let span = attribute(name, prefixed: prefixed) else { return nil }
        return try decoded(span.valueStart, span.valueEnd)
    }

    /// The current text node, decoded.
    func text() throws(ReadError) -> String {
        if textIsCDATA {
            return String(decoding: UnsafeBufferPointer(start: buffer + textStart, count: textEnd - textStart),
                          as: UTF8.self)
        }
        return try decoded(textStart, textEnd)
    }

    /// Appends the current text node's decoded bytes to `bytes`.
    func appendText(to bytes: inout [UInt8]) throws(ReadError) {
        let raw = UnsafeBufferPointer(start: buffer + textStart, count: textEnd - textStart)
        if textIsCDATA || memchr(buffer + textStart, 0x26, textEnd - textStart) == nil
            && memchr(buffer + textStart, 0x0D, textEnd - textStart) == nil {
            bytes.append(contentsOf: raw)
            return
        }
        try Self.unescape(raw, into: &bytes, fail: malformed)
    }

    /// Bytes `start..<end` as a String, with references decoded and `\r\n` made `\n`.
    func decoded(_ start: Int, _ end: Int) throws(ReadError) -> String {
        let raw = UnsafeBufferPointer(start: buffer + start, count: end - start)
        if memchr(buffer + start, 0x26, end - start) == nil && memchr(buffer + start, 0x0D, end - start) == nil {
            return String(decoding: raw, as: UTF8.self)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.count)
        try Self.unescape(raw, into: &bytes, fail: malformed)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Decodes `&lt; &gt; &amp; &quot; &apos; &#N; &#xH;` and line ends; any other reference is
    /// an error (there is no DTD to define it).
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8],
                         fail: (String) -> ReadError) throws(ReadError) {
        var i = 0
        while i < raw.count {
            let byte = raw[i]
            if byte == 0x0D {
                bytes.append(0x0A)
                i += (i + 1 < raw.count && raw[i + 1] == 0x0A) ? 2 : 1
                continue
            }
            guard byte == 0x26 else {
                bytes.append(byte)
                i += 1
                continue
            }
            var end = i + 1
            while end < raw.count, raw[end] != 0x3B, end - i < 12 { end += 1 }
            guard end < raw.count, raw[end] == 0x3B else { throw fail("an '&' starts no valid reference") }
            let name = String(decoding: UnsafeBufferPointer(rebasing: raw[(i + 1)..<end]), as: UTF8.self)
            guard let scalar = reference(name) else { throw fail("an undefined or invalid entity reference") }
            bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
            i = end + 1
        }
    }

    /// The character a reference name stands for (`amp`, `#38`, `#x26`), or nil.
    static func reference(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return scalar
    }
}
