import CTruceZlib
import Foundation

/// A minimal ZIP writer for `XLSXWriter`: small parts deflated whole, the worksheet deflated as
/// it streams in (zlib level 1: on sheet XML it is ~4× faster than the default level for files
/// ~25% larger), with a data descriptor after it since its sizes are known only at the end.
/// Entries carry a fixed timestamp (2000-01-01), so equal rows give equal bytes. No ZIP64:
/// entries and the archive must stay under 4 GiB, which is checked.
final class XLSXZipWriter {
    private struct Central {
        var name: [UInt8]
        var flags: UInt16
        var crc: UInt32
        var compressed: Int
        var uncompressed: Int
        var offset: Int
    }

    let path: String
    private let file: UnsafeMutablePointer<FILE>
    private var offset = 0
    private var entries: [Central] = []
    private var stream = z_stream()
    private var streaming: Central?
    private var output = [UInt8](repeating: 0, count: 1 << 20)
    private static let dosDate: UInt16 = (20 << 9) | (1 << 5) | 1

    init(path: String) throws(XLSXWriterError) {
        guard let file = fopen(path, "wb") else { throw .io(path: path, reason: String(cString: strerror(errno))) }
        self.path = path
        self.file = file
    }

    private var closed = false

    deinit {
        if streaming != nil { deflateEnd(&stream) }
        if !closed { fclose(file) }
    }

    /// Adds a whole part, deflated at the default level.
    func add(_ name: String, _ text: String) throws(XLSXWriterError) {
        try begin(name, level: Z_DEFAULT_COMPRESSION)
        try write(Array(text.utf8))
        try end()
    }

    /// Starts a streamed entry; feed it with `write`, close it with `end`.
    func begin(_ name: String, level: Int32 = 1) throws(XLSXWriterError) {
        let entry = Central(name: Array(name.utf8), flags: 0x0808, crc: 0, compressed: 0, uncompressed: 0, offset: offset)
        var header: [UInt8] = []
        header.le32(0x0403_4B50)
        header.le16(20)
        header.le16(entry.flags)  // data descriptor follows; names are UTF-8
        header.le16(8)
        header.le16(0)
        header.le16(Self.dosDate)
        header.le32(0)
        header.le32(0)
        header.le32(0)
        header.le16(UInt16(entry.name.count))
        header.le16(0)
        header.append(contentsOf: entry.name)
        try emit(header)
        stream = z_stream()
        let status = deflateInit2_(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        if status != Z_OK { throw .io(path: path, reason: "zlib init failed") }
        streaming = entry
    }

    /// Deflates `bytes` into the current entry.
    func write(_ bytes: [UInt8]) throws(XLSXWriterError) {
        if bytes.isEmpty { return }
        guard var entry = streaming else { return }
        entry.crc = bytes.withUnsafeBufferPointer { UInt32(crc32(uLong(entry.crc), $0.baseAddress, uInt($0.count))) }
        entry.uncompressed += bytes.count
        streaming = entry
        try deflateChunk(bytes, flush: Z_NO_FLUSH)
    }

    /// Finishes the current entry and writes its data descriptor.
    func end() throws(XLSXWriterError) {
        guard streaming != nil else { return }
        try deflateChunk([], flush: Z_FINISH)
        deflateEnd(&stream)
        guard var entry = streaming else { return }
        streaming = nil
        entry.compressed = offset - entry.offset - 30 - entry.name.count
        if entry.uncompressed >= Int(UInt32.max) || offset >= Int(UInt32.max) {
            throw .io(path: path, reason: "the sheet is larger than 4 GiB; export CSV instead")
        }
        var descriptor: [UInt8] = []
        descriptor.le32(0x0807_4B50)
        descriptor.le32(entry.crc)
        descriptor.le32(UInt32(entry.compressed))
        descriptor.le32(UInt32(entry.uncompressed))
        try emit(descriptor)
        entries.append(entry)
    }

    /// Writes the central directory, syncs the file to disk and closes it.
    func finish() throws(XLSXWriterError) {
        let start = offset
        var directory: [UInt8] = []
        for entry in entries {
            directory.le32(0x0201_4B50)
            directory.le16(20)
            directory.le16(20)
            directory.le16(entry.flags)
            directory.le16(8)
            directory.le16(0)
            directory.le16(Self.dosDate)
            directory.le32(entry.crc)
            directory.le32(UInt32(entry.compressed))
            directory.le32(UInt32(entry.uncompressed))
            directory.le16(UInt16(entry.name.count))
            directory.append(contentsOf: [UInt8](repeating: 0, count: 12))  // extra, comment, disk, attributes
            directory.le32(UInt32(entry.offset))
            directory.append(contentsOf: entry.name)
        }
        try emit(directory)
        var end: [UInt8] = []
        end.le32(0x0605_4B50)
        end.le32(0)
        end.le16(UInt16(entries.count))
        end.le16(UInt16(entries.count))
        end.le32(UInt32(directory.count))
        end.le32(UInt32(start))
        end.le16(0)
        try emit(end)
        let flushed = fflush(file) == 0 && fsync(fileno(file)) == 0
        closed = true
        if fclose(file) != 0 || !flushed { throw .io(path: path, reason: "flush to disk failed") }
    }

    private func deflateChunk(_ bytes: [UInt8], flush: Int32) throws(XLSXWriterError) {
        var input = bytes
        let capacity = output.count
        let failed = input.withUnsafeMutableBufferPointer { src in
            output.withUnsafeMutableBufferPointer { dst -> Bool in
                stream.next_in = src.baseAddress
                stream.avail_in = uInt(src.count)
                var status = Z_OK
                repeat {
                    stream.next_out = dst.baseAddress
                    stream.avail_out = uInt(capacity)
                    status = deflate(&stream, flush)
                    if status == Z_STREAM_ERROR { return true }
                    let produced = capacity - Int(stream.avail_out)
                    if produced > 0, fwrite(dst.baseAddress, 1, produced, file) != produced { return true }
                    offset += produced
                } while stream.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END)
                stream.next_in = nil
                return false
            }
        }
        if failed { throw .io(path: path, reason: "deflate or write failed") }
    }

    private func emit(_ bytes: [UInt8]) throws(XLSXWriterError) {
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        if written != bytes.count { throw .io(path: path, reason: String(cString: strerror(errno))) }
        offset += written
    }
}

private extension Array where Element == UInt8 {
    mutating func le16(_ value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    mutating func le32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
