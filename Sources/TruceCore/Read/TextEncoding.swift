/// A text encoding the CSV reader can decode; raw values are the names used in pipeline files.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows1251 = "windows-1251"

    /// The byte-order mark that may start a file in this encoding (empty when it has none).
    public var byteOrderMark: [UInt8] {
        switch self {
        case .utf8: [0xEF, 0xBB, 0xBF]
        case .utf16LE: [0xFF, 0xFE]
        case .utf16BE: [0xFE, 0xFF]
        case .windows1251: []
        }
    }

    /// The worst-case number of UTF-8 bytes produced per input byte, used to size buffers.
    var maxUTF8BytesPerInputByte: Int {
        switch self {
        case .utf8: 1
        case .utf16LE, .utf16BE: 2  // 3 bytes per 2-byte unit, rounded up
        case .windows1251: 3
        }
    }
}
