/// Successive chunks of one XML part's bytes.
protocol XMLChunkSource: AnyObject {
    /// The next bytes, or nil at the end of the part.
    func nextChunk() throws(ReadError) -> [UInt8]?
}
