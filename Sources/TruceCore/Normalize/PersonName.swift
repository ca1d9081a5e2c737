/// A person's name split into parts, with the cleaned full form as it was written.
public struct PersonName: Sendable, Equatable {
    /// Given name (or its initial, e.g. `"И."`).
    public var first: String?
    /// Family name, including particles such as `"ван дер Берг"`.
    public var last: String?
    /// Middle name or patronymic (`"Иванович"`, `"Гасан оглы"`).
    public var middle: String?
    /// The whole name, cleaned but in its original order.
    public var full: String

    /// Creates a name; parts default to `nil`.
    public init(first: String? = nil, last: String? = nil, middle: String? = nil, full: String) {
        self.first = first
        self.last = last
        self.middle = middle
        self.full = full
    }
}
