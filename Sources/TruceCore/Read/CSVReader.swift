/// Reads a CSV/TSV export record by record, in constant memory: detects the encoding, sniffs
/// the delimiter, finds the header past preamble lines, and yields the data records after it.
///
/// Behaviour worth knowing:
/// - Quoting follows RFC 4180 with the leniency of Python's `csv` (excel dialect): a quote
///   inside an unquoted field is kept, text after a closing quote is appended (`"a"b` → `ab`).
/// - Blank lines are skipped and not numbered as records; `CSVRecord.line` still counts them.
/// - Ragged rows are returned as they are (fewer or more fields than the header).
/// - A delimiter other than `,` `;` TAB `|` is not sniffed: such a file reads as one column
///   unless `CSVOptions.delimiter` is set.
/// - Without a BOM, UTF-16BE/LE are recognised by their zero bytes; text that is not valid
///   UTF-8 is taken as Windows-1251 (Latin-1 files are therefore misread, not rejected).
/// - Invalid bytes for the encoding, an unterminated quote and an oversized record are errors.
/// - The file must be seekable: its first bytes are read again after detection and sniffing.
///
/// ```swift
/// let reader = try CSVReader(path: "leads.csv", options: .init(headerHint: ["Email", "Phone"]))
/// while let record = try reader.next() { … record.fields … }
/// ```
public final class CSVReader {
    /// The file being read (as given).
    public let path: String
    /// The encoding, detected or given.
    public let encoding: TextEncoding
    /// The delimiter byte, sniffed or given.
    public let delimiter: UInt8
    /// Column names, trimmed; a trailing empty name after a trailing delimiter is dropped.
    public let header: [String]
    /// The 1-based physical line of the header row (0 when the file has no rows).
    public let headerLineNumber: Int
    /// Rows before the header (titles, date ranges), split with the chosen delimiter.
    public let preamble: [[String]]
    /// Whether every line ends with a delimiter; the empty field it leaves is dropped.
    public let trailingDelimiter: Bool

    // Constants rather than variables after `init`: `next()` then reads them without the
    // dynamic exclusivity checks that public `var`s of a class cost on every record.
    private let rows: CSVRowReader
    /// Where a trailing delimiter leaves its empty field (`header.count`), when it does.
    private let trailingFieldIndex: Int?
    private var recordCount = 0
    /// The array handed out with the last record; refilled in place when the caller let it go.
    /// Only `next()` touches it, never re-entrantly, so the dynamic exclusivity check is skipped.
    @exclusivity(unchecked) private var fields: [String] = []

    /// Opens the file at `path`.
    public convenience init(path: String, options: CSVOptions = .init()) throws(ReadError) {
        try options.validate()
        try self.init(source: CSVFileSource(path: path), options: options)
    }

    /// Reads bytes held in memory, as if they were a file named `path`.
    public convenience init(bytes: [UInt8], path: String = "<memory>", options: CSVOptions = .init()) throws(ReadError) {
        try options.validate()
        try self.init(source: CSVMemorySource(bytes: bytes, path: path), options: options)
    }

    init(source: CSVByteSource, options: CSVOptions) throws(ReadError) {
        path = source.path
        let detection = try Self.detectEncoding(source, options: options)
        let prefix = try Self.decodedPrefix(source, detection: detection, options: options)
        let dialect = try CSVDialectSniffer(options: options, path: path).sniff(prefix.bytes, isWhole: prefix.isWhole)
        rows = try CSVRowReader(source: source, encoding: detection.encoding, detected: options.encoding == nil,
                                delimiter: dialect.delimiter, options: options, deferringValidation: true)
        encoding = detection.encoding
        delimiter = dialect.delimiter
        trailingDelimiter = dialect.trailingDelimiter
        var top = (header: [String](), preamble: [[String]](), line: 0)
        if let headerLine = dialect.headerLine {
            top = try Self.readHeader(rows, at: headerLine, trailingDelimiter: trailingDelimiter)
        }
        (header, preamble, headerLineNumber) = top
        trailingFieldIndex = trailingDelimiter ? header.count : nil
    }

