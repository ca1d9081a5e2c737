/// One email or phone prepared for comparison.
struct ContactFeature: Sendable {
    enum Kind: UInt8, Sendable { case email, phone }

    var kind: Kind
    /// Hash of the whole normalized value.
    var value: UInt64
    /// Email: hash of the local part (0 when too short to mean anything); phone: hash of the last 7 digits.
    var partial: UInt64
    /// The value for typo distance (email address or phone digits, cut at 31 bytes).
    var text: ShortText
    /// False when the value is shared by too many different people to identify anyone (a switchboard).
    var isJoining = true
}
