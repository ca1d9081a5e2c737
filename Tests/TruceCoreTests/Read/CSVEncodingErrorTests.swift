import Testing
@testable import TruceCore

/// Bytes that are invalid in their encoding are errors with the file offset, never replaced.
@Suite("encoding errors")
struct CSVEncodingErrorTests {
    static func error(_ bytes: [UInt8], _ options: CSVOptions = .init()) -> ReadError? {
        CSVTestSupport.readError { _ = try CSVTestSupport.records(bytes, options: options) }
    }

    @Test("invalid UTF-8 sequences are reported at their first byte", arguments: [
        ([0xC0, 0x80], "overlong NUL"), ([0xE0, 0x80, 0xAF], "overlong slash"), ([0xED, 0xA0, 0x80], "surrogate"),
        ([0xF4, 0x90, 0x80, 0x80], "above U+10FFFF"), ([0xF5, 0x80, 0x80, 0x80], "F5 lead"), ([0x80], "lone continuation"),
        ([0xD0, 0x41], "missing continuation"), ([0xE2, 0x82, 0x41], "short 3-byte"),
    ] as [([UInt8], String)])
    func invalidUTF8(_ bad: [UInt8], _ label: String) {
        let bytes = Array("id,name\n1,Иван\n2,ab".utf8) + bad + Array("cd\n".utf8)
        let offset = Array("id,name\n1,Иван\n2,ab".utf8).count
        for chunkSize in [1, 2, 3, 5, 64] {
            #expect(Self.error(bytes, .init(encoding: .utf8, chunkSize: chunkSize))
                == .invalidEncoding(path: "<memory>", encoding: .utf8, offset: offset, problem: .invalidUTF8, detected: false),
                "\(label), chunk \(chunkSize)")
        }
    }

    @Test("a file that looks like UTF-8 in its first 64 KiB but is not later fails with the offset")
    func invalidLater() throws {
        let row = Array("12345,Мария,ok\n".utf8)
        var bytes = Array("id,name,note\n".utf8)
        while bytes.count < 70_000 { bytes += row }
        let offset = bytes.count + 3
        bytes += Array("999".utf8) + [0xCF, 0xF0] + Array(",x,y\n".utf8)  // "Пр" in cp1251
        let error = Self.error(bytes, .init(chunkSize: 4096))
        #expect(error == .invalidEncoding(path: "<memory>", encoding: .utf8, offset: offset, problem: .invalidUTF8, detected: true))
        #expect(error?.description.contains("detected") == true)
        #expect(error?.description.contains("windows-1251") == true)
    }

    @Test("a UTF-8 sequence cut by the end of the file is an error (explicit UTF-8)")
    func truncatedUTF8() {
        let bytes = Array("a,b\n1,".utf8) + [0xD0]
        #expect(Self.error(bytes, .init(encoding: .utf8))
            == .invalidEncoding(path: "<memory>", encoding: .utf8, offset: 6, problem: .truncatedUTF8, detected: false))
    }

    @Test("UTF-16 with an odd number of bytes", arguments: [false, true])
    func oddUTF16(_ bigEndian: Bool) {
        let bytes = CSVTestSupport.utf16("a\tb\n1\t2\n", bigEndian: bigEndian) + [0x41]
        for chunkSize in [1, 3, 1024] {
            #expect(Self.error(bytes, .init(chunkSize: chunkSize))
                == .invalidEncoding(path: "<memory>", encoding: bigEndian ? .utf16BE : .utf16LE, offset: bytes.count - 1,
                                    problem: .oddByteCount, detected: true))
        }
    }

    @Test("unpaired surrogates", arguments: [
        ([0xD83D, 0x0041], "high then letter"), ([0xDE00], "lone low"), ([0xD83D], "high at end"),
    ] as [([UInt16], String)])
    func unpairedSurrogate(_ units: [UInt16], _ label: String) {
        var bytes = CSVTestSupport.utf16("a\tb\n1\t")
        let offset = bytes.count
        for unit in units { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        for chunkSize in [1, 2, 3, 4, 1024] {
            #expect(Self.error(bytes, .init(encoding: .utf16LE, chunkSize: chunkSize))
                == .invalidEncoding(path: "<memory>", encoding: .utf16LE, offset: offset, problem: .unpairedSurrogate,
                                    detected: false), "\(label), chunk \(chunkSize)")
        }
    }

    @Test("byte 0x98 is undefined in Windows-1251")
    func undefinedCP1251() throws {
        var bytes = try CSVTestSupport.windows1251("Имя;Город\nИван;")
        let offset = bytes.count
        bytes += [0x98] + Array("\n".utf8)
        #expect(Self.error(bytes)
            == .invalidEncoding(path: "<memory>", encoding: .windows1251, offset: offset, problem: .undefinedByte, detected: true))
    }

    @Test("messages name the file and offset and never the cell text")
    func messages() {
        let bytes = Array("name\nSecretName".utf8) + [0xFF]
        let error = Self.error(bytes, .init(encoding: .utf8))
        let text = error?.description ?? ""
        #expect(text.contains("<memory>") && text.contains("byte offset 15"))
        #expect(!text.contains("Secret"))
    }

    @Test("the validator agrees with the standard library on random byte strings")
    func validatorAgreesWithStdlib() {
        var random = SeededGenerator(seed: 42)
        let pieces: [[UInt8]] = [[0x41], [0xD0, 0x98], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xC0],
                                 [0xED, 0xA0], [0xF4, 0x90], [0xEF, 0xBF, 0xBD], [0xFF], [0x0A]]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(random.next() % 12) { bytes += pieces[Int(random.next() % UInt64(pieces.count))] }
            let outcome = bytes.withUnsafeBufferPointer { CSVUTF8Validator.validate($0.baseAddress!, count: $0.count) }
            let complete = outcome.errorAt == nil && outcome.validEnd == bytes.count
            let stdlib = String(validating: bytes, as: UTF8.self) != nil
            #expect(complete == stdlib, "\(bytes)")
            if let at = outcome.errorAt {
                #expect(String(validating: bytes[..<at], as: UTF8.self) != nil, "prefix before the error must be valid: \(bytes)")
            }
        }
    }
}
