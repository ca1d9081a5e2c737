/// Latin "skeleton" of a name, equal for the usual spellings of one name in either script.
///
/// `Петров`, `Petrov`; `Александр`, `Aleksandr`; `Алексей`, `Alexey`, `Aleksei`; `Юлия`, `Yulia`,
/// `Julia`; `Артём`, `Artyom`, `Artem`; `Наталья`, `Natalia`, `Natalya` all share one. Steps:
/// fold (`NameNormalizer.matchKey`), Cyrillic → Latin (GOST-like), then collapse spelling variants
/// (`x`→`ks`, `y`/`j`→`i`, `kh`→`h`, `ts`→`c`, hard `c`→`k`, `ph`→`f`, `w`→`v`, `io`→`e`,
/// `ie`→`e`, doubled letters once). Only ASCII letters survive. Used for comparison levels and
/// blocking, never shown.
enum NameSkeleton {
    /// The skeleton of a display name.
    static func of(_ name: String) -> ShortText {
        NameFolding.fold(name).skeleton
    }

    /// The gender-neutral stem of a surname skeleton: `smirnova` → `smirnov`, `ilina` → `ilin`,
    /// `kaia` (…ская) → `ki` (…ский).
    static func surnameStem(_ skeleton: ShortText) -> ShortText {
        skeleton.withBytes { bytes in
            guard bytes.count >= 4 else { return skeleton }
            for (female, male) in stemEndings where bytes.count > female.count + 1 {
                let tail = UnsafeRawBufferPointer(rebasing: bytes[(bytes.count - female.count)...])
                guard tail.elementsEqual(female) else { continue }
                var stem = LatinBuffer()
                for byte in bytes[..<(bytes.count - female.count)] { stem.append(byte) }
                for byte in male { stem.append(byte) }
                return stem.withBytes { ShortText($0) }
            }
            return skeleton
        }
    }

    private static let stemEndings: [([UInt8], [UInt8])] = [
        ("kaia", "ki"), ("ova", "ov"), ("eva", "ev"), ("ina", "in"), ("aia", "ii"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// GOST-like Latin for а…я, four bytes each (zero-padded).
    private static let cyrillic: [(UInt8, UInt8, UInt8, UInt8)] = [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
    ].map { text in
        let bytes = Array(text.utf8) + [0, 0, 0, 0]
        return (bytes[0], bytes[1], bytes[2], bytes[3])
    }

    /// Appends the Latin letters of one folded scalar (digits, spaces and other scripts add none).
    @inline(__always)
    static func appendLatin(_ scalar: Unicode.Scalar, to out: inout LatinBuffer) {
        let value = scalar.value
        switch value {
        case 0x61...0x7A: out.append(UInt8(value))
        case 0x430...0x44F:
            let code = cyrillic[Int(value - 0x430)]
            if code.0 != 0 { out.append(code.0) }
            if code.1 != 0 { out.append(code.1) }
            if code.2 != 0 { out.append(code.2) }
            if code.3 != 0 { out.append(code.3) }
        case 0x451: out.append(UInt8(ascii: "e"))
        case 0x456: out.append(UInt8(ascii: "i"))  // і
        case 0x457: out.append(UInt8(ascii: "y")); out.append(UInt8(ascii: "i"))  // ї
        case 0x454: out.append(UInt8(ascii: "y")); out.append(UInt8(ascii: "e"))  // є
        case 0x491: out.append(UInt8(ascii: "g"))  // ґ
        case 0x45E: out.append(UInt8(ascii: "u"))  // ў
        default: break
        }
    }

    /// Rewrites Latin spelling variants to one form (two passes over stack buffers).
    static func collapse(_ input: UnsafeRawBufferPointer) -> ShortText {
        var consonants = LatinBuffer()
        collapseConsonants(input, into: &consonants)
        return consonants.withBytes { collapseVowels($0) }
    }

    private static let (a, c, e, f, h, i, k, o, s, t, v, z) = (
        UInt8(ascii: "a"), UInt8(ascii: "c"), UInt8(ascii: "e"), UInt8(ascii: "f"), UInt8(ascii: "h"),
        UInt8(ascii: "i"), UInt8(ascii: "k"), UInt8(ascii: "o"), UInt8(ascii: "s"), UInt8(ascii: "t"),
        UInt8(ascii: "v"), UInt8(ascii: "z"))
    /// Placeholder for `zh` while `j`/`y` become `i`.
    private static let zhMark: UInt8 = 0x5A

    /// `shch`/`sch`→`sh`, `tch`→`ch`, `x`→`ks`, `kh`→`h`, `ph`→`f`, `th`→`t`, `ts`/`tz`→`c`, `ck`/`q`→`k`,
    /// `w`→`v`, `y`/`j`→`i` (`zh` kept).
    private static func collapseConsonants(_ text: UnsafeRawBufferPointer, into out: inout LatinBuffer) {
        var index = 0
        while index < text.count {
            let byte = text[index]
            let next = index + 1 < text.count ? text[index + 1] : 0
            let after = index + 2 < text.count ? text[index + 2] : 0
            var used = 1
            switch byte {
            case s where next == h && after == c && index + 3 < text.count && text[index + 3] == h:
                out.append(s); out.append(h); used = 4
            case s where next == c && after == h: out.append(s); out.append(h); used = 3
            case t where next == c && after == h: out.append(c); out.append(h); used = 3
            case z where next == h: out.append(zhMark); used = 2
            case k where next == h: out.append(h); used = 2
            case UInt8(ascii: "p") where next == h: out.append(f); used = 2
            case t where next == h: out.append(t); used = 2
            case t where next == s || next == z: out.append(c); used = 2
            case c where next == k: out.append(k); used = 2
            case UInt8(ascii: "x"): out.append(k); out.append(s)
            case UInt8(ascii: "q"): out.append(k)
            case UInt8(ascii: "w"): out.append(v)
            case UInt8(ascii: "y"), UInt8(ascii: "j"): out.append(i)
            default: out.append(byte)
            }
            index += used
        }
    }

    /// Hard `c`→`k` (not before `h`, `e`, `i`), `zh` restored, `ie`→`e`, inner `io` before a consonant→`e`
    /// (Artiom, Fiodor, Piotr spell ё), and doubled letters once.
    private static func collapseVowels(_ text: UnsafeRawBufferPointer) -> ShortText {
        var out = LatinBuffer()
        var last: UInt8 = 0
        func emit(_ byte: UInt8) {
            if byte != last { out.append(byte) }
            last = byte
        }
        var index = 0
        while index < text.count {
            let byte = text[index]
            let next = index + 1 < text.count ? text[index + 1] : 0
            let after = index + 2 < text.count ? text[index + 2] : 0
            if byte == c {
                emit(next == h || next == e || next == i ? c : k)
            } else if byte == zhMark {
                emit(z)
                emit(h)
            } else if byte == i && next == e {
                emit(e)
                index += 1
            } else if byte == i && index > 0 && next == o && after != 0 && !isVowel(after) {
                emit(e)
                index += 1
            } else {
                emit(byte)
            }
            index += 1
        }
        return out.withBytes { ShortText($0) }
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == a || byte == e || byte == i || byte == o || byte == UInt8(ascii: "u")
    }
}
