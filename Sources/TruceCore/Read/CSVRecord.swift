/// One data record read after the header.
public struct CSVRecord: Sendable, Equatable {
    /// The fields as written; a short row simply has fewer fields.
    public var fields: [String]
    /// The 1-based number of this data record after the header (blank lines are not counted).
    public var number: Int
    /// The 1-based physical line on which the record starts.
    public var line: Int

    public init(fields: [String], number: Int, line: Int) {
        self.fields = fields
        self.number = number
        self.line = line
    }
}
