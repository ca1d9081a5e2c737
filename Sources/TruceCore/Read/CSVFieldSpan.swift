import CTruceCSV

/// Where one field's bytes are: in the reader's buffer, or in the scanner's scratch bytes when
/// quotes had to be removed from the middle of it. The C struct, so that the scanner's fast
/// path (`truce_csv_record_scanner_for`) writes the same spans the Swift scanner does.
typealias CSVFieldSpan = truce_csv_span

extension CSVFieldSpan {
    init(start: Int, count: Int, inScratch: Bool) {
        self.init(start: start, count: count, in_scratch: inScratch)
    }

    var inScratch: Bool { in_scratch }
}
