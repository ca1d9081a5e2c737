/// What `CSVRecordScanner.scan` found at the current position.
enum CSVScanOutcome: Equatable {
    /// A record; `next` is where the following one starts, `lines` how many line ends it spans.
    case record(next: Int, lines: Int)
    /// An empty line, skipped; `next` is where the following record starts.
    case blank(next: Int)
    /// The record is not complete in the buffer: read more and scan it again.
    case needMore
    /// No more input.
    case end
    /// The input ended inside a quoted field.
    case unterminatedQuote
}
