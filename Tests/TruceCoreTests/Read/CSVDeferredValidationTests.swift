import Testing
@testable import TruceCore

/// Past the sniffed prefix, `CSVReader` checks UTF-8 per field instead of per chunk (see
/// `CSVDecodingStream`); errors there must still carry the exact file offset.
@Suite("deferred UTF-8 validation")
struct CSVDeferredValidationTests {
    /// ~400 KB of valid rows (beyond the 256 KiB sniff prefix), then `bad` inside a row.
    static func file(badRow: (prefix: String, bad: [UInt8], suffix: String)) -> (bytes: [UInt8], offset: Int) {
        var bytes = Array("id,status,city,note\n".utf8)
        var number = 0
        while bytes.count < 400_000 {
            number += 1
            bytes += Array("\(number),Новый,Москва,\"тест, \"\"ок\"\"\"\n".utf8)
        }
        bytes += Array(badRow.prefix.utf8)
        let offset = bytes.count
        bytes += badRow.bad + Array(badRow.suffix.utf8) + Array("\n1,Won,Тверь,x\n".utf8)
        return (bytes, offset)
    }

    static let cases: [(String, String, [UInt8], String)] = [
        ("unquoted field", "9,Новый,Мо", [0xFF], "сква,x"),
        ("quoted field", "9,Новый,\"Мо", [0xD0, 0x41], "сква\",x"),
        ("field with doubled quotes", "9,Новый,Москва,\"a \"\"b\"\" ", [0xC0, 0x80], "c\""),
        ("cached column", "9,Нов", [0xED, 0xA0, 0x80], "ый,Москва,x"),
        ("cut four-byte sequence", "9,Новый,Москва,", [0xF0, 0x9F, 0x98], ",x"),
        ("lone continuation", "9,Новый,", [0x80], ",x"),
    ]

    @Test("invalid bytes late in the file are found at their offset", arguments: cases)
    func lateInvalid(_ label: String, _ prefix: String, _ bad: [UInt8], _ suffix: String) {
        let (bytes, offset) = Self.file(badRow: (prefix, bad, suffix))
        for chunkSize in [1000, 65_536, CSVOptions.defaultChunkSize] {
            for encoding in [nil, TextEncoding.utf8] {
                let error = CSVTestSupport.readError {
                    _ = try CSVTestSupport.records(bytes, options: .init(encoding: encoding, chunkSize: chunkSize))
                }
                #expect(error == .invalidEncoding(path: "<memory>", encoding: .utf8, offset: offset, problem: .invalidUTF8,
                                                  detected: encoding == nil), "\(label), chunk \(chunkSize)")
            }
        }
    }

    @Test("the same file without the bad bytes reads to the end")
    func valid() throws {
        let (bytes, _) = Self.file(badRow: ("9,Новый,Москва,", [], "😀 ok"))
        let (_, records) = try CSVTestSupport.records(bytes, options: .init(chunkSize: 1000))
        #expect(records.count > 7000)
        #expect(records[records.count - 2].fields == ["9", "Новый", "Москва", "😀 ok"])
        #expect(records.last?.fields == ["1", "Won", "Тверь", "x"])
    }

    @Test("the field check agrees with the standard library's validation, four-byte forms included")
    func fieldCheckMatchesStandardLibrary() {
        var random = SeededGenerator(seed: 7)
        let pieces: [[UInt8]] = [[0x41], [0xD0, 0x98], [0xE2, 0x82, 0xAC], [0x80], [0xBF], [0xC0], [0xC1, 0x81], [0xDF],
                                 [0xE0, 0x80], [0xE0, 0xA0], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBD], [0xE1, 0x80],
                                 [0xF0, 0x9F, 0x98, 0x80], [0xF0, 0x9F], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF]]
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<(1 + Int(random.next() % 8)) { bytes += pieces[Int(random.next() % UInt64(pieces.count))] }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            var invalid = false
            let string = bytes.withUnsafeBufferPointer { CSVStringCache.validatedString($0, checking: true, invalid: &invalid) }
            #expect(valid == !invalid, "\(bytes)")
            if valid { #expect(Array(string.utf8) == bytes, "\(bytes)") }
        }
    }
}
