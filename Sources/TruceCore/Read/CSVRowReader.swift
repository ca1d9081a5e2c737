#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads raw CSV rows (no header logic) from a file in constant memory: the low-level,
/// allocation-light layer under `CSVReader`.
///
/// Call `advance()` until it returns false; between calls, read the current row's fields with
/// `field(at:)`, `appendFields(to:)` or, without building Strings, `withFieldBytes(at:_:)`.
/// Blank lines are skipped. The encoding must be known (see `TextEncodingDetector`).
public final class CSVRowReader {
    /// The name used in error messages.
    public var path: String { stream.source.path }
    public let encoding: TextEncoding
    public let delimiter: UInt8
    /// The 1-based physical line on which the current row starts (0 before the first row).
    /// Only `advance()` writes it, never re-entrantly, so the dynamic exclusivity check that a
    /// public `var` of a class costs on every row is skipped.
    @exclusivity(unchecked) public private(set) var line = 0

    let stream: CSVDecodingStream
    private let maxRecordBytes: Int
    private(set) var scanner: CSVRecordScanner
    let strings: CSVStringCache
    private(set) var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// File offset of `buffer[0]`; exact for UTF-8, where decoded bytes are the file's bytes.
    private(set) var bufferOrigin = 0
    /// Where the current row starts in the buffer, and where the next one starts.
    private(set) var recordStart = 0
    private(set) var start = 0
    private var end = 0
    private var atEnd = false
    private var nextLine = 1
    /// Whether the caller let go of the last row's array, so the next row may overwrite it in
    /// place (see `strings(droppingLast:into:)`).
    var overwritesRowArray = false

    /// Reads the file at `path` in the given encoding, skipping a byte-order mark of that encoding.
    public convenience init(path: String, encoding: TextEncoding, delimiter: UInt8 = UInt8(ascii: ","),
                            options: CSVOptions = .init()) throws(ReadError) {
        try options.validate()
        let source = try CSVFileSource(path: path)
        try self.init(source: source, encoding: encoding, detected: false, delimiter: delimiter, options: options)
    }

    /// Reads bytes held in memory, as if they were a file named `path`.
    public convenience init(bytes: [UInt8], path: String = "<memory>", encoding: TextEncoding,
                            delimiter: UInt8 = UInt8(ascii: ","), options: CSVOptions = .init()) throws(ReadError) {
        try options.validate()
        let source = CSVMemorySource(bytes: bytes, path: path)
        try self.init(source: source, encoding: encoding, detected: false, delimiter: delimiter, options: options)
    }

    /// `deferringValidation` leaves UTF-8 checks to `checkedFields` (see `CSVDecodingStream`);
    /// only a caller that turns every field into a String through it may ask for that.
    init(source: CSVByteSource, encoding: TextEncoding, detected: Bool, delimiter: UInt8,
         options: CSVOptions, deferringValidation: Bool = false) throws(ReadError) {
        let bom = try Self.bomLength(of: source, encoding: encoding)
        stream = try CSVDecodingStream(source: source, encoding: encoding, detected: detected,
                                       chunkSize: options.chunkSize, skipping: bom,
                                       deferringUTF8Validation: deferringValidation)
        bufferOrigin = bom
        self.encoding = encoding
        self.delimiter = delimiter
        maxRecordBytes = options.maxRecordBytes
        scanner = CSVRecordScanner(delimiter: delimiter)
        // Only UTF-8 read without validation needs a check per field; transcoders write valid UTF-8.
        strings = CSVStringCache(validating: stream.defersValidation)
        capacity = stream.requiredSpace * 2
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Moves to the next non-blank row; returns false at the end of the input.
    public func advance() throws(ReadError) -> Bool {
        while true {
            switch scanner.scan(buffer, from: start, to: end, atEnd: atEnd) {
            case .record(let next, let lines):
                line = nextLine
                nextLine += lines
                recordStart = start
                start = next
                return true
            case .blank(let next):
                nextLine += 1
                start = next
            case .needMore:
                try refill()
            case .end:
                return false
            case .unterminatedQuote:
                throw .unterminatedQuote(path: path, line: nextLine)
            }
        }
    }

    /// The number of fields in the current row.
    public var fieldCount: Int { scanner.spanCount }

    /// The field at `index` of the current row.
    public func field(at index: Int) -> String {
        withFieldBytes(at: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of field `index`; valid only during the call.
    public func withFieldBytes<R>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        precondition(index >= 0 && index < scanner.spanCount, "field index out of range")
        return try body(scanner.bytes(of: scanner.spans[index], in: buffer))
    }

    /// Appends the current row's fields, as Strings, to `fields`; `dropLast` leaves out that many
    /// trailing fields.
    public func appendFields(to fields: inout [String], droppingLast dropLast: Int = 0) {
        var row: [String] = []
        _ = strings(droppingLast: dropLast, into: &row)
        fields += row
    }

    /// Makes room and decodes one more chunk into the buffer.
    private func refill() throws(ReadError) {
        if end - start > maxRecordBytes {
            throw .recordTooLarge(path: path, line: nextLine, limit: maxRecordBytes)
        }
        let needed = stream.requiredSpace
        if capacity - end < needed {
            let pending = end - start
            if pending + needed > capacity {
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(capacity * 2, pending + needed))
                grown.update(from: buffer + start, count: pending)
                buffer.deallocate()
                buffer = grown
                capacity = max(capacity * 2, pending + needed)
            } else if pending > 0 {
                memmove(buffer, buffer + start, pending)  // the regions may overlap
            }
            bufferOrigin += start
            recordStart -= start
            start = 0
            end = pending
        }
        let written = try stream.fill(buffer + end)
        if written == 0 { atEnd = true } else { end += written }
    }

    /// The length of the byte-order mark of `encoding` at the start of `source`, if there is one.
    private static func bomLength(of source: CSVByteSource, encoding: TextEncoding) throws(ReadError) -> Int {
        let bom = encoding.byteOrderMark
        if bom.isEmpty { return 0 }
        try source.rewind()
        var head = [UInt8](repeating: 0, count: bom.count)
        let got = try head.withUnsafeMutableBufferPointer { (buffer) throws(ReadError) -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            return try source.read(into: base, count: bom.count)
        }
        return got == bom.count && head == bom ? bom.count : 0
    }
}
