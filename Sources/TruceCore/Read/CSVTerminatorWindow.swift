/// Where the unquoted fields of a record end: one bit per byte for a window of 64 bytes, set
/// where the byte is the delimiter or may be a line end (see `CSVByteSearch.terminatorMask`).
///
/// Computing the bits a word at a time and then walking them costs no branch per byte and one
/// per field, where searching each field separately mispredicts where every field ends.
struct CSVTerminatorWindow {
    /// Index of the byte of bit 0.
    private var start: Int
    /// Bits of bytes not yet passed.
    private var bits: UInt64
    private let delimiter: UInt8
    private let pattern: UInt64

    @inline(__always)
    init(_ base: UnsafePointer<UInt8>, at start: Int, end: Int, delimiter: UInt8) {
        self.start = start
        self.delimiter = delimiter
        pattern = CSVByteSearch.pattern(delimiter)
        bits = CSVByteSearch.terminatorMask(base, at: start, end: end, delimiter: delimiter, pattern: pattern)
    }

    /// The index of the first delimiter, LF or CR not yet passed, or `end`; it is passed.
    @inline(__always)
    mutating func next(_ base: UnsafePointer<UInt8>, end: Int) -> Int {
        while true {
            if bits == 0 {
                start += 64
                if start >= end { return end }
                bits = CSVByteSearch.terminatorMask(base, at: start, end: end, delimiter: delimiter, pattern: pattern)
                continue
            }
            let index = start + bits.trailingZeroBitCount
            bits &= bits &- 1
            let byte = base[index]
            if byte == delimiter || byte == 0x0A || byte == 0x0D { return index }
        }
    }

    /// Passes every byte up to and including `index`: a quoted field, scanned separately, and
    /// the delimiter or line end after it.
    @inline(__always)
    mutating func pass(through index: Int, _ base: UnsafePointer<UInt8>, end: Int) {
        let offset = index + 1 - start
        if offset < 64 {
            bits &= ~UInt64(0) &<< UInt64(offset)
        } else {
            start = index + 1
            bits = CSVByteSearch.terminatorMask(base, at: start, end: end, delimiter: delimiter, pattern: pattern)
        }
    }
}
