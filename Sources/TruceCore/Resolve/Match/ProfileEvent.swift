/// A change of profile identity for the audit log: two profiles merged, or records split off.
public struct ProfileEvent: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// `absorbedProfileID` now redirects to `profileID` (the survivor, whose earliest record is earliest).
        case merge
        /// `recordIDs` left `profileID` for `absorbedProfileID` (a new profile, or another existing one).
        case split
    }

    public var kind: Kind
    /// Merge: the survivor. Split: the profile that lost records.
    public var profileID: String
    /// Merge: the redirected id. Split: where the records went.
    public var absorbedProfileID: String
    /// Records that changed profile.
    public var recordIDs: [Int64]
    /// Which comparisons decided, without customer values (e.g. `phone exact +17.3, first_name nickname +4.1; p=0.9991`).
    public var reason: String

    public init(kind: Kind, profileID: String, absorbedProfileID: String, recordIDs: [Int64], reason: String) {
        self.kind = kind
        self.profileID = profileID
        self.absorbedProfileID = absorbedProfileID
        self.recordIDs = recordIDs
        self.reason = reason
    }
}
