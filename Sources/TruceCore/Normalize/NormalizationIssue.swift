/// Why a raw cell was rejected by a normalizer.
///
/// The message never contains the raw value: cells may hold customer data, and issues end
/// up in run reports and logs.
public struct NormalizationIssue: Sendable, Equatable, CustomStringConvertible {
    /// Stable snake_case code, e.g. `email_syntax`, `phone_impossible`, `date_syntax`.
    public let code: String
    /// Human-readable explanation without the raw value.
    public let message: String

    /// Creates an issue; `message` must not quote the raw value.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }
}
