extension CSVRowReader {
    /// Appends the current row's fields like `appendFields(to:droppingLast:)`, and throws when a
    /// field is not valid UTF-8. Required when the reader defers UTF-8 validation.
    func appendCheckedFields(to fields: inout [String], droppingLast dropLast: Int = 0) throws(ReadError) {
        if appendStrings(to: &fields, droppingLast: dropLast) { throw invalidUTF8InCurrentRow() }
    }

    /// The error for the current row, located by validating the row's bytes in the buffer.
    private func invalidUTF8InCurrentRow() -> ReadError {
        let outcome = CSVUTF8Validator.validate(buffer + recordStart, count: start - recordStart)
        let index = outcome.errorAt ?? outcome.validEnd
        return .invalidEncoding(path: path, encoding: encoding, offset: bufferOrigin + recordStart + index,
                                problem: .invalidUTF8, detected: stream.detected)
    }
}
