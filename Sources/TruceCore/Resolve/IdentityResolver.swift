import Foundation

/// What the resolver sees of one person record: its matching keys and current profile.
///
/// The key-only form of `ExactKeyResolver`; `MatchRecord` carries names and contacts for
/// probabilistic matching.
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

/// Everything one resolution run needs; built by the store from the base.
public struct ResolutionInput: Sendable {
    /// Every person record with its current profile id.
    public var records: [MatchRecord]
    /// Must-link and cannot-link decisions kept in the base.
    public var links: MatchLinks
    /// The model from an earlier run; nil trains one on `records` (returned in `Resolution.model`).
    public var model: MatchModel?
    /// Records added or edited since the previous run, plus records named in links added or removed
    /// since then; nil for a full run. Incremental runs need the previous run's model and settings.
    public var changed: Set<Int64>?
    /// The previous run's `Resolution.state`, so an incremental run prepares only what `changed`
    /// touches instead of every record. Optional: without it (or when it does not fit, see
    /// `MatchState`) the run prepares every record and decides the same.
    public var state: MatchState?

    public init(records: [MatchRecord], links: MatchLinks = .none, model: MatchModel? = nil, changed: Set<Int64>? = nil,
                state: MatchState? = nil) {
        self.records = records
        self.links = links
        self.model = model
        self.changed = changed
        self.state = state
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
    /// Merges and splits for the audit log, in a stable order.
    public var events: [ProfileEvent] = []
    /// Uncertain pairs for `truce review`, most likely matches first.
    public var review: [ReviewPair] = []
    /// Records that identify nobody and get no profile (Meta test leads, rows with no name or contact).
    public var unassigned: [Int64] = []
    /// The model this run trained, to persist; nil when one was given.
    public var model: MatchModel?
    /// What the next incremental run needs of every record (`MatchState`): persist it with
    /// `serialized()` and pass it back in `ResolutionInput.state`. Nil from resolvers that keep none.
    public var state: MatchState?
    public var summary = ResolutionSummary()

    public init() {}
}

/// Groups person records into profiles. Pure: the store feeds it and applies the result.
public protocol IdentityResolver: Sendable {
    /// Stable snake_case name of the method.
    var kind: String { get }
    func resolve(_ input: ResolutionInput) -> Resolution
}
