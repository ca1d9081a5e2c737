extension CSVRowReader {
    /// The current row's fields as Strings, less `dropLast` trailing ones; throws when a field is
    /// not valid UTF-8. Required when the reader defers UTF-8 validation.
    func checkedFields(droppingLast dropLast: Int) throws(ReadError) -> [String] {
        let (fields, invalid) = strings(droppingLast: dropLast)
        if invalid { throw invalidUTF8InCurrentRow() }
        return fields
    }

    /// The error for the current row, located by validating the row's bytes in the buffer.
    private func invalidUTF8InCurrentRow() -> ReadError {
        let outcome = CSVUTF8Validator.validate(buffer + recordStart, count: start - recordStart)
        let index = outcome.errorAt ?? outcome.validEnd
        return .invalidEncoding(path: path, encoding: encoding, offset: bufferOrigin + recordStart + index,
                                problem: .invalidUTF8, detected: stream.detected)
    }
}
