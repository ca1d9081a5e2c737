import CTruceCSV

/// Splits UTF-8 bytes into RFC 4180 records, one record per call, with the leniency of Python's
/// `csv` module (excel dialect, strict=False): a quote inside an unquoted field is literal, and
/// text after a closing quote is appended to the field (`"a"b` reads as `ab`).
///
/// A record is only reported once it is complete in the buffer, so the caller can move or grow
/// the buffer between calls; an incomplete one is reported as `needMore` and scanned again.
/// Most records are scanned by the C scanner (`truce_csv_record_scanner_for`: thirty-two bytes
/// per compare with AVX2 where the CPU has it, sixteen with SSE2 otherwise); a record it leaves
/// (one that reaches the end of the buffer, or has text after a closing quote) is scanned here,
/// eight bytes at a time (SWAR). Unquoted fields end at the bits of a `CSVTerminatorWindow`;
/// quoted ones are searched for their closing quote. Spans go to a reused raw array.
final class CSVRecordScanner {
    /// Which code scans records: the C scanner with the widest vectors this CPU has, the C
    /// scanner with SSE2 only, or Swift alone (the reference the C scanner is tested against).
    enum Path {
        case widest, sse2, swift
    }

    let delimiter: UInt8
    /// The C scanner for the chosen path; nil for `.swift`.
    private let fastPath: truce_csv_record_scanner?
    /// The fields of the last record scanned.
    private(set) var spans: UnsafeMutablePointer<CSVFieldSpan>
    private(set) var spanCount = 0
    private var spanCapacity = 64
    /// Unescaped bytes of fields that contained doubled quotes or text after a closing quote.
    private var scratch: UnsafeMutablePointer<UInt8>
    private var scratchCount = 0
    private var scratchCapacity = 256

    static let quote = UInt8(ascii: "\"")
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D

    init(delimiter: UInt8, path: Path = .widest) {
        self.delimiter = delimiter
        fastPath = path == .swift ? nil : truce_csv_record_scanner_for(path == .widest)
        spans = .allocate(capacity: spanCapacity)
        scratch = .allocate(capacity: scratchCapacity)
    }

    deinit {
        spans.deallocate()
        scratch.deallocate()
    }

    /// The bytes of `span`, valid until the next scan (and, for buffer spans, until the buffer moves).
    @inline(__always)
    func bytes(of span: CSVFieldSpan, in base: UnsafePointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: (span.inScratch ? UnsafePointer(scratch) : base) + span.start, count: span.count)
    }

    /// Scans one record of `base[start..<end]`; `atEnd` says no bytes follow `end`.
    func scan(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, atEnd: Bool) -> CSVScanOutcome {
        spanCount = 0
        scratchCount = 0
        var p = start
        if p >= end { return atEnd ? .end : .needMore }
        let first = base[p]
        if first == Self.lineFeed { return .blank(next: p + 1) }
        if first == Self.carriageReturn {
            if p + 1 < end { return .blank(next: base[p + 1] == Self.lineFeed ? p + 2 : p + 1) }
            return atEnd ? .blank(next: p + 1) : .needMore
        }
        if let fastPath {
            var fields = 0
            var unescaped = 0
            var passed = 0
            let next = fastPath(base, start, end, delimiter, spans, spanCapacity, &fields, scratch, scratchCapacity,
                                &unescaped, &passed)
            if next >= 0 {
                spanCount = fields
                scratchCount = unescaped
                return .record(next: next, lines: passed)
            }
        }
        var lines = 0
        let delimiter = self.delimiter
        var terminators = CSVTerminatorWindow(base, at: p, end: end, delimiter: delimiter)
        while true {
            if p < end && base[p] == Self.quote {
                guard let after = scanQuoted(base, at: p, end: end, atEnd: atEnd, lines: &lines) else {
                    return atEnd ? .unterminatedQuote : .needMore
                }
                p = after
                terminators.pass(through: p, base, end: end)
            } else {
                let fieldStart = p
                p = terminators.next(base, end: end)
                append(CSVFieldSpan(start: fieldStart, count: p - fieldStart, inScratch: false))
            }
            if p >= end { return atEnd ? .record(next: p, lines: lines) : .needMore }
            let byte = base[p]
            if byte == delimiter {
                p += 1
                if p >= end && atEnd {
                    append(CSVFieldSpan(start: p, count: 0, inScratch: false))
                    return .record(next: p, lines: lines)
                }
                continue
            }
            if byte == Self.lineFeed { return .record(next: p + 1, lines: lines + 1) }
            // Carriage return: CRLF counts as one line end, a lone CR as one too.
            if p + 1 < end { return .record(next: base[p + 1] == Self.lineFeed ? p + 2 : p + 1, lines: lines + 1) }
            return atEnd ? .record(next: p + 1, lines: lines + 1) : .needMore
        }
    }

    @inline(__always)
    private func append(_ span: CSVFieldSpan) {
        if spanCount == spanCapacity { growSpans() }
        spans[spanCount] = span
        spanCount += 1
    }

    private func appendScratch(_ source: UnsafePointer<UInt8>, count: Int) {
        if scratchCount + count > scratchCapacity {
            let capacity = max(scratchCapacity * 2, scratchCount + count)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            grown.update(from: scratch, count: scratchCount)
            scratch.deallocate()
            scratch = grown
            scratchCapacity = capacity
        }
        (scratch + scratchCount).update(from: source, count: count)
        scratchCount += count
    }

    private func growSpans() {
        let grown = UnsafeMutablePointer<CSVFieldSpan>.allocate(capacity: spanCapacity * 2)
        grown.update(from: spans, count: spanCount)
        spans.deallocate()
        spans = grown
        spanCapacity *= 2
    }

    /// Scans a field that starts with a quote at `open`; appends its span and returns the index
    /// of the byte after it (a delimiter, line end, or `end`), or nil when the closing quote is
    /// not in the buffer. Line ends inside the quotes are added to `lines`.
    private func scanQuoted(
        _ base: UnsafePointer<UInt8>, at open: Int, end: Int, atEnd: Bool, lines: inout Int
    ) -> Int? {
        var p = open + 1
        var segment = p
        var unescaped = false
        let scratchStart = scratchCount
        while true {
            p = CSVByteSearch.quotedEnd(base, from: p, to: end, lines: &lines)
            if p >= end { return nil }
            // base[p] is a quote: doubled (literal quote), or the closing one.
            if p + 1 >= end && !atEnd { return nil }
            if p + 1 < end && base[p + 1] == Self.quote {
                unescaped = true
                appendScratch(base + segment, count: p + 1 - segment)
                p += 2
                segment = p
                continue
            }
            let contentEnd = p
            p += 1
            if p >= end || isTerminator(base[p]) {
                if !unescaped {
                    append(CSVFieldSpan(start: segment, count: contentEnd - segment, inScratch: false))
                    return p
                }
                appendScratch(base + segment, count: contentEnd - segment)
            } else {
                // Text after the closing quote: kept literally up to the next delimiter or line end.
                appendScratch(base + segment, count: contentEnd - segment)
                let tail = p
                while p < end && !isTerminator(base[p]) { p += 1 }
                appendScratch(base + tail, count: p - tail)
            }
            append(CSVFieldSpan(start: scratchStart, count: scratchCount - scratchStart, inScratch: true))
            return p
        }
    }

    @inline(__always)
    private func isTerminator(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn
    }
}
