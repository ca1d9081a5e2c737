/// Outcome of normalizing one raw cell.
///
/// Normalizers never throw: a cell is either a usable value, blank (a null marker),
/// or rejected with an issue. The caller keeps the raw value next to the outcome, so a
/// rejection loses nothing.
public enum Normalized<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The cell held a usable value, in canonical form.
    case value(Value)
    /// The cell was blank or a null marker (`""`, `" --"`, `"--"`, `"-"`, `"—"`, `"n/a"`, `"null"`).
    case empty
    /// The cell held something unusable as this kind of value.
    case rejected(NormalizationIssue)

    /// The normalized value, or `nil` when the cell was empty or rejected.
    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// The issue, or `nil` unless the cell was rejected.
    public var issue: NormalizationIssue? {
        if case .rejected(let issue) = self { return issue }
        return nil
    }

    /// Applies `transform` to a value, keeping `.empty` and `.rejected` as they are.
    public func map<Other: Sendable & Equatable>(_ transform: (Value) -> Other) -> Normalized<Other> {
        switch self {
        case .value(let value): return .value(transform(value))
        case .empty: return .empty
        case .rejected(let issue): return .rejected(issue)
        }
    }
}
