/// Bytes already in memory (tests, small inputs).
final class CSVMemorySource: CSVByteSource {
    let path: String
    private let bytes: [UInt8]
    private var offset = 0

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws(ReadError) -> Int {
        let n = min(count, bytes.count - offset)
        if n > 0 {
            bytes.withUnsafeBufferPointer { src in
                guard let base = src.baseAddress else { return }
                buffer.update(from: base + offset, count: n)
            }
            offset += n
        }
        return n
    }

    func rewind() throws(ReadError) { offset = 0 }
}
