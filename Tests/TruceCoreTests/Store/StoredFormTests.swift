import Foundation
import Testing
@testable import TruceCore

/// The stored raw JSON and content hash are part of the base's bytes: the byte writer must match
/// the pairs written String by String with `JSONText.quote` (the reference below), and the hash
/// the SHA-256 of that text (joined with folded lines' text).
@Suite struct StoredFormTests {
    @Test(arguments: [
        [("id", "l:1"), ("Имя", "Иван \"Ваня\" Петров")],
        [("a\\b", "line\nbreak\r\ttab"), ("ctl", "\u{01}\u{1F}\u{7F}"), ("emoji", "👩‍💻 é")],
        [("", ""), ("x", "\\\"")],
        [("long clean text over eight bytes", "abcdefgh\"ijklmnop\\qrstuvwx\u{0}yz0123456789")],
        [],
    ])
    func rawJSONMatchesJSONText(pairs: [(String, String)]) {
        let cells = pairs.map { (column: $0.0, value: $0.1) }
        #expect(StoredJSON.pairs(cells) == Array(Self.referencePairs(cells).utf8))
    }

    /// Escapes at every offset of the eight-byte words the scan tests at once, next to
    /// multi-byte letters and bytes just above the ones that need escaping.
    @Test func rawJSONMatchesJSONTextOnSeededCells() {
        let alphabet: [String] = ["a", "Z", "0", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{20}", "\u{21}",
                                  "\u{23}", "\u{5B}", "\u{5D}", "\u{7F}", "é", "Ж", "€", "👩‍💻", "!"]
        var generator = SeededGenerator(seed: 20_261_127)
        for _ in 0..<2_000 {
            let cells = (0..<Int(generator.next() % 4)).map { _ in
                (column: text(&generator, alphabet), value: text(&generator, alphabet))
            }
            let expected = Array(Self.referencePairs(cells).utf8)
            #expect(StoredJSON.pairs(cells) == expected)
            if StoredJSON.pairs(cells) != expected { return }
        }
    }

    @Test func contentHashIsTheHashOfTheJoinedText() {
        var row = ImportedRow(ref: SourceRecordRef(source: "s", file: "f.csv", record: 1), nativeID: "7",
                              raw: [(column: "Имя", value: "Иван \"Ваня\"")])
        let raw = StoredJSON.pairs(row.raw)
        #expect(StoreWriter.contentHash(raw, row) == SHA256.hex(Self.referencePairs(row.raw)))
        row.mergedLines = [MergedLine(ref: row.ref, raw: [(column: "Товар", value: "Курс\n2")]),
                           MergedLine(ref: row.ref, raw: [])]
        let joined = ([Self.referencePairs(row.raw)] + row.mergedLines.map { Self.referencePairs($0.raw) }).joined(separator: "\n")
        #expect(StoreWriter.contentHash(raw, row) == SHA256.hex(joined))
    }

    /// `[["column","value"],…]` assembled from `JSONText.quote`, a scalar-by-scalar escaper.
    private static func referencePairs(_ pairs: [(column: String, value: String)]) -> String {
        "[" + pairs.map { "[" + JSONText.quote($0.column) + "," + JSONText.quote($0.value) + "]" }.joined(separator: ",") + "]"
    }

    private func text(_ generator: inout SeededGenerator, _ alphabet: [String]) -> String {
        (0..<Int(generator.next() % 40)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
    }
}
