#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A string hashed and compared by its UTF-8 bytes, for lookups on the per-row path.
///
/// `String` hashes and compares canonically equivalent text as equal, which walks Unicode
/// normalization data for every non-ASCII key (Cyrillic names, stage names). Equal bytes are
/// the very same text; a key only misses where the text is spelled with other scalars.
struct UTF8Key: Hashable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        lhs.text.withUTF8Bytes { a in
            rhs.text.withUTF8Bytes { b in
                // `memcmp`: the generic `elementsEqual` compared byte by byte.
                guard a.count == b.count, let x = a.baseAddress, let y = b.baseAddress else { return a.count == b.count }
                return memcmp(x, y, a.count) == 0
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        text.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
