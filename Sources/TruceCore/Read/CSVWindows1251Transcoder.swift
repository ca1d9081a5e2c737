import CTruceCSV

/// Converts Windows-1251 (Cyrillic) to UTF-8 with a 256-entry table; where the CPU has AVX2,
/// words of ASCII and Cyrillic letters are converted with vectors (`truce_cp1251_to_utf8`).
struct CSVWindows1251Transcoder {
    /// Whether the vector converter is used where the CPU allows; false runs the table loop here
    /// alone, the reference the vector one is tested against.
    var usesVectors = true

    /// The most UTF-8 bytes `transcode` writes for `count` input bytes.
    static func maxOutput(forInput count: Int) -> Int { count * 3 + 1 }

    /// Unicode scalars for bytes 0x80...0xFF (from the Unicode mapping CP1251.TXT); 0 marks
    /// 0x98, which the code page leaves undefined.
    static let upperHalf: [UInt16] = [
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80
        0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,  // 0x88
        0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90
        0x0000, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,  // 0x98
        0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,  // 0xA0
        0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,  // 0xA8
        0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,  // 0xB0
        0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,  // 0xB8
        0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,  // 0xC0
        0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,  // 0xC8
        0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,  // 0xD0
        0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,  // 0xD8
        0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,  // 0xE0
        0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,  // 0xE8
        0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,  // 0xF0
        0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,  // 0xF8
    ]

    /// UTF-8 bytes of every byte value, packed little-endian with the length in the top byte
    /// (0 for the undefined 0x98), so that one unconditional 4-byte store writes any of them.
    private static let packed: [UInt32] = (0...255).map { value in
        if value < 0x80 { return 1 << 24 | UInt32(value) }
        let scalar = UInt32(upperHalf[value - 0x80])
        if scalar == 0 { return 0 }
        if scalar < 0x800 { return 2 << 24 | (0x80 | scalar & 0x3F) << 8 | (0xC0 | scalar >> 6) }
        return 3 << 24 | (0x80 | scalar & 0x3F) << 16 | (0x80 | (scalar >> 6) & 0x3F) << 8 | (0xE0 | scalar >> 12)
    }

    /// Transcodes `src[0..<count]` into `dst`, which must hold `maxOutput(forInput: count)` bytes:
    /// with vectors where the CPU allows (`truce_cp1251_to_utf8`), else with the table loop.
    /// Either reports whether the undefined byte 0x98 occurred; it is then located for the error.
    func transcode(_ src: UnsafePointer<UInt8>, count: Int, into dst: UnsafeMutablePointer<UInt8>) -> CSVTranscodeOutcome {
        var undefined = false
        var written = -1
        if usesVectors {
            written = Self.packed.withUnsafeBufferPointer { table in
                truce_cp1251_to_utf8(src, count, dst, table.baseAddress, &undefined)
            }
        }
        if written < 0 { written = Self.convertWithTable(src, count: count, into: dst, undefined: &undefined) }
        if undefined, let bad = (0..<count).first(where: { src[$0] == Self.undefinedByte }) {
            return CSVTranscodeOutcome(consumed: bad, written: 0, error: (bad, .undefinedByte))
        }
        return CSVTranscodeOutcome(consumed: count, written: written, error: nil)
    }

    /// The table loop: returns the bytes written. Eight ASCII bytes are copied as one word. Other
    /// words go through the table byte by byte without data-dependent branches: Cyrillic text
    /// mixed with ASCII punctuation would otherwise mispredict on nearly every word. The undefined
    /// byte 0x98 is looked for once per word (its table entry writes nothing), not once per byte.
    private static func convertWithTable(_ src: UnsafePointer<UInt8>, count: Int, into dst: UnsafeMutablePointer<UInt8>,
                                         undefined found: inout Bool) -> Int {
        packed.withUnsafeBufferPointer { table in
            let out = UnsafeMutableRawPointer(dst)
            let raw = UnsafeRawPointer(src)
            var i = 0
            var o = 0
            var undefined: UInt64 = 0
            // In range: `o <= 3 * i`, so the 8-byte store ends by `3 * count + 1` while `i + 8 <= count`.
            while i + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    out.storeBytes(of: word, toByteOffset: o, as: UInt64.self)
                    o &+= 8
                } else {
                    undefined |= zeroLanes(word ^ undefinedPattern)
                    for k in i..<i + 8 { put(table[Int(src[k])], out, &o) }
                }
                i += 8
            }
            for k in i..<count {
                if src[k] == undefinedByte { undefined = 1 }
                put(table[Int(src[k])], out, &o)
            }
            found = undefined != 0
            return o
        }
    }

    /// The one byte value the code page leaves undefined, and it in all eight lanes of a word.
    private static let undefinedByte: UInt8 = 0x98
    private static let undefinedPattern: UInt64 = 0x9898_9898_9898_9898

    /// Nonzero exactly when some byte of `word` is zero.
    @inline(__always)
    private static func zeroLanes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }

    /// Writes one packed table entry at `o` with a 4-byte store and advances by its length.
    @inline(__always)
    private static func put(_ entry: UInt32, _ out: UnsafeMutableRawPointer, _ o: inout Int) {
        out.storeBytes(of: entry, toByteOffset: o, as: UInt32.self)
        o &+= Int(entry >> 24)
    }
}
