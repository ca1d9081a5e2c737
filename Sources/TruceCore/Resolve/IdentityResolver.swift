import Foundation

/// What the resolver sees of one person record: its matching keys and current profile.
public struct ResolverRecord: Sendable, Equatable {
    /// Source record id in the base; smaller ids were imported earlier.
    public var id: Int64
    /// Normalized identifiers such as `email:anna@example.com`, `phone:+79161234567`.
    public var keys: [String]
    /// The profile the record belongs to from an earlier run, if any.
    public var profileID: String?
    /// Stable text a new profile id is derived from (source and content hash of the record).
    public var seed: String

    public init(id: Int64, keys: [String], profileID: String? = nil, seed: String) {
        self.id = id
        self.keys = keys
        self.profileID = profileID
        self.seed = seed
    }
}

/// The resolver's decisions for one run.
public struct Resolution: Sendable, Equatable {
    /// Record id → profile id, for records whose profile is new or changed.
    public var assignments: [Int64: String] = [:]
    /// Profile ids created by this run.
    public var newProfiles: Set<String> = []
    /// Merged-away profile id → surviving id.
    public var redirects: [String: String] = [:]

    public init() {}
}

/// Groups person records into profiles. Pure: the store feeds it and applies the result.
public protocol IdentityResolver: Sendable {
    /// Stable snake_case name of the method.
    var kind: String { get }
    func resolve(_ records: [ResolverRecord]) -> Resolution
}
