import Foundation

/// A pull tokenizer for the XML of OOXML parts, over UTF-8 bytes, in bounded memory.
///
/// Safe by construction: it knows only the five predefined entities and character references,
/// refuses any `<!…>` other than comments and CDATA (so no DTD, no entity declaration, nothing
/// fetched), and checks well-formedness as it goes: balanced tags, one root, complete tokens.
/// A truncated part is an error, never a shorter document. Namespaces are not resolved: names
/// are matched by their local part (`x:row` is `row`), which covers transitional and Strict
/// OOXML alike. Token spans point into the buffer and are valid until the next `next()`.
final class XMLPullParser {
    /// What `next()` found.
    enum Event { case start, end, text, endOfDocument }

    let path: String
    let part: String
    private let source: XMLChunkSource
    private let maxTokenBytes: Int
    private(set) var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    private var position = 0
    /// Bytes dropped from the front of the buffer so far (for error offsets).
    private var discarded = 0
    private var atEnd = false

    /// The current element's qualified name and where its local part starts.
    private(set) var nameStart = 0
    private(set) var nameEnd = 0
    private(set) var localStart = 0
    private(set) var isSelfClosing = false
    /// The current text node (after `.text`); CDATA text has no references to decode.
    private(set) var textStart = 0
    private(set) var textEnd = 0
    private(set) var textIsCDATA = false
    /// The current start tag's attributes.
    private(set) var attributes: [XMLAttributeSpan] = []
    /// Open element names, back to back, and their lengths.
    private var stackBytes: [UInt8] = []
    private var stackLengths: [Int] = []
    private var sawRoot = false
    static let maxDepth = 512

