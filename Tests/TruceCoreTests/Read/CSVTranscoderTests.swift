import Foundation
import Testing
@testable import TruceCore

/// The word-at-a-time fast paths must agree with byte-by-byte references at every alignment.
@Suite("transcoder fast paths")
struct CSVTranscoderTests {
    @Test("Windows-1251 runs of ASCII and Cyrillic decode as Foundation decodes them")
    func windows1251MatchesFoundation() throws {
        var random = SeededGenerator(seed: 11)
        let defined = (0...255).map(UInt8.init).filter { $0 != 0x98 }
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            while bytes.count < Int(random.next() % 64) {
                let run = 1 + Int(random.next() % 12)
                let ascii = random.next() % 2 == 0
                for _ in 0..<run {
                    bytes.append(ascii ? UInt8(0x20 + random.next() % 0x5F) : defined[Int(random.next() % UInt64(defined.count))])
                }
            }
            let expected = try #require(String(data: Data(bytes), encoding: .windowsCP1251))
            var output = [UInt8](repeating: 0, count: CSVWindows1251Transcoder.maxOutput(forInput: bytes.count))
            let outcome = bytes.withUnsafeBufferPointer { src in
                output.withUnsafeMutableBufferPointer { dst in
                    CSVWindows1251Transcoder().transcode(src.baseAddress!, count: src.count, into: dst.baseAddress!)
                }
            }
            #expect(outcome.error == nil)
            #expect(Array(output[..<outcome.written]) == Array(expected.utf8), "\(bytes)")
        }
    }

    @Test("the undefined byte 0x98 is found after a run of ASCII words")
    func windows1251UndefinedAfterASCII() {
        let bytes = Array("abcdefghijklmnopq".utf8) + [0x98] + Array("rs".utf8)
        var output = [UInt8](repeating: 0, count: CSVWindows1251Transcoder.maxOutput(forInput: bytes.count))
        let outcome = bytes.withUnsafeBufferPointer { src in
            output.withUnsafeMutableBufferPointer { dst in
                CSVWindows1251Transcoder().transcode(src.baseAddress!, count: src.count, into: dst.baseAddress!)
            }
        }
        #expect(outcome.error?.index == 17)
        #expect(outcome.error?.problem == .undefinedByte)
    }

    @Test("the undefined byte 0x98 is found at any position among Cyrillic bytes", arguments: 1...24)
    func windows1251UndefinedAnywhere(_ count: Int) {
        for position in 0..<count {
            var bytes = [UInt8](repeating: 0xC0, count: count)
            bytes[position] = 0x98
            var output = [UInt8](repeating: 0, count: CSVWindows1251Transcoder.maxOutput(forInput: bytes.count))
            let outcome = bytes.withUnsafeBufferPointer { src in
                output.withUnsafeMutableBufferPointer { dst in
                    CSVWindows1251Transcoder().transcode(src.baseAddress!, count: src.count, into: dst.baseAddress!)
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
}
