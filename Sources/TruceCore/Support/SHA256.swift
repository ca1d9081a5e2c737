import Foundation

/// SHA-256 (FIPS 180-4), streaming. Used for content hashes and stable ids.
///
/// Kept in-house so the default build needs no crypto package; checked against the FIPS vectors.
public struct SHA256: Sendable {
    /// A tuple, not an array: a content hash per imported row must not cost heap allocations.
    private var state: Digest = (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
                                 0x5be0cd19)
    private var buffer: [UInt8] = []
    private var length: UInt64 = 0

    public init() {
        buffer.reserveCapacity(64)
    }

    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            length &+= 1
            buffer.append(byte)
            if buffer.count == 64 { compressBuffer() }
        }
    }

    /// Fast path for large contiguous input: whole blocks are compressed in place, without copying.
    public mutating func update(_ data: Data) {
        data.withUnsafeBytes { update(contiguous: $0) }
    }

    public mutating func update(_ text: String) {
        var text = text
        text.withUTF8 { update(contiguous: UnsafeRawBufferPointer($0)) }
    }

    private mutating func update(contiguous bytes: UnsafeRawBufferPointer) {
        length &+= UInt64(bytes.count)
        var offset = 0
        if !buffer.isEmpty {
            offset = min(64 - buffer.count, bytes.count)
            buffer.append(contentsOf: bytes[0..<offset])
            if buffer.count == 64 { compressBuffer() }
        }
        let whole = (bytes.count - offset) / 64 * 64
        if whole > 0 { compress(blocks: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + whole])) }
        buffer.append(contentsOf: bytes[(offset + whole)...])
    }

    public consuming func finalize() -> [UInt8] {
        padLastBlocks()
        let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
        return words.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * UInt32($0))) } }
    }

    /// Lower-case hex digest of a string's UTF-8 bytes.
    public static func hex(_ text: String) -> String {
        var hasher = SHA256()
        hasher.update(text)
        hasher.padLastBlocks()
        let state = hasher.state
        let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 64) { out in
            for (index, word) in words.enumerated() {
                for nibble in 0..<8 {
                    let value = Int(truncatingIfNeeded: word >> (28 - 4 * UInt32(nibble))) & 0x0F
                    out[index * 8 + nibble] = digits.utf8Start[value]
                }
            }
            return 64
        }
    }

    /// Appends the padding and bit length (one or two blocks) and compresses them.
    private mutating func padLastBlocks() {
        let bitLength = length &* 8
        let count = buffer.count
        let total = count < 56 ? 64 : 128
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
            tail.initialize(repeating: 0)
            for index in 0..<count { tail[index] = buffer[index] }
            tail[count] = 0x80
            for byte in 0..<8 { tail[total - 1 - byte] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * byte)) }
            compress(blocks: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(tail)[0..<total]))
        }
    }

    private mutating func compressBuffer() {
        let block = buffer
        block.withUnsafeBytes { compress(blocks: $0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Runs the compression function over consecutive 64-byte blocks.
    private mutating func compress(blocks: UnsafeRawBufferPointer) {
        var digest = state
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
            Self.k.withUnsafeBufferPointer { k in
                var offset = 0
                while offset + 64 <= blocks.count {
                    Self.compress(blocks, at: offset, into: &digest, schedule: schedule, k: k)
                    offset += 64
                }
            }
        }
        state = digest
    }

    private typealias Digest = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

    @inline(__always)
    private static func compress(_ bytes: UnsafeRawBufferPointer, at offset: Int, into digest: inout Digest,
                                 schedule w: UnsafeMutableBufferPointer<UInt32>, k: UnsafeBufferPointer<UInt32>) {
        for i in 0..<16 {
            w[i] = UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: offset + 4 * i, as: UInt32.self))
        }
        for i in 16..<64 {
            let s0 = w[i - 15].rotatedRight(7) ^ w[i - 15].rotatedRight(18) ^ (w[i - 15] >> 3)
            let s1 = w[i - 2].rotatedRight(17) ^ w[i - 2].rotatedRight(19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = digest
        for i in 0..<64 {
            let s1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
            let choice = (e & f) ^ (~e & g)
            let t1 = h &+ s1 &+ choice &+ k[i] &+ w[i]
            let s0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ majority
            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
        }
        digest = (digest.0 &+ a, digest.1 &+ b, digest.2 &+ c, digest.3 &+ d,
                  digest.4 &+ e, digest.5 &+ f, digest.6 &+ g, digest.7 &+ h)
    }

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
}

extension UInt32 {
    @inline(__always) fileprivate func rotatedRight(_ count: UInt32) -> UInt32 {
        (self >> count) | (self << (32 - count))
    }
}

extension Sequence where Element == UInt8 {
    /// Lower-case hexadecimal spelling of the bytes.
    public var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
