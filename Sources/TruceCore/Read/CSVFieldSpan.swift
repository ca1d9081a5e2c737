/// Where one field's bytes are: in the reader's buffer, or in the scanner's scratch bytes when
/// quotes had to be removed from the middle of it.
struct CSVFieldSpan {
    var start: Int
    var count: Int
    var inScratch: Bool
}
