import CTruceCrypto
import Foundation

/// SHA-256 (FIPS 180-4), streaming. Used for content hashes and stable ids.
///
/// The compression runs in OpenSSL's libcrypto, whose assembly uses the CPU's SHA extensions where
/// present: an import hashes its whole file and then every row, and portable code made the file
/// hash alone take seconds on a large export. Checked against the FIPS vectors.
public struct SHA256: @unchecked Sendable {
    /// OpenSSL's context is a plain C struct (state words, pending block, length): copied as a
    /// value, so each `SHA256` owns its own state and nothing is shared between threads.
    private var context = SHA256_CTX()

    public init() {
        SHA256_Init(&context)
    }

    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let hashed: Void? = bytes.withContiguousStorageIfAvailable { update(contiguous: UnsafeRawBufferPointer($0)) }
        if hashed == nil { Array(bytes).withUnsafeBytes { update(contiguous: $0) } }
    }

    /// Fast path for large contiguous input: hashed in place, without copying.
    public mutating func update(_ data: Data) {
        data.withUnsafeBytes { update(contiguous: $0) }
    }

    public mutating func update(_ text: String) {
        var text = text
        text.withUTF8 { update(contiguous: UnsafeRawBufferPointer($0)) }
    }

    private mutating func update(contiguous bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        SHA256_Update(&context, base, bytes.count)
    }

    public consuming func finalize() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        digest.withUnsafeMutableBufferPointer { _ = SHA256_Final($0.baseAddress, &context) }
        return digest
    }

    /// Lower-case hex digest of a string's UTF-8 bytes.
    public static func hex(_ text: String) -> String {
        var hasher = SHA256()
        hasher.update(text)
        return hasher.finalizeHex()
    }

    /// Lower-case hex digest of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalizeHex()
    }

    /// The digest in lower-case hex, without a heap allocation besides the result: every row's
    /// content hash is spelled this way.
    public consuming func finalizeHex() -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digest in
            _ = SHA256_Final(digest.baseAddress, &context)
            let digits: StaticString = "0123456789abcdef"
            return String(unsafeUninitializedCapacity: 64) { out in
                for index in 0..<32 {
                    out[2 * index] = digits.utf8Start[Int(digest[index] >> 4)]
                    out[2 * index + 1] = digits.utf8Start[Int(digest[index] & 0x0F)]
                }
                return 64
            }
        }
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
