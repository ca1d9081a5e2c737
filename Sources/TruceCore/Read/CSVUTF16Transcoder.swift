import CTruceCSV

/// Converts UTF-16 (either byte order) to UTF-8, chunk by chunk, rejecting unpaired surrogates.
struct CSVUTF16Transcoder {
    /// True for UTF-16BE.
    let bigEndian: Bool

    /// The most UTF-8 bytes `transcode` writes for `count` input bytes (one spare byte: each
    /// character is written with a 4-byte store).
    static func maxOutput(forInput count: Int) -> Int { (count / 2) * 3 + 5 }

    /// Transcodes `src[0..<count]` into `dst`. Without `atEnd`, a lone trailing byte or a high
    /// surrogate whose partner has not been read yet is left unconsumed for the next chunk.
    ///
    /// Blocks of eight units without a surrogate go through `truce_utf16_to_utf8_blocks` (C,
    /// SSE2: eight ASCII units packed at once). The rest is done here a unit at a time, each
    /// written with one 4-byte store of its `truce_utf8_form`; surrogate pairs take a slow path.
    func transcode(
        _ src: UnsafePointer<UInt8>, count: Int, into dst: UnsafeMutablePointer<UInt8>, atEnd: Bool
    ) -> CSVTranscodeOutcome {
        var i = 0
        var o = 0
        let out = UnsafeMutableRawPointer(dst)
        while i + 1 < count {
            if i + 16 <= count {
                var written = 0
                let consumed = truce_utf16_to_utf8_blocks(src + i, count - i, bigEndian, dst + o, &written)
                i += consumed
                o += written
                if consumed > 0 { continue }
            }
            let unit = UInt32(load(src, i))
            if unit & 0xF800 != 0xD800 {
                var length = 0
                out.storeBytes(of: truce_utf8_form(unit, &length), toByteOffset: o, as: UInt32.self)
                o &+= length
                i &+= 2
                continue
            }
            if unit >= 0xDC00 {
                return CSVTranscodeOutcome(consumed: i, written: o, error: (i, .unpairedSurrogate))
            }
            if i + 3 >= count {
                if atEnd { return CSVTranscodeOutcome(consumed: i, written: o, error: (i, .unpairedSurrogate)) }
                break
            }
            let low = UInt32(load(src, i + 2))
            if low & 0xFC00 != 0xDC00 {
                return CSVTranscodeOutcome(consumed: i, written: o, error: (i, .unpairedSurrogate))
            }
            let scalar = 0x10000 + ((unit & 0x3FF) << 10) + (low & 0x3FF)
            let bytes = (0xF0 | scalar >> 18) | (0x80 | (scalar >> 12) & 0x3F) << 8
                | (0x80 | (scalar >> 6) & 0x3F) << 16 | (0x80 | scalar & 0x3F) << 24
            out.storeBytes(of: bytes, toByteOffset: o, as: UInt32.self)
            o += 4
            i += 4
        }
        if atEnd && i < count {
            return CSVTranscodeOutcome(consumed: i, written: o, error: (i, .oddByteCount))
        }
        return CSVTranscodeOutcome(consumed: i, written: o, error: nil)
    }

    @inline(__always)
    private func load(_ src: UnsafePointer<UInt8>, _ i: Int) -> UInt16 {
        let raw = UnsafeRawPointer(src).loadUnaligned(fromByteOffset: i, as: UInt16.self)
        return bigEndian ? UInt16(bigEndian: raw) : UInt16(littleEndian: raw)
    }
}
