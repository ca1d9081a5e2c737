extension CSVRowReader {
    /// The current row's fields as Strings, less `dropLast` trailing ones; throws when a field is
    /// not valid UTF-8. Required when the reader defers UTF-8 validation.
    func checkedFields(droppingLast dropLast: Int) throws(ReadError) -> [String] {
        var fields: [String] = []
        try checkedFields(droppingLast: dropLast, into: &fields)
        return fields
    }

    /// `checkedFields(droppingLast:)` into `fields`, reusing its buffer when it can (see `strings`).
    func checkedFields(droppingLast dropLast: Int, into fields: inout [String]) throws(ReadError) {
        if strings(droppingLast: dropLast, into: &fields) { throw invalidUTF8InCurrentRow() }
    }

    /// The error for the current row, located by validating the row's bytes in the buffer.
    private func invalidUTF8InCurrentRow() -> ReadError {
        let outcome = CSVUTF8Validator.validate(buffer + recordStart, count: start - recordStart)
        let index = outcome.errorAt ?? outcome.validEnd
        return .invalidEncoding(path: path, encoding: encoding, offset: bufferOrigin + recordStart + index,
                                problem: .invalidUTF8, detected: stream.detected)
    }
}