    /// The next data record, or nil at the end of the file. Blank lines are skipped.
    public func next() throws(ReadError) -> CSVRecord? {
        guard try rows.advance() else { return nil }
        try rows.checkedFields(droppingLast: droppingTrailingField ? 1 : 0, into: &fields)
        recordCount += 1
        return CSVRecord(fields: fields, number: recordCount, line: rows.line)
    }

    /// The current row has exactly one extra field, empty, left by a trailing delimiter.
    private var droppingTrailingField: Bool {
        guard let index = trailingFieldIndex else { return false }
        return rows.fieldCount == index + 1 && rows.withFieldBytes(at: index) { $0.isEmpty }
    }

    /// Reads rows up to the header line: the header, the rows before it, and its line number.
    private static func readHeader(_ rows: CSVRowReader, at headerLine: Int,
                                   trailingDelimiter: Bool) throws(ReadError) -> ([String], [[String]], Int) {
        var preamble: [[String]] = []
        while try rows.advance() {
            var row = try rows.checkedFields(droppingLast: 0)
            if rows.line < headerLine {
                preamble.append(row)
                continue
            }
            if trailingDelimiter && row.count > 1 { row.removeLast() }
            return (row.map(CSVHeaderName.trimmed), preamble, rows.line)
        }
        throw .headerLineNotFound(path: rows.path, line: headerLine)
    }

    /// The configured encoding, or the one detected from the first 64 KiB; and the BOM length.
    private static func detectEncoding(_ source: CSVByteSource,
                                       options: CSVOptions) throws(ReadError) -> TextEncodingDetector.Detection {
        var head = [UInt8](repeating: 0, count: TextEncodingDetector.prefixLength + 1)
        try source.rewind()
        let got = try head.withUnsafeMutableBufferPointer { (buffer) throws(ReadError) -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            return try source.read(into: base, count: buffer.count)
        }
        let isWhole = got <= TextEncodingDetector.prefixLength
        head.removeLast(head.count - min(got, TextEncodingDetector.prefixLength))
        if let encoding = options.encoding {
            let bom = encoding.byteOrderMark
            let hasBOM = !bom.isEmpty && head.starts(with: bom)
            return TextEncodingDetector.Detection(encoding: encoding, bomLength: hasBOM ? bom.count : 0)
        }
        return TextEncodingDetector.detect(head, isWholeFile: isWhole)
    }

    /// The first decoded bytes, enough for the sniffer: 256 KiB, or more until the sampled lines
    /// are in (up to 1 MiB, or 16 MiB when a far header line is configured).
    private static func decodedPrefix(_ source: CSVByteSource, detection: TextEncodingDetector.Detection,
                                      options: CSVOptions) throws(ReadError) -> (bytes: [UInt8], isWhole: Bool) {
        let stream = try CSVDecodingStream(source: source, encoding: detection.encoding,
                                           detected: options.encoding == nil,
                                           chunkSize: min(options.chunkSize, 64 * 1024), skipping: detection.bomLength)
        let wantedLines = (options.headerLine ?? 0) + CSVDialectSniffer.headerSearchRows + CSVDialectSniffer.lookAheadRows
        var prefix: [UInt8] = []
        var lines = 0
        let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: stream.requiredSpace)
        defer { chunk.deallocate() }
        let cap = options.headerLine == nil ? 1 << 20 : 16 << 20
        while prefix.count < 256 * 1024 || (lines < wantedLines && prefix.count < cap) {
            let written = try stream.fill(chunk)
            if written == 0 { return (prefix, true) }
            let bytes = UnsafeBufferPointer(start: chunk, count: written)
            lines += bytes.reduce(0) { $1 == 0x0A || $1 == 0x0D ? $0 + 1 : $0 }
            prefix.append(contentsOf: bytes)
        }
        return (prefix, false)
    }
}
