import Foundation
import Testing
@testable import TruceCore

/// The word-at-a-time fast paths must agree with byte-by-byte references at every alignment.
@Suite("transcoder fast paths")
struct CSVTranscoderTests {
    /// Letters only (А..я, the vector path), and every defined byte (the table for the rest).
    /// The vector converter (where this CPU has AVX2) and the table loop alone.
    static let windows1251Paths = [true, false]

    @Test("Windows-1251 runs of ASCII and Cyrillic decode as Foundation decodes them",
          arguments: [Array(UInt8(0xC0)...UInt8(0xFF)), (0...255).map(UInt8.init).filter { $0 != 0x98 }], windows1251Paths)
    func windows1251MatchesFoundation(_ defined: [UInt8], _ vectors: Bool) throws {
        var random = SeededGenerator(seed: 11 &+ UInt64(defined.count))
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            while bytes.count < Int(random.next() % 96) {
                let run = 1 + Int(random.next() % 20)
                let ascii = random.next() % 2 == 0
                for _ in 0..<run {
                    bytes.append(ascii ? UInt8(0x20 + random.next() % 0x5F) : defined[Int(random.next() % UInt64(defined.count))])
                }
            }
            let expected = try #require(String(data: Data(bytes), encoding: .windowsCP1251))
            // Guard bytes after the room the transcoder is promised: it must not write there.
            let room = CSVWindows1251Transcoder.maxOutput(forInput: bytes.count)
            var output = [UInt8](repeating: 0, count: room + 32)
            let outcome = bytes.withUnsafeBufferPointer { src in
                output.withUnsafeMutableBufferPointer { dst in
                    dst.baseAddress!.update(repeating: 0xA5, count: room + 32)
                    return CSVWindows1251Transcoder(usesVectors: vectors).transcode(src.baseAddress!, count: src.count,
                                                                                   into: dst.baseAddress!)
                }
            }
            #expect(outcome.error == nil)
            #expect(Array(output[..<outcome.written]) == Array(expected.utf8), "\(bytes)")
            #expect(output[room...].allSatisfy { $0 == 0xA5 }, "wrote past its room: \(bytes)")
        }
    }

    @Test("the undefined byte 0x98 is found after a run of ASCII words", arguments: windows1251Paths)
    func windows1251UndefinedAfterASCII(_ vectors: Bool) {
        let bytes = Array("abcdefghijklmnopq".utf8) + [0x98] + Array("rs".utf8)
        var output = [UInt8](repeating: 0, count: CSVWindows1251Transcoder.maxOutput(forInput: bytes.count))
        let outcome = bytes.withUnsafeBufferPointer { src in
            output.withUnsafeMutableBufferPointer { dst in
                CSVWindows1251Transcoder(usesVectors: vectors).transcode(src.baseAddress!, count: src.count,
                                                                         into: dst.baseAddress!)
            }
        }
        #expect(outcome.error?.index == 17)
        #expect(outcome.error?.problem == .undefinedByte)
    }

    @Test("the undefined byte 0x98 is found at any position among Cyrillic bytes", arguments: 1...24, windows1251Paths)
    func windows1251UndefinedAnywhere(_ count: Int, _ vectors: Bool) {
        for position in 0..<count {
            var bytes = [UInt8](repeating: 0xC0, count: count)
            bytes[position] = 0x98
            var output = [UInt8](repeating: 0, count: CSVWindows1251Transcoder.maxOutput(forInput: bytes.count))
            let outcome = bytes.withUnsafeBufferPointer { src in
                output.withUnsafeMutableBufferPointer { dst in
                    CSVWindows1251Transcoder(usesVectors: vectors).transcode(src.baseAddress!, count: src.count,
                                                                             into: dst.baseAddress!)
                }
            }
            #expect(outcome.error?.index == position, "count \(count)")
            #expect(outcome.error?.problem == .undefinedByte)
        }
    }

    @Test("the ASCII check sees one high byte at any position", arguments: 1...24)
    func asciiCheck(_ count: Int) {
        let ascii = [UInt8](repeating: 0x61, count: count)
        #expect(ascii.withUnsafeBufferPointer { CSVUTF8Validator.isASCII($0.baseAddress!, count: count) })
        for position in 0..<count {
            var bytes = ascii
            bytes[position] = 0x80
            #expect(!bytes.withUnsafeBufferPointer { CSVUTF8Validator.isASCII($0.baseAddress!, count: count) })
        }
    }

    @Test("UTF-16 runs of ASCII, Cyrillic, three-byte letters and surrogate pairs decode as the standard library decodes them",
          arguments: [false, true])
    func utf16Runs(_ bigEndian: Bool) {
        var random = SeededGenerator(seed: bigEndian ? 17 : 16)
        let alphabets: [[Character]] = [
            Array("abcxyz019 ,;@."), Array("АБВабвжщъёЁ"), Array("«»—№€中文"), Array("😀🎉𝄞"),
        ]
        for _ in 0..<400 {
            var text = ""
            while text.utf16.count < Int(random.next() % 90) {
                let alphabet = alphabets[Int(random.next() % UInt64(alphabets.count))]
                for _ in 0..<(1 + Int(random.next() % 20)) { text.append(alphabet[Int(random.next() % UInt64(alphabet.count))]) }
            }
            let bytes = Self.utf16Bytes(Array(text.utf16), bigEndian: bigEndian)
            let (outcome, output) = Self.transcodeUTF16(bytes, bigEndian: bigEndian)
            #expect(outcome.error == nil, "\(text.debugDescription)")
            #expect(outcome.consumed == bytes.count)
            #expect(output == Array(text.utf8), "\(text.debugDescription)")
        }
    }

    @Test("an unpaired surrogate is found at any unit of a block", arguments: [false, true])
    func utf16UnpairedSurrogate(_ bigEndian: Bool) {
        for count in [8, 9, 16, 17, 24, 40] {
            for position in 0..<count {
                for bad: UInt16 in [0xD800, 0xDC00, 0xDBFF] {
                    var units = (0..<count).map { UInt16($0 % 2 == 0 ? 0x0061 : 0x0436) }
                    units[position] = bad
                    let bytes = Self.utf16Bytes(units, bigEndian: bigEndian)
                    let (outcome, output) = Self.transcodeUTF16(bytes, bigEndian: bigEndian)
                    #expect(outcome.error?.index == 2 * position, "unit \(position) of \(count)")
                    #expect(outcome.error?.problem == .unpairedSurrogate)
                    let before = String(decoding: units[..<position], as: UTF16.self)
                    #expect(output == Array(before.utf8), "unit \(position) of \(count)")
                }
            }
        }
    }

    private static func utf16Bytes(_ units: [UInt16], bigEndian: Bool) -> [UInt8] {
        units.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    /// The outcome, and the bytes written before it stopped.
    private static func transcodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> (CSVTranscodeOutcome, [UInt8]) {
        var output = [UInt8](repeating: 0, count: CSVUTF16Transcoder.maxOutput(forInput: bytes.count))
        let outcome = bytes.withUnsafeBufferPointer { src in
            output.withUnsafeMutableBufferPointer { dst in
                CSVUTF16Transcoder(bigEndian: bigEndian)
                    .transcode(src.baseAddress!, count: src.count, into: dst.baseAddress!, atEnd: true)
            }
        }
        return (outcome, Array(output[..<outcome.written]))
    }
}
