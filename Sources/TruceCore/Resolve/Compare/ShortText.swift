/// Up to 31 ASCII bytes stored inline, so millions of name keys cost no heap allocations.
///
/// Name skeletons are Latin ASCII; longer ones are cut (the similarity of the first 31
/// letters decides as well as the whole would).
struct ShortText: Sendable, Equatable, Hashable {
    private var storage: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    static let capacity = 31

    /// The empty text.
    init() {}

    /// Stores the first 31 bytes of `bytes`.
    init(_ bytes: some Sequence<UInt8>) {
        var count = 0
        withUnsafeMutableBytes(of: &storage) { raw in
            for byte in bytes where count < Self.capacity {
                raw[count] = byte
                count += 1
            }
            raw[Self.capacity] = UInt8(count)
        }
    }

    /// Number of bytes.
    var count: Int {
        withUnsafeBytes(of: storage) { Int($0[Self.capacity]) }
    }

    var isEmpty: Bool { count == 0 }

    /// The first byte, or 0 when empty.
    var first: UInt8 {
        withUnsafeBytes(of: storage) { $0[0] }
    }

    /// Calls `body` with the bytes.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        withUnsafeBytes(of: storage) { raw in
            body(UnsafeRawBufferPointer(rebasing: raw[0..<Int(raw[Self.capacity])]))
        }
    }

    /// The text as a `String`.
    var string: String {
        withBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// A stable hash of the bytes (0 when empty).
    var stableHash: UInt64 {
        isEmpty ? 0 : withBytes { StableHash.of(bytes: $0) }
    }

    static func == (lhs: ShortText, rhs: ShortText) -> Bool {
        lhs.storage.0 == rhs.storage.0 && lhs.storage.1 == rhs.storage.1
            && lhs.storage.2 == rhs.storage.2 && lhs.storage.3 == rhs.storage.3
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(storage.0)
        hasher.combine(storage.1)
        hasher.combine(storage.2)
        hasher.combine(storage.3)
    }
}
