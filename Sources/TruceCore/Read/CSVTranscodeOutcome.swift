/// What one transcoding step did: input consumed, UTF-8 written, or where it failed.
struct CSVTranscodeOutcome: Equatable {
    /// Input bytes consumed; an unfinished tail after them is carried into the next chunk.
    var consumed: Int
    /// UTF-8 bytes written to the destination.
    var written: Int
    /// Index in the input of the first bad byte, and what is wrong with it.
    var error: (index: Int, problem: ReadError.EncodingProblem)?

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.consumed == rhs.consumed && lhs.written == rhs.written
            && lhs.error?.index == rhs.error?.index && lhs.error?.problem == rhs.error?.problem
    }
}
