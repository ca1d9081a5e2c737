/// Where the CSV reader's raw bytes come from: a file, or memory in tests.
protocol CSVByteSource: AnyObject {
    /// The name used in error messages.
    var path: String { get }
    /// Reads up to `count` bytes into `buffer`; returns 0 only at the end of the input.
    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws(ReadError) -> Int
    /// Starts again from the first byte.
    func rewind() throws(ReadError)
}
