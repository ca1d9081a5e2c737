extension CSVRowReader {
    /// Replaces `fields` with the current row's fields as Strings; returns true when one was not
    /// valid UTF-8 (it is then empty), which can only happen when validation is deferred.
    ///
    /// A caller that passes the same array for every row and lets go of each row before asking
    /// for the next gets its fields overwritten in place: no array per row, and each old String
    /// released directly rather than through `removeAll`'s generic destroy (about 6% of the
    /// read, measured on the lead bench). A consumer that keeps its rows (batches them) gets a
    /// new array per row instead, never a copy of the one it holds.
    ///
    /// Whether the array is shared is not something `Array` tells, so it is learnt from its
    /// buffer: `removeAll(keepingCapacity:)` keeps the buffer only when nobody else holds it,
    /// and the in-place path notices a copy (made at most once) and goes back.
    func strings(droppingLast dropLast: Int, into fields: inout [String]) -> Bool {
        let count = max(scanner.spanCount - dropLast, 0)
        let spans = scanner.spans
        let base = UnsafePointer(buffer)
        let strings = self.strings
        var invalid = false
        if overwritesRowArray && fields.count == count {
            let held = Self.bufferAddress(of: fields)
            var unshared = false
            fields.withUnsafeMutableBufferPointer { row in
                unshared = UnsafePointer(row.baseAddress) == held
                for index in 0..<count {
                    let span = spans[index]
                    let bytes = span.inScratch
                        ? scanner.bytes(of: span, in: base)
                        : UnsafeBufferPointer(start: base + span.start, count: span.count)
                    row[index] = strings.string(bytes, column: index, invalid: &invalid)
                }
            }
            overwritesRowArray = unshared
            return invalid
        }
        // Not a buffer far larger than this row needs: after one very wide row, every later
        // row's array would be that large whenever the caller keeps its rows.
        let held = fields.capacity > 0 ? Self.bufferAddress(of: fields) : nil
        fields.removeAll(keepingCapacity: fields.capacity <= 2 * count + 16)
        overwritesRowArray = held != nil && Self.bufferAddress(of: fields) == held
        fields.reserveCapacity(count)
        for index in 0..<count {
            let span = spans[index]
            let bytes = span.inScratch
                ? scanner.bytes(of: span, in: base)
                : UnsafeBufferPointer(start: base + span.start, count: span.count)
            fields.append(strings.string(bytes, column: index, invalid: &invalid))
        }
        return invalid
    }

    private static func bufferAddress(of array: [String]) -> UnsafePointer<String>? {
        array.withUnsafeBufferPointer { $0.baseAddress }
    }
}
