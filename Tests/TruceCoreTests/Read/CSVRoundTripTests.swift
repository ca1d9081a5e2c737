import Testing
@testable import TruceCore

/// Seeded property test: random fields written by a small RFC 4180 writer read back identically,
/// in every encoding and at random chunk sizes.
@Suite("round trip")
struct CSVRoundTripTests {
    static let alphabet = ["a", "Z", "7", " ", "Я", "ё", "€", "😀", "\"", ",", ";", "\t", "|", "\r", "\n", "\r\n", "x\"y"]
    static let cp1251Alphabet = alphabet.filter { $0 != "😀" }

    /// Writes rows like Python's csv.writer (QUOTE_MINIMAL), plus random extra quoting.
    static func write(_ rows: [[String]], delimiter: Character, ends: [String], random: inout SeededGenerator) -> String {
        var text = ""
        for (index, row) in rows.enumerated() {
            let fields = row.map { field -> String in
                let special = field.contains(delimiter) || field.contains("\"") || field.contains("\r") || field.contains("\n")
                // A lone empty field must be quoted, or the line would be blank and skipped.
                let mustQuote = special || (row.count == 1 && field.isEmpty)
                if mustQuote || random.next() % 5 == 0 { return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
                return field
            }
            text += fields.joined(separator: String(delimiter)) + ends[index]
        }
        return text
    }

    /// The 1-based line on which each row starts: each row end is one line end, and inside a
    /// field CRLF, CR and LF count one each.
    static func startLines(_ rows: [[String]]) -> [Int] {
        var line = 1
        var lines: [Int] = []
        for row in rows {
            lines.append(line)
            line += 1
            for field in row {
                let scalars = Array(field.unicodeScalars)
                for (index, scalar) in scalars.enumerated() {
                    if scalar == "\n" && !(index > 0 && scalars[index - 1] == "\r") { line += 1 }
                    if scalar == "\r" { line += 1 }
                }
            }
        }
        return lines
    }

    @Test("random fields survive write and read", arguments: TextEncoding.allCases)
    func roundTrip(_ encoding: TextEncoding) throws {
        var random = SeededGenerator(seed: 0xC5F + UInt64(encoding.rawValue.count))
        let letters = encoding == .windows1251 ? Self.cp1251Alphabet : Self.alphabet
        for iteration in 0..<150 {
            let delimiter: Character = [",", ";", "\t", "|"][Int(random.next() % 4)]
            let rows = (0..<(1 + Int(random.next() % 12))).map { _ in
                (0..<(1 + Int(random.next() % 6))).map { _ in
                    (0..<Int(random.next() % 7)).map { _ in letters[Int(random.next() % UInt64(letters.count))] }.joined()
                }
            }
            let ends = rows.map { _ in ["\n", "\r\n", "\r"][Int(random.next() % 3)] }
            let text = Self.write(rows, delimiter: delimiter, ends: ends, random: &random)
            let bytes: [UInt8]
            switch encoding {
            case .utf8: bytes = Array(text.utf8)
            case .utf16LE: bytes = CSVTestSupport.utf16(text, bigEndian: false, bom: random.next() % 2 == 0)
            case .utf16BE: bytes = CSVTestSupport.utf16(text, bigEndian: true, bom: true)
            case .windows1251: bytes = try CSVTestSupport.windows1251(text)
            }
            let chunkSize = 1 + Int(random.next() % 40)
            let reader = try CSVRowReader(bytes: bytes, encoding: encoding, delimiter: UInt8(ascii: delimiter.unicodeScalars.first!),
                                          options: .init(chunkSize: chunkSize))
            var read: [[String]] = []
            var lines: [Int] = []
            while try reader.advance() {
                var row: [String] = []
                reader.appendFields(to: &row)
                read.append(row)
                lines.append(reader.line)
            }
            #expect(read == rows, "iteration \(iteration), chunk \(chunkSize)")
            #expect(lines == Self.startLines(rows), "iteration \(iteration)")
        }
    }
}
