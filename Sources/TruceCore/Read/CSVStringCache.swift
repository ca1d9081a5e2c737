/// Hands out the same `String` again when a column repeats a recent value (status, city,
/// campaign, manager, currency…), so a repeat costs a hash and a byte compare instead of an
/// allocation and a second UTF-8 validation by the standard library.
///
/// Each of the first 64 columns has 16 sets of 2 slots (least recently used one replaced)
/// holding values of up to 48 bytes.
/// A column whose values rarely repeat (ids, phones, e-mails, free text) switches its cache
/// off after 2048 lookups, so it costs nothing afterwards. Strings are values: sharing one
/// storage between records is invisible to callers.
final class CSVStringCache {
    private static let columns = 64
    private static let setsPerColumn = 16
    private static let slotsPerColumn = 2 * setsPerColumn
    private static let maxBytes = 48
    private static let probation = 2048

    private let strings: UnsafeMutablePointer<String>
    private let lengths: UnsafeMutablePointer<Int>
    private let bytes: UnsafeMutablePointer<UInt8>
    private let lookups: UnsafeMutablePointer<Int>
    private let hits: UnsafeMutablePointer<Int>
    private let enabled: UnsafeMutablePointer<Bool>
    /// Per set, the way (0 or 1) used last.
    private let recent: UnsafeMutablePointer<Int>

    init() {
        let slots = Self.columns * Self.slotsPerColumn
        strings = .allocate(capacity: slots)
        strings.initialize(repeating: "", count: slots)
        lengths = .allocate(capacity: slots)
        lengths.initialize(repeating: -1, count: slots)
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
        bytes.deallocate()
        lookups.deallocate()
        hits.deallocate()
        enabled.deallocate()
        recent.deallocate()
    }

    /// The String for `field` of column `column`. `repaired` is set when the bytes were not
    /// valid UTF-8: the standard library's decoder then replaced something, which shows as a
    /// length change unless the field holds an F0...F4 byte (see `CSVDecodingStream`).
    @inline(__always)
    func string(_ field: UnsafeBufferPointer<UInt8>, column: Int, repaired: inout Bool) -> String {
        let count = field.count
        guard count > 0, let base = field.baseAddress else { return "" }
        guard column < Self.columns, count <= Self.maxBytes, enabled[column] else {
            let string = String(decoding: field, as: UTF8.self)
            if string.utf8.count != count { repaired = true }
            return string
        }
        let set = column * Self.setsPerColumn + Self.setIndex(base, count)
        lookups[column] += 1
        for way in 0..<2 {
            let slot = 2 * set + way
            if lengths[slot] == count && Self.equal(bytes + slot * Self.maxBytes, base, count) {
                hits[column] += 1
                recent[set] = way
                return strings[slot]
            }
        }
        let string = String(decoding: field, as: UTF8.self)
        if string.utf8.count != count {
            repaired = true
            return string
        }
        let way = 1 - recent[set]
        let slot = 2 * set + way
        recent[set] = way
        strings[slot] = string
        lengths[slot] = count
        (bytes + slot * Self.maxBytes).update(from: base, count: count)
        if lookups[column] == Self.probation && hits[column] * 8 < Self.probation { enabled[column] = false }
        return string
    }

    /// Byte equality of two short runs, eight bytes at a time (cheaper than a call to memcmp).
    @inline(__always)
    private static func equal(_ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let left = UnsafeRawPointer(lhs)
        let right = UnsafeRawPointer(rhs)
        var i = 0
        while i + 8 <= count {
            if left.loadUnaligned(fromByteOffset: i, as: UInt64.self) != right.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                return false
            }
            i += 8
        }
        while i < count {
            if lhs[i] != rhs[i] { return false }
            i += 1
        }
        return true
    }

    /// A set from the length and the first and last eight bytes.
    @inline(__always)
    private static func setIndex(_ base: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var key = UInt64(truncatingIfNeeded: count)
        let raw = UnsafeRawPointer(base)
        if count >= 8 {
            key ^= raw.loadUnaligned(as: UInt64.self)
            key = key &* 0x9E37_79B9_7F4A_7C15
            key ^= raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else {
            for index in 0..<count { key = key << 8 | UInt64(base[index]) }
        }
        key = (key ^ (key >> 31)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: key >> 60)
    }
}
