/// How to read one CSV/TSV file; every field defaults to detection.
///
/// Pipeline keys (all optional):
/// - `encoding` (`utf-8` | `utf-16le` | `utf-16be` | `windows-1251`, default: detect)
/// - `delimiter` (one byte, default: sniff `,` `;` TAB `|` from the header row)
/// - `header_line` (1-based physical line of the header, default: find it)
/// - `header_hint` (list of column names expected in the header, default: empty)
/// - `max_record_bytes` (integer, default 64 MiB)
public struct CSVOptions: Sendable {
    /// The encoding; `nil` detects it from the first 64 KiB.
    public var encoding: TextEncoding?
    /// The field delimiter byte; `nil` sniffs it from the header row among `,` `;` TAB `|`.
    public var delimiter: UInt8?
    /// The 1-based physical line where the header row starts; `nil` finds it.
    public var headerLine: Int?
    /// Column names expected in the header, used to find it past preamble lines.
    public var headerHint: [String]
    /// Bytes read from the file per call; small values are for tests of chunk boundaries.
    public var chunkSize: Int
    /// Upper bound for one record's decoded size; keeps memory bounded on a stray quote.
    public var maxRecordBytes: Int

    /// The default chunk size: 1 MiB.
    public static let defaultChunkSize = 1 << 20

    public init(
        encoding: TextEncoding? = nil,
        delimiter: UInt8? = nil,
        headerLine: Int? = nil,
        headerHint: [String] = [],
        chunkSize: Int = CSVOptions.defaultChunkSize,
        maxRecordBytes: Int = 64 << 20
    ) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.headerLine = headerLine
        self.headerHint = headerHint
        self.chunkSize = chunkSize
        self.maxRecordBytes = maxRecordBytes
    }

    /// Checks the options without I/O.
    public func validate() throws(ReadError) {
        if let delimiter, [UInt8(ascii: "\""), 0x0A, 0x0D].contains(delimiter) || delimiter >= 0x80 {
            throw .invalidOptions(reason: "delimiter must be an ASCII byte other than a quote or a line break")
        }
        if let headerLine, headerLine < 1 {
            throw .invalidOptions(reason: "header_line must be 1 or more")
        }
        if chunkSize < 1 || chunkSize > 64 << 20 { throw .invalidOptions(reason: "chunk size must be 1 byte to 64 MiB") }
        if maxRecordBytes < 1024 || maxRecordBytes > 1 << 30 {
            throw .invalidOptions(reason: "max_record_bytes must be 1 KiB to 1 GiB")
        }
    }
}
