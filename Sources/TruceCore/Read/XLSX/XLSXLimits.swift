/// Safety caps of the XLSX reader, checked while parts inflate (the sizes in the ZIP directory
/// are not trusted: a hostile file can state anything there).
///
/// Defaults are generous for real exports and small enough to stop zip bombs early:
/// - `maxPartBytes`: 4 GiB inflated per part (a 100 MB XLSX holds a ~1 GB sheet).
/// - `maxTotalBytes`: 8 GiB inflated over all parts read.
/// - `maxCompressionRatio`: 250, checked once a part passes `ratioCheckThreshold` (1 MiB)
///   inflated bytes. Typical sheets compress 5–30×, but long repeated formula strings reach
///   121× in a real Excel file (SheetJS `large_strings.xlsx`), so Apache POI's 100 would refuse
///   valid work; zip bombs run at 500–1000×, and the size caps bound the rest.
/// - `maxSharedStringsBytes`: 256 MiB of shared-string XML (the table is held in memory).
/// - `maxXMLTokenBytes`: 32 MiB for one tag or text node (Excel caps a cell at 32,767 characters).
public struct XLSXLimits: Sendable, Equatable {
    public var maxPartBytes: Int
    public var maxTotalBytes: Int
    public var maxCompressionRatio: Int
    public var ratioCheckThreshold: Int
    public var maxSharedStringsBytes: Int
    public var maxXMLTokenBytes: Int

    public init(
        maxPartBytes: Int = 4 << 30,
        maxTotalBytes: Int = 8 << 30,
        maxCompressionRatio: Int = 250,
        ratioCheckThreshold: Int = 1 << 20,
        maxSharedStringsBytes: Int = 256 << 20,
        maxXMLTokenBytes: Int = 32 << 20
    ) {
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioCheckThreshold = ratioCheckThreshold
        self.maxSharedStringsBytes = maxSharedStringsBytes
        self.maxXMLTokenBytes = maxXMLTokenBytes
    }

    /// Checks the limits without I/O.
    public func validate() throws(ReadError) {
        let positive = [maxPartBytes, maxTotalBytes, maxCompressionRatio, maxSharedStringsBytes, maxXMLTokenBytes]
        if positive.contains(where: { $0 < 1 }) || ratioCheckThreshold < 0 {
            throw .invalidOptions(reason: "XLSX limits must be positive")
        }
        if maxXMLTokenBytes < 64 << 10 {
            throw .invalidOptions(reason: "the XLSX token limit must be at least 64 KiB")
        }
    }
}
