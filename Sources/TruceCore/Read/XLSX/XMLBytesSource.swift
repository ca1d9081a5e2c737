/// A part already held in memory, handed out in one chunk.
final class XMLBytesSource: XMLChunkSource {
    private var bytes: [UInt8]?

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func nextChunk() throws(ReadError) -> [UInt8]? {
        defer { bytes = nil }
        return bytes
    }
}
