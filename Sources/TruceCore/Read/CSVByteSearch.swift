/// Finds the next structural byte of a CSV field eight bytes at a time (SWAR: "SIMD within a
/// register"), falling back to single bytes near the end of the buffer.
enum CSVByteSearch {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080
    private static let lineFeeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
    private static let carriageReturns: UInt64 = 0x0D0D_0D0D_0D0D_0D0D
    private static let quotes: UInt64 = 0x2222_2222_2222_2222

    /// `byte` repeated in all eight lanes.
    @inline(__always)
    static func pattern(_ byte: UInt8) -> UInt64 { UInt64(byte) &* ones }

    /// High bit set in each lane of `word` that is zero. Only the lowest flagged lane is exact
    /// (a borrow can flag lanes above a real zero), which is the only one used.
    @inline(__always)
    private static func zeroLanes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }

    /// The index of the first delimiter, LF or CR in `base[from..<end]`, or `end`.
    @inline(__always)
    static func fieldEnd(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int,
                         delimiter: UInt8, pattern: UInt64) -> Int {
        var p = start
        let raw = UnsafeRawPointer(base)
        while p + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: p, as: UInt64.self)
            let hits = zeroLanes(word ^ pattern) | zeroLanes(word ^ lineFeeds) | zeroLanes(word ^ carriageReturns)
            if hits != 0 { return p + hits.trailingZeroBitCount >> 3 }
            p += 8
        }
        while p < end {
            let byte = base[p]
            if byte == delimiter || byte == 0x0A || byte == 0x0D { return p }
            p += 1
        }
        return end
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
                let hits = zeroLanes(word ^ quotes) | zeroLanes(word ^ lineFeeds) | zeroLanes(word ^ carriageReturns)
                if hits != 0 {
                    p += hits.trailingZeroBitCount >> 3
                    break
                }
                p += 8
            }
            while p < end {
                let byte = base[p]
                if byte == 0x22 || byte == 0x0A || byte == 0x0D { break }
                p += 1
            }
            if p >= end || base[p] == 0x22 { return p }
            if base[p] == 0x0A || p + 1 >= end || base[p + 1] != 0x0A { lines += 1 }
            p += 1
        }
    }
}
