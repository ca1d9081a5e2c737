/// A 64-bit FNV-1a hash that is the same in every process (Swift's `Hasher` is seeded per run).
///
/// Used for blocking keys, term-frequency tables and seeded sampling, so results never depend on
/// the process. `0` is reserved for "absent": no input hashes to it.
enum StableHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// The hash of `text`'s UTF-8 bytes, salted by `salt` (e.g. a comparison or rule number).
    static func of(_ text: String, salt: UInt64 = 0) -> UInt64 {
        text.withUTF8Bytes { of(bytes: UnsafeRawBufferPointer($0), salt: salt) }
    }

    /// The hash of raw bytes, salted.
    static func of(bytes: UnsafeRawBufferPointer, salt: UInt64 = 0) -> UInt64 {
        var hash = offset ^ (salt &* prime)
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* prime
        }
        return finish(hash)
    }

    /// Combines two hashes in order.
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        finish(mix(a &+ 0x9E37_79B9_7F4A_7C15 &* (b | 1)) ^ mix(b))
    }

    /// Combines two hashes regardless of their order.
    static func unordered(_ a: UInt64, _ b: UInt64) -> UInt64 {
        combine(min(a, b), max(a, b))
    }

    /// SplitMix64 finalizer: spreads bits so low bits are usable for sampling.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private static func finish(_ hash: UInt64) -> UInt64 {
        hash == 0 ? 1 : hash
    }
}
