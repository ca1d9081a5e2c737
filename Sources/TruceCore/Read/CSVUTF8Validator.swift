/// Validates UTF-8 in place, chunk by chunk.
///
/// A shift-based DFA (after Per Vognsen's "shift-based DFAs"): each byte's row packs the next
/// state for every current state, states being shift amounts, so one step is a table load and
/// a shift. ASCII runs are skipped eight bytes at a time. Rejects overlong forms, surrogates and
/// code points above U+10FFFF, exactly as the Unicode standard's table 3-7.
enum CSVUTF8Validator {
    /// The outcome of validating one chunk.
    struct Outcome: Equatable {
        /// End of the last complete, valid sequence; bytes after it start an unfinished sequence.
        var validEnd: Int
        /// Index of the first byte of the first invalid sequence, if any.
        var errorAt: Int?
    }

    // States, as shift amounts into a row. `error` is 0 so that it is a sink in every row.
    private static let error: UInt64 = 0
    private static let accept: UInt64 = 6
    private static let tail1: UInt64 = 12
    private static let tail2: UInt64 = 18
    private static let tail3: UInt64 = 24
    private static let afterE0: UInt64 = 30  // next byte A0...BF
    private static let afterED: UInt64 = 36  // next byte 80...9F
    private static let afterF0: UInt64 = 42  // next byte 90...BF
    private static let afterF4: UInt64 = 48  // next byte 80...8F

    /// One row per byte value: bits `s..<s+6` hold the state after that byte in state `s`.
    private static let rows: [UInt64] = (0...255).map { value -> UInt64 in
        let byte = UInt8(value)
        let isTail = byte & 0xC0 == 0x80
        func next(_ state: UInt64) -> UInt64 {
            switch state {
            case accept:
                switch byte {
                case 0x00...0x7F: return accept
                case 0xC2...0xDF: return tail1
                case 0xE0: return afterE0
                case 0xE1...0xEC, 0xEE, 0xEF: return tail2
                case 0xED: return afterED
                case 0xF0: return afterF0
                case 0xF1...0xF3: return tail3
                case 0xF4: return afterF4
                default: return error
                }
            case tail1: return isTail ? accept : error
            case tail2: return isTail ? tail1 : error
            case tail3: return isTail ? tail2 : error
            case afterE0: return (0xA0...0xBF).contains(byte) ? tail1 : error
            case afterED: return (0x80...0x9F).contains(byte) ? tail1 : error
            case afterF0: return (0x90...0xBF).contains(byte) ? tail2 : error
            case afterF4: return (0x80...0x8F).contains(byte) ? tail2 : error
            default: return error
            }
        }
        let states = [accept, tail1, tail2, tail3, afterE0, afterED, afterF0, afterF4]
        return states.reduce(UInt64(0)) { row, state in row | next(state) << state }
    }

    /// Validates `p[0..<count]`. A sequence cut off by the end of the chunk is not an error:
    /// `validEnd` stops before it so the caller can carry it into the next chunk.
    static func validate(_ p: UnsafePointer<UInt8>, count: Int) -> Outcome {
        rows.withUnsafeBufferPointer { table in
            let raw = UnsafeRawPointer(p)
            var state = accept
            var i = 0
            while i < count {
                if state & 63 == accept {
                    while i + 8 <= count,
                          raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        i += 8
                    }
                }
                let blockStart = i
                let blockState = state
                let blockEnd = min(i + 32, count)
                while i < blockEnd {
                    // `&>>` masks the shift to 6 bits, so only the low 6 bits of `state` matter.
                    state = table[Int(p[i])] &>> state
                    i += 1
                }
                if state & 63 == error {
                    return Outcome(validEnd: blockStart, errorAt: locateError(p, from: blockStart, state: blockState, table))
                }
            }
            if state & 63 == accept { return Outcome(validEnd: count, errorAt: nil) }
            // Unfinished sequence: its lead byte is within the last three bytes.
            var lead = count - 1
            while lead > 0 && p[lead] & 0xC0 == 0x80 { lead -= 1 }
            return Outcome(validEnd: lead, errorAt: nil)
        }
    }

    /// Replays a block byte by byte and returns the start of the sequence that fails.
    private static func locateError(_ p: UnsafePointer<UInt8>, from start: Int, state initial: UInt64,
                                    _ table: UnsafeBufferPointer<UInt64>) -> Int {
        var state = initial
        var sequenceStart = start
        if initial & 63 != accept {
            // The block starts inside a sequence begun in the previous block.
            while sequenceStart > 0 && p[sequenceStart] & 0xC0 == 0x80 { sequenceStart -= 1 }
        }
        var i = start
        while true {
            if state & 63 == accept { sequenceStart = i }
            state = table[Int(p[i])] &>> state
            if state & 63 == error { return sequenceStart }
            i += 1
        }
    }

    /// Whether `p[0..<count]` is all ASCII, eight bytes at a time; the last word overlaps the
    /// one before it, so a field of up to 16 bytes costs two loads and no loop.
    @inline(__always)
    static func isASCII(_ p: UnsafePointer<UInt8>, count: Int) -> Bool {
        let raw = UnsafeRawPointer(p)
        var bits: UInt64 = 0
        if count >= 8 {
            bits = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            var i = 0
            while i + 8 < count {
                bits |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                i += 8
            }
        } else if count >= 4 {
            bits = UInt64(raw.loadUnaligned(as: UInt32.self) | raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
        } else {
            for i in 0..<count { bits |= UInt64(p[i]) }
        }
        return bits & 0x8080_8080_8080_8080 == 0
    }

    /// Whether `p[0..<count]` is valid UTF-8 that ends on a sequence boundary: the check for one
    /// field, whose neighbours (delimiters, quotes, line ends) are ASCII.
    static func isComplete(_ p: UnsafePointer<UInt8>, count: Int) -> Bool {
        rows.withUnsafeBufferPointer { table in
            var state = accept
            // The loop carries only a shift: the table load depends on the byte, not on `state`.
            for i in 0..<count { state = table[Int(p[i])] &>> state }
            return state & 63 == accept
        }
    }

    /// The end of `p[0..<count]` less a trailing sequence that is still unfinished, judged from
    /// its lead byte only (no validation).
    static func completeEnd(_ p: UnsafePointer<UInt8>, count: Int) -> Int {
        var lead = count - 1
        while lead >= 0 && lead > count - 4 && p[lead] & 0xC0 == 0x80 { lead -= 1 }
        if lead < 0 { return count }
        let length: Int
        switch p[lead] {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: length = 1
        }
        return count - lead < length ? lead : count
    }
}
