import Foundation
import Testing
@testable import TruceCore

/// Encoding detection over chardet's real-text samples, and cp1251 decoding checked against
/// Foundation's independent Windows-1251 decoder.
@Suite("encoding detection (chardet samples)")
struct CSVEncodingDetectionTests {
    /// Folder → the encoding the detector must report for every file in it.
    static let expectations: [(String, TextEncoding)] = [
        ("windows-1251-russian", .windows1251), ("windows-1251-bulgarian", .windows1251),
        ("UTF-16", .utf16LE), ("UTF-16LE", .utf16LE), ("UTF-16BE", .utf16BE),
        ("utf-8", .utf8), ("utf-8-sig", .utf8), ("ascii", .utf8),
    ]

    struct Sample: Sendable, CustomStringConvertible {
        var path: String
        var expected: TextEncoding
        var description: String { URL(fileURLWithPath: path).pathComponents.suffix(2).joined(separator: "/") }
    }

    static let samples: [Sample] = expectations.flatMap { folder, encoding in
        ((try? CSVTestSupport.files(in: "suites/chardet-encoding-samples/\(folder)")) ?? []).map { path in
            // UTF-16/ holds one file per byte order; the name says which.
            let expected = path.hasSuffix("bom-utf-16-be.srt") ? TextEncoding.utf16BE : encoding
            return Sample(path: path, expected: expected)
        }
    }

    @Test("all sample folders are present")
    func present() {
        #expect(Self.samples.count == 19 + 16 + 2 + 2 + 2 + 19 + 2 + 3)
    }

    @Test("detects the folder's encoding", arguments: samples)
    func detects(_ sample: Sample) throws {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: sample.path)))
        let prefix = Array(bytes.prefix(TextEncodingDetector.prefixLength))
        let detection = TextEncodingDetector.detect(prefix, isWholeFile: bytes.count <= prefix.count)
        #expect(detection.encoding == sample.expected)
        let hasBOM = bytes.starts(with: sample.expected.byteOrderMark) && !sample.expected.byteOrderMark.isEmpty
        #expect(detection.bomLength == (hasBOM ? sample.expected.byteOrderMark.count : 0))
        // The whole file must then decode without error, through the reader's own stream.
        let rows = try CSVRowReader(path: sample.path, encoding: detection.encoding, delimiter: 0x09)
        while try rows.advance() {}
    }

    @Test("a CSVReader reports the detected encoding", arguments: samples.filter { $0.path.contains("UTF-16") })
    func readerReportsEncoding(_ sample: Sample) throws {
        let reader = try CSVReader(path: sample.path)
        #expect(reader.encoding == sample.expected)
    }

    @Test("UTF-16 samples decode to the same text as Foundation", arguments: samples.filter { $0.path.contains("UTF-16") })
    func utf16Text(_ sample: Sample) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: sample.path))
        let foundation = try #require(String(data: data, encoding: sample.expected == .utf16BE ? .utf16BigEndian : .utf16LittleEndian))
        let expected = foundation.hasPrefix("\u{FEFF}") ? String(foundation.dropFirst()) : foundation
        #expect(try Self.decodedText(sample.path, encoding: sample.expected) == expected)
    }

    @Test("cp1251 samples decode to the same text as Foundation's Windows-1251",
          arguments: samples.filter { $0.expected == .windows1251 })
    func cp1251Text(_ sample: Sample) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: sample.path))
        let expected = try #require(String(data: data, encoding: .windowsCP1251))
        #expect(try Self.decodedText(sample.path, encoding: .windows1251) == expected)
    }

    @Test("known Russian words come out of a cp1251 sample")
    func cp1251Words() throws {
        let path = CSVTestSupport.shared("suites/chardet-encoding-samples/windows-1251-russian/_ude_1.txt")
        let text = try Self.decodedText(path, encoding: .windows1251)
        // Checked by hand with `iconv -f cp1251 -t utf-8`.
        #expect(text.contains("Альберта Эйнштейна"))
        #expect(text.contains("гимназии"))
        #expect(text.contains("математика и латынь"))
    }

    /// The file decoded by the reader's own stream, with chunk size 7 to cross boundaries.
    static func decodedText(_ path: String, encoding: TextEncoding) throws -> String {
        let source = try CSVFileSource(path: path)
        let bom = encoding.byteOrderMark
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let skip = !bom.isEmpty && data.starts(with: bom) ? bom.count : 0
        let stream = try CSVDecodingStream(source: source, encoding: encoding, detected: false, chunkSize: 7, skipping: skip)
        let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: stream.requiredSpace)
        defer { chunk.deallocate() }
        var bytes: [UInt8] = []
        while true {
            let written = try stream.fill(chunk)
            if written == 0 { break }
            bytes.append(contentsOf: UnsafeBufferPointer(start: chunk, count: written))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
