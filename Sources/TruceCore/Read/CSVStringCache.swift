/// Hands out the same `String` again when a column repeats a recent value (status, city,
/// campaign, manager, currency…), so a repeat costs a hash and a byte compare instead of a
/// UTF-8 validation and an allocation.
///
/// Each of the first 64 columns has 16 sets of 2 slots (least recently used one replaced)
/// holding values of up to 48 bytes.
/// A column whose values rarely repeat (ids, phones, e-mails, free text) switches its cache
/// off after 2048 lookups, so it costs nothing afterwards; lookups and hits are only counted
/// until then. Strings are values: sharing one
/// storage between records is invisible to callers.
final class CSVStringCache {
    private static let columns = 64
    private static let setsPerColumn = 16
    private static let slotsPerColumn = 2 * setsPerColumn
    private static let maxBytes = 48
    private static let probation = 2048

    private let strings: UnsafeMutablePointer<String>
    private let lengths: UnsafeMutablePointer<Int>
    /// Per slot, the `hash` of its value (0 when empty; a hash is never 0).
    private let fingerprints: UnsafeMutablePointer<UInt64>
    private let bytes: UnsafeMutablePointer<UInt8>
    private let lookups: UnsafeMutablePointer<Int>
    private let hits: UnsafeMutablePointer<Int>
    private let enabled: UnsafeMutablePointer<Bool>
    /// Per set, the way (0 or 1) used last.
    private let recent: UnsafeMutablePointer<Int>
    /// Whether fields may hold invalid UTF-8 and so are validated before becoming Strings.
    let validating: Bool

    init(validating: Bool) {
        self.validating = validating
        let slots = Self.columns * Self.slotsPerColumn
        strings = .allocate(capacity: slots)
        strings.initialize(repeating: "", count: slots)
        lengths = .allocate(capacity: slots)
        lengths.initialize(repeating: -1, count: slots)
        fingerprints = .allocate(capacity: slots)
        fingerprints.initialize(repeating: 0, count: slots)
        bytes = .allocate(capacity: slots * Self.maxBytes)
        lookups = .allocate(capacity: Self.columns)
        lookups.initialize(repeating: 0, count: Self.columns)
        hits = .allocate(capacity: Self.columns)
        hits.initialize(repeating: 0, count: Self.columns)
        enabled = .allocate(capacity: Self.columns)
        enabled.initialize(repeating: true, count: Self.columns)
        recent = .allocate(capacity: Self.columns * Self.setsPerColumn)
        recent.initialize(repeating: 0, count: Self.columns * Self.setsPerColumn)
    }

    deinit {
        strings.deinitialize(count: Self.columns * Self.slotsPerColumn)
        strings.deallocate()
        lengths.deallocate()
        fingerprints.deallocate()
        bytes.deallocate()
        lookups.deallocate()
        hits.deallocate()
        enabled.deallocate()
        recent.deallocate()
    }

    /// The String for `field` of column `column`, validated here (see `CSVDecodingStream`).
    /// `invalid` is set when the bytes are not valid UTF-8; the String is then empty.
    @inline(__always)
    func string(_ field: UnsafeBufferPointer<UInt8>, column: Int, invalid: inout Bool) -> String {
        let count = field.count
        guard count > 0, let base = field.baseAddress else { return "" }
        guard column < Self.columns, count <= Self.maxBytes, enabled[column] else {
            return Self.validatedString(field, checking: validating, invalid: &invalid)
        }
        let hash = Self.hash(base, count)
        let set = column * Self.setsPerColumn + Int(truncatingIfNeeded: hash >> 60)
        // The way whose fingerprint matches is tried first, chosen without a branch: which of the
        // two holds a value is random, and a branch on it would mispredict half the time.
        let likely = 2 * set + (fingerprints[2 * set + 1] == hash ? 1 : 0)
        if let slot = holding(base, count, in: likely) ?? holding(base, count, in: likely ^ 1) {
            if lookups[column] < Self.probation {
                lookups[column] += 1
                hits[column] += 1
            }
            recent[set] = slot & 1
            return strings[slot]
        }
        if lookups[column] < Self.probation { lookups[column] += 1 }
        let string = Self.validatedString(field, checking: validating, invalid: &invalid)
        if invalid { return string }
        let way = 1 - recent[set]
        let slot = 2 * set + way
        recent[set] = way
        strings[slot] = string
        lengths[slot] = count
        fingerprints[slot] = hash
        (bytes + slot * Self.maxBytes).update(from: base, count: count)
        if lookups[column] == Self.probation && hits[column] * 8 < Self.probation { enabled[column] = false }
        return string
    }

    /// `slot` when it holds the `count` bytes at `base`.
    @inline(__always)
    private func holding(_ base: UnsafePointer<UInt8>, _ count: Int, in slot: Int) -> Int? {
        lengths[slot] == count && Self.equal(bytes + slot * Self.maxBytes, base, count) ? slot : nil
    }

    /// A String copied from `field` without the standard library's validation: either `field`
    /// is known to be valid UTF-8, or `checking` validates it here (once, where the standard
    /// library would also validate). Empty, with `invalid` set, when the bytes are not UTF-8.
    @inline(__always)
    static func validatedString(_ field: UnsafeBufferPointer<UInt8>, checking: Bool, invalid: inout Bool) -> String {
        guard let base = field.baseAddress else { return "" }
        let isASCII = CSVUTF8Validator.isASCII(base, count: field.count)
        if checking && !isASCII && !CSVUTF8Validator.isComplete(base, count: field.count) {
            invalid = true
            return ""
        }
        // Sound: the bytes were just validated, and `isKnownASCII` is exact.
        return String(copying: UTF8Span(unchecked: field.span, isKnownASCII: isASCII))
    }

    /// Byte equality of two short runs, a word at a time with the last word overlapping (cheaper
    /// than a call to memcmp, and no byte loop for the tail).
    @inline(__always)
    private static func equal(_ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let left = UnsafeRawPointer(lhs)
        let right = UnsafeRawPointer(rhs)
        if count >= 8 {
            var i = 0
            while i + 8 < count {
                if left.loadUnaligned(fromByteOffset: i, as: UInt64.self) != right.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                    return false
                }
                i += 8
            }
            return left.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
                == right.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        }
        if count >= 4 {
            return left.loadUnaligned(as: UInt32.self) == right.loadUnaligned(as: UInt32.self)
                && left.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
                == right.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
        }
        for i in 0..<count where lhs[i] != rhs[i] { return false }
        return true
    }

    /// A hash of the length and the first and last eight (or four) bytes, never 0: its top four
    /// bits pick the set.
    @inline(__always)
    private static func hash(_ base: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        var key = UInt64(truncatingIfNeeded: count)
        let raw = UnsafeRawPointer(base)
        if count >= 8 {
            key ^= raw.loadUnaligned(as: UInt64.self)
            key = key &* 0x9E37_79B9_7F4A_7C15
            key ^= raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            key ^= UInt64(raw.loadUnaligned(as: UInt32.self)) << 32
                | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
        } else {
            for index in 0..<count { key = key << 8 | UInt64(base[index]) }
        }
        key = (key ^ (key >> 31)) &* 0xBF58_476D_1CE4_E5B9
        return key | 1
    }
}
