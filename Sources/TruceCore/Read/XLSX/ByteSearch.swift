import Foundation

/// Substring search over raw bytes (Glibc hides `memmem` without `_GNU_SOURCE`).
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `base[0..<count]`, or nil.
    static func find(_ needle: [UInt8], in base: UnsafePointer<UInt8>, count: Int) -> Int? {
        guard let first = needle.first, count >= needle.count else { return nil }
        var offset = 0
        while offset + needle.count <= count {
            guard let hit = memchr(base + offset, Int32(first), count - offset - needle.count + 1) else { return nil }
            let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if needle.indices.allSatisfy({ base[at + $0] == needle[$0] }) { return at }
            offset = at + 1
        }
        return nil
    }
}
