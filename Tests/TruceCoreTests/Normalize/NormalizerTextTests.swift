import Testing
@testable import TruceCore

/// The byte-level fast paths of `NormalizerText` give what the character-level rules give.
@Suite struct NormalizerTextTests {
    static let samples = [
        "", " ", "a", "abc", " abc", "abc ", "\u{A0}Иван\u{A0}", "\u{200B}x", "x\u{200B}", "\u{FEFF}id", "Ёлка",
        "Анна", "анна ", "\tтаб", "é", "e\u{301}", "x\u{301}", "日本", "😀", "😀 ", "a\u{3000}", "\u{85}b", "b\u{AD}",
        "\u{1680}c", "c\u{180E}", "\r\n", "Straße", "ÀÖØÞ×", "İstanbul", "ΣΟΦΙΑ", "MIXED Case Кириллица ЀЏ",
        "Успешно Реализовано", "ЁЖИК Ѐ Џ Ѓ", "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞß", "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
    ]

    /// Trimming scalar by scalar, as `trimmed` does when the edges are not plain.
    private func reference(_ raw: String) -> String {
        let drop: (Unicode.Scalar) -> Bool = { NormalizerText.isSpace($0) || NormalizerText.isInvisible($0) }
        var scalars = Array(raw.unicodeScalars)
        while let first = scalars.first, drop(first) { scalars.removeFirst() }
        while let last = scalars.last, drop(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    @Test(arguments: samples)
    func trimsAsScalarByScalar(text: String) {
        #expect(NormalizerText.trimmed(text) == reference(text))
        #expect(NormalizerText.trimmed(text).utf8.elementsEqual(reference(text).utf8))
    }

    @Test(arguments: samples)
    func lowercasesAsTheStandardLibrary(text: String) {
        #expect(NormalizerText.lowercased(text: text).utf8.elementsEqual(text.lowercased().utf8))
    }

    @Test(arguments: ["l:123", "L:123", "l:", "l:1", "l:\u{301}12", "l: 12", "x:12", "l:Иван", "ag:1", "l"])
    func dropsPrefixesAsCharacters(text: String) {
        let expected = NormalizerText.hasPrefixIgnoringCase(text, "l:") ? String(text.dropFirst(2)) : nil
        #expect(NormalizerText.droppingPrefix("l:", of: text).map { Array($0.utf8) } == expected.map { Array($0.utf8) })
    }

    /// `containsASCIICaseInsensitive` jumps between candidate first bytes (`memchr`); it finds
    /// what lower-casing the text's ASCII letters and searching finds, wherever the needle is.
    @Test(arguments: ["<test lead:", "test lead", "dummy data", "a", "<"])
    func findsASCIINeedlesAsLowercasedSearch(needle: String) {
        let texts = Self.samples + [
            "<test lead: dummy data for ad_id 1>", "<TEST LEAD: x>", "x <Test Lead:", "<test lead", "<<test lead:",
            "tttest lead", "Test Lea", "tEST LEADer", "Иван <test lead: да>", "dummy DATA", "dummy dat", "A", "<a>",
        ]
        for text in texts {
            let bytes = Array(NormalizerText.asciiLowercased(text).utf8), pin = Array(needle.utf8)
            let expected = bytes.count >= pin.count
                && (0...(bytes.count - pin.count)).contains { bytes[$0..<$0 + pin.count].elementsEqual(pin) }
            #expect(NormalizerText.containsASCIICaseInsensitive(text, needle) == expected, "\(text) / \(needle)")
        }
    }
}
