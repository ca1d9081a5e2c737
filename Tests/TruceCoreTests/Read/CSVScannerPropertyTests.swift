import CTruceCSV
import Testing
@testable import TruceCore

/// The word-at-a-time scanner against a plain byte-at-a-time reading of the same rules, on
/// seeded random texts full of quotes, line ends, control bytes, multi-byte letters and fields
/// longer than the scanner's 64-byte windows, read in chunks of several sizes.
@Suite("CSV scanner properties")
struct CSVScannerPropertyTests {
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    @Test("random texts read as the reference reads them", arguments: [",", "\t", ";"])
    func matchesReference(_ delimiterText: String) throws {
        let delimiter = UInt8(ascii: delimiterText.unicodeScalars.first ?? ",")
        var generator = SeededGenerator(seed: 0xC5F_5CA7 &+ UInt64(delimiter))
        for _ in 0..<150 {
            let bytes = Self.randomText(&generator)
            let expected = Self.referenceRows(bytes, delimiter: delimiter)
            for chunkSize in [1, 5, 64, 1 << 20] {
                let reader = try CSVRowReader(bytes: bytes, encoding: .utf8, delimiter: delimiter,
                                              options: CSVOptions(chunkSize: chunkSize))
                var rows: [Row] = []
                let error = CSVTestSupport.readError {
                    while try reader.advance() {
                        var fields: [String] = []
                        reader.appendFields(to: &fields)
                        rows.append(Row(line: reader.line, fields: fields))
                    }
                }
                let text = String(decoding: bytes, as: UTF8.self).debugDescription
                if let expected {
                    #expect(error == nil, "\(text) chunk \(chunkSize)")
                    #expect(rows == expected, "\(text) chunk \(chunkSize)")
                } else {
                    #expect(error != nil, "unterminated quote not reported: \(text) chunk \(chunkSize)")
                }
            }
        }
    }

    /// The C scanner's vector widths this machine can run: SSE2 always, AVX2 when the CPU has it.
    static let fastPaths: [CSVRecordScanner.Path] = truce_csv_cpu_has_avx2() ? [.sse2, .widest] : [.sse2]

    @Test("the C fast path scans each record as the Swift scanner does, cut anywhere",
          arguments: [",", "\t", ";"], fastPaths)
    func fastPathMatchesSwift(_ delimiterText: String, _ path: CSVRecordScanner.Path) {
        let delimiter = UInt8(ascii: delimiterText.unicodeScalars.first ?? ",")
        var generator = SeededGenerator(seed: 0xFA57_0A7D &+ UInt64(delimiter))
        let fast = CSVRecordScanner(delimiter: delimiter, path: path)
        let swift = CSVRecordScanner(delimiter: delimiter, path: .swift)
        var fastRecords = 0
        for _ in 0..<300 {
            let bytes = Self.randomText(&generator) + Self.randomText(&generator)
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                // Every record start, scanned against every end (atEnd true only at the real end).
                var start = 0
                while start < bytes.count {
                    for end in Self.cuts(from: start, count: bytes.count, &generator) {
                        let atEnd = end == bytes.count
                        let expected = swift.scan(base, from: start, to: end, atEnd: atEnd)
                        let got = fast.scan(base, from: start, to: end, atEnd: atEnd)
                        let text = String(decoding: bytes[start..<end], as: UTF8.self).debugDescription
                        #expect(got == expected, "\(text) atEnd \(atEnd)")
                        #expect(Self.fields(fast, base) == Self.fields(swift, base), "\(text) atEnd \(atEnd)")
                    }
                    let outcome = swift.scan(base, from: start, to: bytes.count, atEnd: true)
                    if case .record = outcome, end64(start, bytes.count) { fastRecords += 1 }
                    switch outcome {
                    case .record(let next, _), .blank(let next): start = next
                    default: start = bytes.count
                    }
                }
            }
        }
        // The texts must reach the fast path (it leaves records within 64 bytes of the end).
        #expect(fastRecords > 500)

        func end64(_ start: Int, _ count: Int) -> Bool { start + 64 <= count }
    }

    /// A few ends for a record starting at `start`: the real end, and random cuts before it.
    private static func cuts(from start: Int, count: Int, _ generator: inout SeededGenerator) -> [Int] {
        var ends = [count]
        for _ in 0..<3 where count > start + 1 { ends.append(Int.random(in: (start + 1)..<count, using: &generator)) }
        return ends
    }

    private static func fields(_ scanner: CSVRecordScanner, _ base: UnsafePointer<UInt8>) -> [[UInt8]] {
        (0..<scanner.spanCount).map { Array(scanner.bytes(of: scanner.spans[$0], in: base)) }
    }

    private struct Row: Equatable {
        var line: Int
        var fields: [String]
    }

    /// Text assembled from pieces that matter to a CSV scanner, letters in runs of up to 90 bytes.
    private static func randomText(_ generator: inout SeededGenerator) -> [UInt8] {
        let pieces: [[UInt8]] = [
            Array(",".utf8), Array("\t".utf8), Array(";".utf8), Array("\"".utf8), Array("\"\"".utf8),
            Array("\n".utf8), Array("\r".utf8), Array("\r\n".utf8), [0x01], [0x0B], Array("я".utf8), Array(" ".utf8),
        ]
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 0...40, using: &generator) {
            if Bool.random(using: &generator) {
                let letters = Int.random(in: 0...90, using: &generator)
                bytes += (0..<letters).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            } else {
                bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
        }
        return bytes
    }

    /// The rows of `bytes` read one byte at a time, with their starting lines; nil when a quoted
    /// field is not closed.
    private static func referenceRows(_ bytes: [UInt8], delimiter: UInt8) -> [Row]? {
        func isTerminator(_ byte: UInt8) -> Bool {
            byte == delimiter || byte == lineFeed || byte == carriageReturn
        }
        let count = bytes.count
        var rows: [Row] = []
        var index = 0
        var line = 1
        while index < count {
            if bytes[index] == lineFeed || bytes[index] == carriageReturn {
                index += bytes[index] == carriageReturn && index + 1 < count && bytes[index + 1] == lineFeed ? 2 : 1
                line += 1
                continue
            }
            let startLine = line
            var fields: [String] = []
            while true {
                var field: [UInt8] = []
                if index < count && bytes[index] == quote {
                    index += 1
                    while true {
                        guard index < count else { return nil }
                        let byte = bytes[index]
                        if byte == quote {
                            if index + 1 < count && bytes[index + 1] == quote {
                                field.append(quote)
                                index += 2
                                continue
                            }
                            index += 1
                            break
                        }
                        let crlf = byte == carriageReturn && index + 1 < count && bytes[index + 1] == lineFeed
                        if (byte == lineFeed || byte == carriageReturn) && !crlf { line += 1 }
                        field.append(byte)
                        index += 1
                    }
                }
                while index < count && !isTerminator(bytes[index]) {
                    field.append(bytes[index])
                    index += 1
                }
                fields.append(String(decoding: field, as: UTF8.self))
                if index >= count { break }
                if bytes[index] == delimiter {
                    index += 1
                    if index >= count { fields.append("") }
                    if index >= count { break }
                    continue
                }
                index += bytes[index] == carriageReturn && index + 1 < count && bytes[index + 1] == lineFeed ? 2 : 1
                line += 1
                break
            }
            rows.append(Row(line: startLine, fields: fields))
        }
        return rows
    }
}
