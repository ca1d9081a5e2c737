/// Guesses a file's encoding from its first bytes (see formats.md, importer checklist item 1).
///
/// Order: byte-order mark; then zero bytes concentrated at odd offsets (UTF-16LE) or at even
/// offsets (UTF-16BE); then valid UTF-8 (ASCII included); otherwise Windows-1251.
public enum TextEncodingDetector {
    /// How many bytes detection looks at.
    public static let prefixLength = 64 * 1024

    /// The detected encoding and the length of the byte-order mark to skip.
    public struct Detection: Sendable, Equatable {
        public var encoding: TextEncoding
        public var bomLength: Int
    }

    /// Detects the encoding of `prefix`; `isWholeFile` says the prefix is the entire input, so a
    /// UTF-8 sequence cut off at its end is an error rather than an artefact of the cut.
    public static func detect(_ prefix: [UInt8], isWholeFile: Bool) -> Detection {
        if let bom = byteOrderMark(prefix) { return bom }
        if let utf16 = zeroBytePattern(prefix) { return Detection(encoding: utf16, bomLength: 0) }
        let utf8OK = prefix.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            let outcome = CSVUTF8Validator.validate(base, count: buffer.count)
            if outcome.errorAt != nil { return false }
            // A cut sequence is fine mid-file, but must be at most 3 bytes from the cut.
            return isWholeFile ? outcome.validEnd == buffer.count : buffer.count - outcome.validEnd <= 3
        }
        return Detection(encoding: utf8OK ? .utf8 : .windows1251, bomLength: 0)
    }

    /// The encoding announced by a byte-order mark, if the prefix starts with one.
    static func byteOrderMark(_ prefix: [UInt8]) -> Detection? {
        for encoding in [TextEncoding.utf8, .utf16LE, .utf16BE] {
            let bom = encoding.byteOrderMark
            if prefix.count >= bom.count, prefix[0..<bom.count].elementsEqual(bom) {
                return Detection(encoding: encoding, bomLength: bom.count)
            }
        }
        return nil
    }

    /// UTF-16 without a BOM: Latin text, digits and delimiters give one zero byte per code unit,
    /// at odd offsets in little-endian and even offsets in big-endian. A run of NULs in an
    /// 8-bit file puts zeros at both, so one side must clearly dominate.
    static func zeroBytePattern(_ prefix: [UInt8]) -> TextEncoding? {
        let pairs = prefix.count / 2
        if pairs == 0 { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for index in 0..<pairs {
            if prefix[2 * index] == 0 { evenZeros += 1 }
            if prefix[2 * index + 1] == 0 { oddZeros += 1 }
        }
        if oddZeros * 10 >= pairs, evenZeros * 4 < oddZeros { return .utf16LE }
        if evenZeros * 10 >= pairs, oddZeros * 4 < evenZeros { return .utf16BE }
        return nil
    }
}
