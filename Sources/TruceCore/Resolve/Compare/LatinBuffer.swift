/// Up to 96 ASCII bytes on the stack, for transliteration output.
struct LatinBuffer {
    private var storage: (SIMD64<UInt8>, SIMD32<UInt8>) = (.init(repeating: 0), .init(repeating: 0))
    private(set) var count = 0
    static let capacity = 96

    mutating func append(_ byte: UInt8) {
        guard count < Self.capacity else { return }
        withUnsafeMutableBytes(of: &storage) { $0[count] = byte }
        count += 1
    }

    func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        withUnsafeBytes(of: storage) { body(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
    }
}
