import Testing
@testable import TruceCore

/// Tiny chunk sizes put quotes, doubled quotes, CRLF pairs, multi-byte characters and UTF-16
/// code units (and surrogate pairs) across chunk boundaries; the result must not change.
@Suite("chunk boundaries")
struct CSVChunkBoundaryTests {
    static let text = "Report title\n\nИмя;Телефон;Комментарий;\r\n"
        + "\"Иван\";\"+7 916 123-45-67\";\"said \"\"hi\"\";\r\nthen left\";\r\n"
        + "Ёлка;;\"\";\r"
        + "\"a\"\"\";\"€\";\"x\ry\";\n"
        + "Жанна;8 (916);\"«Сервис», ООО\";\r\n"
    static let cp1251Text = text
    static let unicodeText = text + "Эмодзи;😀👍🏽;\"𝄞\";\n"

    static let expectedHeader = ["Имя", "Телефон", "Комментарий"]
    static let expectedRecords: [[String]] = [
        ["Иван", "+7 916 123-45-67", "said \"hi\";\r\nthen left"],
        ["Ёлка", "", ""],
        ["a\"", "€", "x\ry"],
        ["Жанна", "8 (916)", "«Сервис», ООО"],
    ]
    static let expectedLines = [4, 6, 7, 9]  // record 3 holds a CR inside quotes

    static func encoded(_ encoding: TextEncoding, bom: Bool) throws -> [UInt8] {
        switch encoding {
        case .utf8: return (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(unicodeText.utf8)
        case .utf16LE: return CSVTestSupport.utf16(unicodeText, bigEndian: false, bom: bom)
        case .utf16BE: return CSVTestSupport.utf16(unicodeText, bigEndian: true, bom: bom)
        case .windows1251: return try CSVTestSupport.windows1251(cp1251Text)
        }
    }

    static let variants: [(TextEncoding, Bool)] = [
        (.utf8, false), (.utf8, true), (.utf16LE, true), (.utf16BE, true), (.utf16LE, false), (.windows1251, false),
    ]

    @Test("same records at every chunk size", arguments: variants)
    func everyChunkSize(_ encoding: TextEncoding, _ bom: Bool) throws {
        let bytes = try Self.encoded(encoding, bom: bom)
        var expected = Self.expectedRecords
        if encoding != .windows1251 { expected.append(["Эмодзи", "😀👍🏽", "𝄞"]) }
        for chunkSize in Array(1...17) + [31, 64, 1000] {
            let (reader, records) = try CSVTestSupport.records(bytes, options: .init(chunkSize: chunkSize))
            #expect(reader.encoding == encoding, "chunk \(chunkSize)")
            #expect(reader.delimiter == UInt8(ascii: ";"))
            #expect(reader.trailingDelimiter)
            #expect(reader.headerLineNumber == 3)
            #expect(reader.preamble == [["Report title"]])
            #expect(reader.header == Self.expectedHeader, "chunk \(chunkSize)")
            #expect(records.map(\.fields) == expected, "chunk \(chunkSize)")
            #expect(Array(records.map(\.line).prefix(4)) == Self.expectedLines, "chunk \(chunkSize)")
        }
    }

    @Test("a CR at the very end of a chunk before LF counts one line end")
    func crlfSplit() throws {
        // With chunk size 4, "a,b\r" fills the first chunk and "\n" starts the next.
        let rows = try CSVTestSupport.rowsWithLines("a,b\r\n1,2\r\n3,4", chunkSize: 4)
        #expect(rows.map(\.0) == [1, 2, 3])
        #expect(rows.map(\.1) == [["a", "b"], ["1", "2"], ["3", "4"]])
    }
}
