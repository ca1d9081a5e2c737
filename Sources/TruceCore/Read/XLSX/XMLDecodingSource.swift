/// Wraps a raw part: refuses a `<!DOCTYPE` in the raw bytes (UTF-8 or UTF-16, any letter
/// case), skips a UTF-8 byte-order mark, transcodes UTF-16 to UTF-8, and refuses encodings
/// other than UTF-8 and UTF-16 declared in the XML declaration.
final class XMLDecodingSource: XMLChunkSource {
    private let raw: XMLChunkSource
    private let fail: (SpreadsheetProblem) -> ReadError
    private var started = false
    private var utf16: CSVUTF16Transcoder?
    private var carry: [UInt8] = []
    /// The last bytes of the previous raw chunk, so a declaration cut by a chunk boundary is seen.
    private var tail: [UInt8] = []

    init(_ raw: XMLChunkSource, fail: @escaping (SpreadsheetProblem) -> ReadError) {
        self.raw = raw
        self.fail = fail
    }

    func nextChunk() throws(ReadError) -> [UInt8]? {
        while true {
            guard var chunk = try raw.nextChunk() else {
                if !carry.isEmpty { throw fail(.malformedXML(offset: 0, reason: "UTF-16 text cut off at the end")) }
                return nil
            }
            if Self.containsDoctype(tail + chunk) { throw fail(.doctypeRefused) }
            tail = Array(chunk.suffix(24))
            if !started {
                chunk = carry + chunk
                carry = []
                if chunk.count < 4 {
                    carry = chunk
                    continue
                }
                started = true
                try start(&chunk)
            }
            guard let utf16 else { return chunk }
            return try transcode(utf16, chunk)
        }
    }

    /// Detects the encoding from the first bytes and removes any byte-order mark.
    private func start(_ chunk: inout [UInt8]) throws(ReadError) {
        if chunk.starts(with: [0xEF, 0xBB, 0xBF]) {
            chunk.removeFirst(3)
        } else if chunk.starts(with: [0xFF, 0xFE]) || chunk.starts(with: [0x3C, 0x00, 0x3F, 0x00]) {
            utf16 = CSVUTF16Transcoder(bigEndian: false)
            if chunk[0] == 0xFF { chunk.removeFirst(2) }
            return
        } else if chunk.starts(with: [0xFE, 0xFF]) || chunk.starts(with: [0x00, 0x3C, 0x00, 0x3F]) {
            utf16 = CSVUTF16Transcoder(bigEndian: true)
            if chunk[0] == 0xFE { chunk.removeFirst(2) }
            return
        }
        if let name = Self.declaredEncoding(chunk.prefix(200)), !Self.isUTF8Compatible(name) {
            throw fail(.unsupportedEncoding(name: String(name.prefix(40))))
        }
    }

    private func transcode(_ transcoder: CSVUTF16Transcoder, _ chunk: [UInt8]) throws(ReadError) -> [UInt8] {
        let input = carry + chunk
        var output = [UInt8](repeating: 0, count: CSVUTF16Transcoder.maxOutput(forInput: input.count))
        let outcome = input.withUnsafeBufferPointer { src in
            output.withUnsafeMutableBufferPointer { dst in
                guard let s = src.baseAddress, let d = dst.baseAddress else {
                    return CSVTranscodeOutcome(consumed: 0, written: 0, error: nil)
                }
                return transcoder.transcode(s, count: input.count, into: d, atEnd: false)
            }
        }
        if outcome.error != nil { throw fail(.malformedXML(offset: 0, reason: "invalid UTF-16")) }
        carry = Array(input[outcome.consumed...])
        output.removeLast(output.count - outcome.written)
        return output
    }

    /// The `encoding="…"` value of an XML declaration at the start of `head`, lower-cased.
    static func declaredEncoding(_ head: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: head, as: UTF8.self)
        guard text.hasPrefix("<?xml"), let close = text.range(of: "?>") else { return nil }
        let declaration = text[..<close.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote }).lowercased()
    }

    private static func isUTF8Compatible(_ name: String) -> Bool {
        ["utf-8", "utf8", "us-ascii", "ascii", "utf-16", "utf-16le", "utf-16be"].contains(name)
    }

    /// Whether `bytes` contain `<!DOCTYPE` in UTF-8 or UTF-16 (either order), ignoring case.
    /// `!` is rare in XML, so the search starts from each `!` byte.
    static func containsDoctype(_ bytes: [UInt8]) -> Bool {
        let word = Array("DOCTYPE".utf8)
        var index = 0
        while let bang = bytes[index...].firstIndex(of: 0x21) {
            index = bang + 1
            for stride in 1...2 {
                let lt = bang - stride
                guard lt >= 0, bytes[lt] == 0x3C else { continue }
                var matched = true
                for (k, letter) in word.enumerated() {
                    let at = bang + stride * (k + 1)
                    guard at < bytes.count, bytes[at] & 0xDF == letter else { matched = false; break }
                }
                if matched { return true }
            }
        }
        return false
    }
}
