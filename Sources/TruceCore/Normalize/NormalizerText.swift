#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Scalar-level helpers shared by the normalizers: trimming, invisible characters, null markers.
///
/// Everything works on `Unicode.Scalar`s without Foundation so it stays cheap on millions of cells.
enum NormalizerText {
    /// Whitespace as it appears in exports: ASCII blanks, no-break and thin spaces, line breaks.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Characters that render as nothing (zero-width spaces and joiners, BOM, soft hyphen).
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAD, 0x180E, 0x200B...0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// `raw` without leading and trailing spaces or invisible characters.
    static func trimmed(_ raw: String) -> String {
        if hasPlainEdges(raw) { return raw }
        let scalars = raw.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start]) || isInvisible(scalars[start]) {
            start = scalars.index(after: start)
        }
        while end > start {
            let before = scalars.index(before: end)
            guard isSpace(scalars[before]) || isInvisible(scalars[before]) else { break }
            end = before
        }
        if start == scalars.startIndex && end == scalars.endIndex { return raw }
        return String(scalars[start..<end])
    }

    /// Whether `text` is non-empty and starts and ends with a scalar that is neither a space
    /// nor invisible, read from the UTF-8 bytes alone: most cells are, and then trimming has
    /// nothing to do. False only means "look closer".
    static func hasPlainEdges(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, var last = bytes.last, isPlainLead(first) else { return false }
            // A last byte past ASCII belongs to a scalar whose lead byte is at most three back.
            var index = bytes.count - 1
            while last & 0xC0 == 0x80 && index > 0 && bytes.count - index < 4 {
                index -= 1
                last = bytes[index]
            }
            return last & 0xC0 != 0x80 && isPlainLead(last)
        } ?? false
    }

    /// Whether a scalar starting with this UTF-8 lead byte can never be a space or invisible:
    /// visible ASCII, or a lead byte none of those scalars use (they all start with C2, E1,
    /// E2, E3 or EF).
    private static func isPlainLead(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x7E, 0xC3...0xE0, 0xE4...0xEE, 0xF0...0xF4: true
        default: false
        }
    }

    /// `text` without a leading `prefix` (ignoring case), or nil when it does not start with it.
    ///
    /// The usual case takes bytes only: `text` starts with the very bytes of an ASCII prefix and
    /// an ASCII byte follows, which always ends a character (no ASCII pair but CR LF forms one),
    /// so cutting the bytes cuts `prefix.count` characters. Otherwise characters are compared
    /// and dropped as `hasPrefixIgnoringCase` and `dropFirst` do.
    static func droppingPrefix(_ prefix: String, of text: String) -> String? {
        var prefix = prefix
        var text = text
        let cut: String? = prefix.withUTF8 { wanted in
            text.withUTF8 { bytes in
                guard bytes.count > wanted.count, wanted.allSatisfy({ $0 < 0x80 && $0 != 0x0D }),
                      bytes[wanted.count] < 0x80, bytes.starts(with: wanted) else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[wanted.count...]), as: UTF8.self)
            }
        }
        if let cut { return cut }
        guard hasPrefixIgnoringCase(text, prefix) else { return nil }
        return String(text.dropFirst(prefix.count))
    }

    /// `text.lowercased()`, without Unicode case tables when every scalar is ASCII, Latin-1 or
    /// basic Cyrillic (mapped by `lowercasedByOffset`'s fixed offsets); such text without an
    /// upper-case letter comes back as it is.
    static func lowercased(text: String) -> String {
        switch text.utf8.withContiguousStorageIfAvailable(FixedOffsetCase.init) {
        case .unchanged?: return text
        case .lowered?: break
        case .needsTables?, nil: return text.lowercased()
        }
        // These scalars' lower-case forms take as many UTF-8 bytes as they do, so the result is
        // the text's bytes, lowered in place; building it from an array of scalars cost some
        // sixteen thousand instructions for a CRM stage name such as `Успешно реализовано`,
        // lower-cased on every deal row.
        return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            let count = buffer.initialize(fromContentsOf: text.utf8)
            FixedOffsetCase.lower(UnsafeMutableBufferPointer(rebasing: buffer[..<count]))
            return count
        }
    }

    /// Whether every byte of `text` is an ASCII digit (true for empty text).
    static func isASCIIDigits(_ text: inout String) -> Bool {
        text.withUTF8 { bytes in bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    /// Whether an already trimmed cell is blank or one of the null markers exports use.
    static func isNullMarker(_ trimmed: String) -> Bool {
        if trimmed.isEmpty { return true }
        guard trimmed.utf8.count <= 6 else { return false }
        return nullMarkers.contains(asciiLowercased(trimmed))
    }

    /// Null markers after trimming and ASCII lowercasing (`" --"` trims to `"--"`).
    static let nullMarkers: Set<String> = ["-", "--", "---", "—", "–", "n/a", "#n/a", "null", "nil"]

    /// Lowercases ASCII letters only; other scalars are kept as they are.
    static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { asciiLowered($0) != $0 }) else { return text }
        return String(decoding: text.utf8.map(asciiLowered), as: UTF8.self)
    }

    /// `byte` with an ASCII upper-case letter lowered; every other byte as it is.
    @inline(__always)
    static func asciiLowered(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    /// Calls `body` with `text`'s UTF-8 bytes when all are ASCII, each byte then a scalar of its
    /// own; nil for text past ASCII.
    static func withASCIIBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        text.withUTF8Bytes { bytes in bytes.allSatisfy { $0 < 0x80 } ? body(bytes) : nil }
    }

    /// Whether `bytes` from `start` begin with `prefix` (ASCII, lower-case), ignoring ASCII case.
    static func hasASCIIPrefixCaseInsensitive(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int,
                                              _ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start + prefix.count <= bytes.count else { return false }
        for offset in prefix.indices where asciiLowered(bytes[start + offset]) != prefix[offset] { return false }
        return true
    }

    /// Whether `text` contains `needle` (ASCII, lowercase) ignoring ASCII case.
    static func containsASCIICaseInsensitive(_ text: String, _ needle: String) -> Bool {
        needle.withUTF8Bytes { containsASCIICaseInsensitive(text, bytes: $0) }
    }

    /// `containsASCIICaseInsensitive` with the needle's bytes at hand: a row rule looks for one
    /// needle in every cell of every row.
    static func containsASCIICaseInsensitive(_ text: String, bytes needle: UnsafeBufferPointer<UInt8>) -> Bool {
        text.withUTF8Bytes { contains($0, needle) }
    }

    /// Meta's test-lead rule looks for `<test lead:` in every cell of every row, and nearly no
    /// cell holds the needle's first byte: `memchr` finds (or rules out) the places a match can
    /// start many bytes at a time, and only those are compared.
    private static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ pin: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pin.first else { return true }
        guard hay.count >= pin.count, let base = hay.baseAddress else { return false }
        // A lower-case letter may also stand upper-case in the text.
        let upper = (first >= 0x61 && first <= 0x7A) ? first & ~0x20 : first
        var start = 0
        while start <= hay.count - pin.count {
            guard let offset = firstOffset(of: first, or: upper, in: base + start, count: hay.count - pin.count - start + 1)
            else { return false }
            start += offset
            if hasASCIIPrefixCaseInsensitive(hay, at: start, pin) { return true }
            start += 1
        }
        return false
    }

    /// Where the first `byte` or `other` lies among `count` bytes from `start`, or nil.
    private static func firstOffset(of byte: UInt8, or other: UInt8, in start: UnsafePointer<UInt8>, count: Int) -> Int? {
        func offset(_ byte: UInt8) -> Int? {
            memchr(start, Int32(byte), count).map { UnsafeRawPointer($0) - UnsafeRawPointer(start) }
        }
        guard other != byte, let second = offset(other) else { return offset(byte) }
        return offset(byte).map { min($0, second) } ?? second
    }

    /// Whether `text` starts with `prefix` (ASCII, lowercase) ignoring ASCII case.
    static func hasASCIIPrefixCaseInsensitive(_ text: some Collection<Unicode.Scalar>, _ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { expected in
            var index = text.startIndex
            for byte in expected {
                guard index < text.endIndex else { return false }
                let value = text[index].value
                let lower = (value >= 0x41 && value <= 0x5A) ? value | 0x20 : value
                if lower != UInt32(byte) { return false }
                index = text.index(after: index)
            }
            return true
        }
    }

    /// Whether `text` starts with `prefix`, ignoring case (any script).
    static func hasPrefixIgnoringCase(_ text: String, _ prefix: String) -> Bool {
        if text.utf8.starts(with: prefix.utf8) { return true }
        guard text.utf8.count >= prefix.utf8.count else { return false }
        return text.lowercased().hasPrefix(prefix.lowercased())
    }

    /// Whether a scalar is an ASCII digit.
    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// Meta's test-lead filler (`<test lead: dummy data for email>`).
    static func isTestLeadText(_ text: String) -> Bool {
        containsASCIICaseInsensitive(text, "test lead") || containsASCIICaseInsensitive(text, "dummy data")
    }
}
