/// Base letters for accented Latin letters (Latin-1 Supplement and Latin Extended-A).
extension NameNormalizer {
    /// Lowercase ASCII replacement for each accented Latin letter, upper and lower case alike.
    static let latinBaseLetters: [UInt32: String] = {
        let groups: [(letters: String, base: String)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("Ææ", "ae"), ("ÇçĆćĈĉĊċČč", "c"), ("ÐðĎďĐđ", "d"),
            ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"),
            ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĳĳ", "ij"), ("Ĵĵ", "j"), ("Ķķĸ", "k"),
            ("ĹĺĻļĽľĿŀŁł", "l"), ("ÑñŃńŅņŇňŉŊŋ", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("Œœ", "oe"),
            ("ŔŕŖŗŘř", "r"), ("ŚśŜŝŞşŠšſ", "s"), ("ß", "ss"), ("ŢţŤťŦŧ", "t"), ("Þþ", "th"),
            ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"),
        ]
        var table: [UInt32: String] = [:]
        for group in groups {
            for scalar in group.letters.unicodeScalars { table[scalar.value] = group.base }
        }
        return table
    }()
}