    init(source: XMLChunkSource, path: String, part: String, maxTokenBytes: Int) {
        self.source = source
        self.path = path
        self.part = part
        self.maxTokenBytes = maxTokenBytes
        capacity = 64 << 10
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Nesting depth after the current token (a self-closing element is not counted).
    var depth: Int { stackLengths.count }

    /// What scanning at the current position gave.
    private enum Step { case event(Event), skipped, needMore }

    /// The next token; `.endOfDocument` once the root element has closed and input ended.
    func next() throws(ReadError) -> Event {
        while true {
            if position < count {
                switch try scanToken() {
                case .event(let event): return event
                case .skipped: continue
                case .needMore: break
                }
            }
            if position >= count && atEnd { return try finish() }
            try refill()
        }
    }

    /// An error at the current position of this part.
    func malformed(_ reason: String) -> ReadError {
        .spreadsheet(path: path, part: part, row: nil,
                     problem: .malformedXML(offset: discarded + position, reason: reason))
    }

    private func finish() throws(ReadError) -> Event {
        if !stackLengths.isEmpty { throw malformed("the part ends inside an element (truncated)") }
        if !sawRoot { throw malformed("the part has no root element") }
        return .endOfDocument
    }

    /// Moves unread bytes to the front, grows the buffer if one token fills it, reads a chunk.
    private func refill() throws(ReadError) {
        if position > 0 {
            let kept = count - position
            if kept > 0 { buffer.update(from: buffer + position, count: kept) }
            discarded += position
            count = kept
            position = 0
        }
        guard let chunk = try source.nextChunk() else {
            atEnd = true
            return
        }
        if count > maxTokenBytes {
            throw .spreadsheet(path: path, part: part, row: nil, problem: .partTooLarge(limit: maxTokenBytes))
        }
        if count + chunk.count > capacity {
            let grown = max(capacity * 2, count + chunk.count)
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            bigger.update(from: buffer, count: count)
            buffer.deallocate()
            buffer = bigger
            capacity = grown
        }
        chunk.withUnsafeBufferPointer { src in
            if let base = src.baseAddress { (buffer + count).update(from: base, count: src.count) }
        }
        count += chunk.count
    }

    /// Scans one token at `position`.
    private func scanToken() throws(ReadError) -> Step {
        if buffer[position] != 0x3C { return try scanText() }
        guard position + 1 < count else { return try incomplete() }
        switch buffer[position + 1] {
        case 0x2F: return try scanEndTag()
        case 0x3F: return try skipUntil([0x3F, 0x3E], from: position + 2) ? .skipped : .needMore
        case 0x21: return try scanBang()
        default: return try scanStartTag()
        }
    }

    /// Ask for more input, or fail when the input has already ended.
    private func incomplete() throws(ReadError) -> Step {
        if atEnd { throw malformed("the part ends inside a tag (truncated)") }
        return .needMore
    }

    private func scanText() throws(ReadError) -> Step {
        let remaining = count - position
        let found = memchr(buffer + position, 0x3C, remaining)
        let end = found.map { UnsafeMutablePointer<UInt8>(OpaquePointer($0)) - buffer } ?? count
        if found == nil && !atEnd { return .needMore }
        textStart = position
        textEnd = end
        textIsCDATA = false
        position = end
        if stackLengths.isEmpty {
            for i in textStart..<textEnd where !Self.isSpace(buffer[i]) {
                throw malformed("text outside the root element")
            }
            return .skipped
        }
        return .event(.text)
    }

    /// `<!--…-->`, `<![CDATA[…]]>`; anything else after `<!` is a declaration, refused.
    private func scanBang() throws(ReadError) -> Step {
        if matches("<!--", at: position) {
            return try skipUntil(Array("-->".utf8), from: position + 4) ? .skipped : .needMore
        }
        if matches("<![CDATA[", at: position) {
            guard let end = find(Array("]]>".utf8), from: position + 9) else { return try incomplete() }
            if stackLengths.isEmpty { throw malformed("CDATA outside the root element") }
            textStart = position + 9
            textEnd = end
            textIsCDATA = true
            position = end + 3
            return .event(.text)
        }
        if count - position < 9 && !atEnd { return .needMore }
        throw .spreadsheet(path: path, part: part, row: nil, problem: .doctypeRefused)
    }

    private func scanEndTag() throws(ReadError) -> Step {
        var i = position + 2
        while i < count, !Self.endsName(buffer[i]) { i += 1 }
        let start = position + 2
        let end = i
        while i < count, Self.isSpace(buffer[i]) { i += 1 }
        guard i < count else { return try incomplete() }
        guard buffer[i] == 0x3E else { throw malformed("unexpected byte in an end tag") }
        guard let length = stackLengths.last, length == end - start, stackBytes.withUnsafeBufferPointer({ open in
            open.baseAddress.map { memcmp(buffer + start, $0 + open.count - length, length) == 0 } ?? (length == 0)
        }) else { throw malformed("an end tag does not match the open element") }
        stackLengths.removeLast()
        stackBytes.removeLast(length)
        setName(start, end)
        isSelfClosing = false
        position = i + 1
        return .event(.end)
    }

    private func scanStartTag() throws(ReadError) -> Step {
        var i = position + 1
        while i < count, !Self.endsName(buffer[i]) { i += 1 }
        guard i < count else { return try incomplete() }
        let start = position + 1
        let end = i
        if end == start { throw malformed("an element has no name") }
        attributes.removeAll(keepingCapacity: true)
        var selfClosing = false
        while true {
            while i < count, Self.isSpace(buffer[i]) { i += 1 }
            guard i < count else { return try incomplete() }
            let byte = buffer[i]
            if byte == 0x3E { i += 1; break }
            if byte == 0x2F {
                guard i + 1 < count else { return try incomplete() }
                guard buffer[i + 1] == 0x3E else { throw malformed("'/' inside a start tag") }
                selfClosing = true
                i += 2
                break
            }
            guard let next = try scanAttribute(from: i) else { return try incomplete() }
            i = next
        }
        if stackLengths.isEmpty {
            if sawRoot { throw malformed("a second root element") }
            sawRoot = true
        }
        if !selfClosing {
            if stackLengths.count >= Self.maxDepth { throw malformed("elements nested too deeply") }
            stackBytes.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: end - start))
            stackLengths.append(end - start)
        }
        setName(start, end)
        isSelfClosing = selfClosing
        position = i
        return .event(.start)
    }

    /// Reads `name = "value"` from `i`; returns the index after it, or nil when incomplete.
    private func scanAttribute(from start: Int) throws(ReadError) -> Int? {
        var i = start
        while i < count, buffer[i] != 0x3D, !Self.endsName(buffer[i]) { i += 1 }
        let nameEnd = i
        if nameEnd == start && i < count { throw malformed("an attribute has no name") }
        while i < count, Self.isSpace(buffer[i]) { i += 1 }
        guard i < count else { return nil }
        guard buffer[i] == 0x3D else { throw malformed("an attribute has no value") }
        i += 1
        while i < count, Self.isSpace(buffer[i]) { i += 1 }
        guard i < count else { return nil }
        let quote = buffer[i]
        guard quote == 0x22 || quote == 0x27 else { throw malformed("an attribute value is not quoted") }
        guard let close = memchr(buffer + i + 1, Int32(quote), count - i - 1) else { return nil }
        let valueEnd = UnsafeMutablePointer<UInt8>(OpaquePointer(close)) - buffer
        if memchr(buffer + i + 1, 0x3C, valueEnd - i - 1) != nil { throw malformed("'<' inside an attribute value") }
        var local = start
        for k in start..<nameEnd where buffer[k] == 0x3A { local = k + 1 }
        attributes.append(XMLAttributeSpan(nameStart: start, localStart: local, nameEnd: nameEnd,
                                           valueStart: i + 1, valueEnd: valueEnd))
        return valueEnd + 1
    }

    private func setName(_ start: Int, _ end: Int) {
        nameStart = start
        nameEnd = end
        localStart = start
        var k = start
        while k < end {
            if buffer[k] == 0x3A { localStart = k + 1 }
            k += 1
        }
    }

    /// Skips past `terminator` searching from `from`; false when it is not in the buffer yet.
    private func skipUntil(_ terminator: [UInt8], from: Int) throws(ReadError) -> Bool {
        guard let found = find(terminator, from: from) else {
            if atEnd { throw malformed("the part ends inside a comment or instruction (truncated)") }
            return false
        }
        position = found + terminator.count
        return true
    }

    private func find(_ needle: [UInt8], from: Int) -> Int? {
        guard from < count else { return nil }
        return ByteSearch.find(needle, in: buffer + from, count: count - from).map { $0 + from }
    }

    private func matches(_ literal: String, at index: Int) -> Bool {
        let bytes = Array(literal.utf8)
        guard index + bytes.count <= count else { return false }
        return bytes.indices.allSatisfy { buffer[index + $0] == bytes[$0] }
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    @inline(__always) private static func endsName(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x3E || byte == 0x2F
    }
}
