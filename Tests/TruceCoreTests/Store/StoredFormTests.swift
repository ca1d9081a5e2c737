import Testing
@testable import TruceCore

/// The stored raw JSON is part of the base's bytes: the byte writer must match `JSONText.pairs`.
@Suite struct StoredFormTests {
    @Test(arguments: [
        [("id", "l:1"), ("Имя", "Иван \"Ваня\" Петров")],
        [("a\\b", "line\nbreak\r\ttab"), ("ctl", "\u{01}\u{1F}\u{7F}"), ("emoji", "👩‍💻 é")],
        [("", ""), ("x", "\\\"")],
        [],
    ])
    func rawJSONMatchesJSONText(pairs: [(String, String)]) {
        let cells = pairs.map { (column: $0.0, value: $0.1) }
        #expect(StoredJSON.pairs(cells) == JSONText.pairs(cells))
    }
}
