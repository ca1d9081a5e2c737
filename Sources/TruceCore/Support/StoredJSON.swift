/// `[["column","value"],…]`, the stored form of a record's raw cells, as UTF-8 bytes; each
/// string escaped as `JSONText.quote` escapes it.
///
/// Built String by String from `JSONText.quote`, the pairs of a million rows of twenty cells cost
/// more than the SQLite insert of the row. Here the exact length is counted first, then every
/// cell is copied into one buffer, runs without an escape whole, eight bytes tested at a time. The bytes are kept as they are: making a String
/// of them would check the UTF-8 of every row again, and the store binds the bytes.
enum StoredJSON {
    static func pairs(_ pairs: [(column: String, value: String)]) -> [UInt8] {
        // `[` `]`, a comma between pairs, and per pair `[` `,` `]` and four quotes.
        var length = 2 + max(0, pairs.count - 1)
        for pair in pairs {
            length += 7 + escapedLength(of: pair.column) + escapedLength(of: pair.value)
        }
        return [UInt8](unsafeUninitializedCapacity: length) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            var out = Output(base: base)
            out.put(UInt8(ascii: "["))
            for index in pairs.indices {
                if index > 0 { out.put(UInt8(ascii: ",")) }
                out.put(UInt8(ascii: "["))
                out.quote(pairs[index].column)
                out.put(UInt8(ascii: ","))
                out.quote(pairs[index].value)
                out.put(UInt8(ascii: "]"))
            }
            out.put(UInt8(ascii: "]"))
            precondition(out.count == length, "StoredJSON counted \(length) bytes and wrote \(out.count)")
            count = out.count
        }
    }

    /// Appends `text` as a JSON string literal, escaped as `JSONText.quote` escapes it.
    static func quote(_ text: String, into out: inout [UInt8]) {
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: escapedLength(of: text) + 2))
        out.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var quoted = Output(base: base + start)
            quoted.quote(text)
        }
    }

    /// Length of `text`'s UTF-8 once escaped.
    private static func escapedLength(of text: String) -> Int {
        text.withUTF8Bytes { escapedLength(UnsafeRawBufferPointer($0)) }
    }

    /// Length of `bytes` once escaped.
    static func escapedLength(_ bytes: UnsafeRawBufferPointer) -> Int {
        var length = bytes.count
        var index = 0
        while index < bytes.count {
            if !mayNeedEscape(word(bytes, at: index)) {
                index += 8
                continue
            }
            for position in index..<min(index + 8, bytes.count) { length += escapedWidth(bytes[position]) - 1 }
            index += 8
        }
        return length
    }

    /// Up to eight bytes from `index` as one word; past the end it holds `A`s, which need no escape.
    @inline(__always)
    private static func word(_ bytes: UnsafeRawBufferPointer, at index: Int) -> UInt64 {
        if index + 8 <= bytes.count { return bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) }
        var word: UInt64 = 0x4141_4141_4141_4141
        withUnsafeMutableBytes(of: &word) { word in
            for position in index..<bytes.count { word[position - index] = bytes[position] }
        }
        return word
    }

    /// A buffer being written front to back, sized by `escapedLength` beforehand.
    private struct Output {
        let base: UnsafeMutablePointer<UInt8>
        private(set) var count = 0

        init(base: UnsafeMutablePointer<UInt8>) {
            self.base = base
        }

        mutating func put(_ byte: UInt8) {
            base[count] = byte
            count += 1
        }

        mutating func quote(_ text: String) {
            put(UInt8(ascii: "\""))
            count = text.withUTF8Bytes { [base, count] in StoredJSON.escape(UnsafeRawBufferPointer($0), into: base, at: count) }
            put(UInt8(ascii: "\""))
        }
    }

    /// Writes `bytes` escaped at `out[at...]`; returns the position after them.
    static func escape(_ bytes: UnsafeRawBufferPointer, into out: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
        guard let source = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return start }
        var at = start
        var copied = 0
        var index = 0
        while index < bytes.count {
            if !mayNeedEscape(word(bytes, at: index)) {
                index += 8
                continue
            }
            for position in index..<min(index + 8, bytes.count) where escapedWidth(bytes[position]) > 1 {
                (out + at).update(from: source + copied, count: position - copied)
                at += position - copied
                at = escapeByte(bytes[position], into: out, at: at)
                copied = position + 1
            }
            index += 8
        }
        (out + at).update(from: source + copied, count: bytes.count - copied)
        return at + bytes.count - copied
    }

    /// Whether any of the eight bytes in `word` may need escaping (below 0x20, `"` or `\`). Never
    /// false for a word that has one: the classic zero-byte and less-than tests, which are exact
    /// on whether any byte matches.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let below = (word &- ones &* 0x20) & ~word
        let zeroQuote = (quote &- ones) & ~quote
        let zeroBackslash = (backslash &- ones) & ~backslash
        return (below | zeroQuote | zeroBackslash) & highs != 0
    }

    /// Bytes one byte takes in a JSON string, as `JSONText.quote` writes it.
    @inline(__always)
    static func escapedWidth(_ byte: UInt8) -> Int {
        switch byte {
        case 0x22, 0x5C, 0x0A, 0x0D, 0x09: 2
        case ..<0x20: 6
        default: 1
        }
    }

    private static func escapeByte(_ byte: UInt8, into out: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
        let letter: UInt8? = switch byte {
        case 0x22: UInt8(ascii: "\"")
        case 0x5C: UInt8(ascii: "\\")
        case 0x0A: UInt8(ascii: "n")
        case 0x0D: UInt8(ascii: "r")
        case 0x09: UInt8(ascii: "t")
        default: nil
        }
        out[start] = UInt8(ascii: "\\")
        if let letter {
            out[start + 1] = letter
            return start + 2
        }
        // `\u%04x`: lowercase hex, as String(format:) writes it.
        let hex: StaticString = "0123456789abcdef"
        out[start + 1] = UInt8(ascii: "u")
        out[start + 2] = UInt8(ascii: "0")
        out[start + 3] = UInt8(ascii: "0")
        out[start + 4] = hex.utf8Start[Int(byte >> 4)]
        out[start + 5] = hex.utf8Start[Int(byte & 0x0F)]
        return start + 6
    }
}
