/// Finds the structural bytes of CSV text eight bytes at a time (SWAR: "SIMD within a
/// register"), falling back to single bytes near the end of the buffer.
///
/// Line ends are found as "a byte below 0x0E", one test for LF, CR and the other control bytes;
/// callers check the byte found and pass over a control byte that is not a line end.
enum CSVByteSearch {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let quotes: UInt64 = 0x2222_2222_2222_2222
    /// Bytes below this are candidate line ends (LF 0x0A, CR 0x0D).
    private static let controlLimit: UInt64 = 0x0E0E_0E0E_0E0E_0E0E
    /// Added to a byte's low seven bits, sets the high bit exactly when they are 0x0E or more.
    private static let controlBias: UInt64 = 0x7272_7272_7272_7272

    /// `byte` repeated in all eight lanes.
    @inline(__always)
    static func pattern(_ byte: UInt8) -> UInt64 { UInt64(byte) &* ones }

    /// High bit set in each lane of `word` that is zero. Only the lowest flagged lane is exact
    /// (a borrow can flag lanes above a real zero), which is the only one used.
    @inline(__always)
    private static func zeroLanes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }

    /// High bit set in each lane of `word` below 0x0E; as with `zeroLanes`, the lowest is exact.
    @inline(__always)
    private static func controlLanes(_ word: UInt64) -> UInt64 { (word &- controlLimit) & ~word & highs }

    /// One bit per byte of `word` (bit i for byte i) that is the delimiter or below 0x0E: exact in
    /// every lane, as no lane's sum carries into the next.
    @inline(__always)
    static func terminatorBits(_ word: UInt64, delimiterPattern: UInt64) -> UInt64 {
        let low = word & lows
        // High bit of a lane set when the byte is neither the delimiter nor below 0x0E.
        let other = ((low ^ delimiterPattern) &+ lows) & (low &+ controlBias) | word
        let flagged = ~other & highs
        // Gathers the eight high bits into the top byte, then moves it down.
        return ((flagged >> 7) &* 0x0102_0408_1020_4080) >> 56
    }

    /// Bits for the bytes of `base[start..<start + 64]`, cut at `end`, that are the delimiter or
    /// below 0x0E (bit i for `base[start + i]`).
    @inline(__always)
    static func terminatorMask(_ base: UnsafePointer<UInt8>, at start: Int, end: Int,
                               delimiter: UInt8, pattern: UInt64) -> UInt64 {
        let raw = UnsafeRawPointer(base + start)
        if end - start >= 64 {
            // Each word's byte of bits enters at the top, so after eight the first is at the
            // bottom. The chain keeps LLVM from vectorizing the loop, which would emulate the
            // 64-bit multiply with three SSE2 ones per lane.
            var mask: UInt64 = 0
            for offset in stride(from: 0, to: 64, by: 8) {
                let bits = terminatorBits(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self),
                                          delimiterPattern: pattern)
                mask = mask >> 8 | bits << 56
            }
            return mask
        }
        var mask: UInt64 = 0
        for i in 0..<max(end - start, 0) {
            let byte = base[start + i]
            if byte == delimiter || byte < 0x0E { mask |= 1 &<< UInt64(i) }
        }
        return mask
    }

    /// The index of the next quote in `base[from..<end]`, or `end`; line ends passed over are
    /// added to `lines` (CRLF once, a lone CR once).
    @inline(__always)
    static func quotedEnd(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, lines: inout Int) -> Int {
        var p = start
        let raw = UnsafeRawPointer(base)
        while true {
            while p + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: p, as: UInt64.self)
                let hits = zeroLanes(word ^ quotes) | controlLanes(word)
                if hits != 0 {
                    p += hits.trailingZeroBitCount >> 3
                    break
                }
                p += 8
            }
            while p < end {
                let byte = base[p]
                if byte == 0x22 || byte < 0x0E { break }
                p += 1
            }
            if p >= end { return p }
            let byte = base[p]
            if byte == 0x22 { return p }
            if byte == 0x0A || (byte == 0x0D && (p + 1 >= end || base[p + 1] != 0x0A)) { lines += 1 }
            p += 1
        }
    }
}
