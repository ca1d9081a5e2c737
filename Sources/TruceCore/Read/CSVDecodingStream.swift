/// Turns a raw byte source into validated UTF-8, one chunk at a time, in constant memory.
///
/// UTF-8 input is read straight into the caller's buffer and validated there; UTF-16 and
/// Windows-1251 are read into a scratch chunk and transcoded. A sequence cut by a chunk
/// boundary is carried (at most 3 bytes) into the next call. Errors carry the byte offset
/// in the original file.
///
/// With `deferringUTF8Validation`, UTF-8 chunks are passed through unvalidated (only a sequence
/// cut by the chunk's end is held back): the consumer must then validate every field it turns
/// into a String (see `CSVStringCache`). Every byte outside the fields is an ASCII delimiter,
/// quote or line end, so valid fields mean a valid file, and each byte is checked only once.
final class CSVDecodingStream {
    let source: CSVByteSource
    let encoding: TextEncoding
    /// Whether the encoding was detected (used only to word error messages).
    let detected: Bool
    let chunkSize: Int
    /// Leave UTF-8 validation to the field check when the chunk allows it (see above).
    let defersValidation: Bool
    private var scratch: UnsafeMutablePointer<UInt8>
    private var carry: [UInt8] = []
    /// File offset of the first carried byte (or of the next byte to read when nothing is carried).
    private var offset: Int
    private var finished = false

    /// Starts reading `source` from its beginning, skipping `skipping` bytes (a byte-order mark).
    init(source: CSVByteSource, encoding: TextEncoding, detected: Bool, chunkSize: Int,
         skipping: Int, deferringUTF8Validation: Bool = false) throws(ReadError) {
        self.source = source
        defersValidation = deferringUTF8Validation && encoding == .utf8
        self.encoding = encoding
        self.detected = detected
        self.chunkSize = chunkSize
        scratch = .allocate(capacity: chunkSize + 8)
        offset = 0
        try source.rewind()
        if skipping > 0 {
            let skipped = try source.read(into: scratch, count: min(skipping, chunkSize + 8))
            offset = skipped
        }
    }

    deinit { scratch.deallocate() }

    /// The free space `fill` needs at its destination.
    var requiredSpace: Int {
        let input = chunkSize + 4
        switch encoding {
        case .utf8: return input
        case .utf16LE, .utf16BE: return CSVUTF16Transcoder.maxOutput(forInput: input)
        case .windows1251: return CSVWindows1251Transcoder.maxOutput(forInput: input)
        }
    }

    /// Appends at least one byte of valid UTF-8 to `dst` (which has `requiredSpace` bytes free)
    /// and returns how many; 0 means the input is exhausted.
    func fill(_ dst: UnsafeMutablePointer<UInt8>) throws(ReadError) -> Int {
        while !finished {
            let written = try step(dst)
            if written > 0 { return written }
        }
        return 0
    }

    /// Reads one chunk and decodes what is complete.
    private func step(_ dst: UnsafeMutablePointer<UInt8>) throws(ReadError) -> Int {
        let input: UnsafeMutablePointer<UInt8> = encoding == .utf8 ? dst : scratch
        let carried = carry.count
        for (index, byte) in carry.enumerated() { input[index] = byte }
        let got = try source.read(into: input + carried, count: chunkSize)
        let atEnd = got == 0
        if atEnd { finished = true }
        let total = carried + got
        let outcome = decode(input, count: total, into: dst, atEnd: atEnd)
        if let error = outcome.error {
            throw .invalidEncoding(path: source.path, encoding: encoding, offset: offset + error.index,
                                   problem: error.problem, detected: detected)
        }
        carry = Array(UnsafeBufferPointer(start: input + outcome.consumed, count: total - outcome.consumed))
        offset += outcome.consumed
        return outcome.written
    }

    private func decode(_ input: UnsafeMutablePointer<UInt8>, count: Int, into dst: UnsafeMutablePointer<UInt8>,
                        atEnd: Bool) -> CSVTranscodeOutcome {
        switch encoding {
        case .utf8:
            let result = defersValidation
                ? CSVUTF8Validator.Outcome(validEnd: CSVUTF8Validator.completeEnd(input, count: count), errorAt: nil)
                : CSVUTF8Validator.validate(input, count: count)
            if let bad = result.errorAt {
                return CSVTranscodeOutcome(consumed: bad, written: bad, error: (bad, .invalidUTF8))
            }
            if atEnd && result.validEnd < count {
                return CSVTranscodeOutcome(consumed: result.validEnd, written: result.validEnd,
                                           error: (result.validEnd, .truncatedUTF8))
            }
            return CSVTranscodeOutcome(consumed: result.validEnd, written: result.validEnd, error: nil)
        case .utf16LE, .utf16BE:
            return CSVUTF16Transcoder(bigEndian: encoding == .utf16BE)
                .transcode(input, count: count, into: dst, atEnd: atEnd)
        case .windows1251:
            return CSVWindows1251Transcoder().transcode(input, count: count, into: dst)
        }
    }
}
