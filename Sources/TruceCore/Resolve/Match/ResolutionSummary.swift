/// Counts for the run summary.
public struct ResolutionSummary: Sendable, Equatable, Codable {
    public var records = 0
    /// Records re-clustered (all records in a full run).
    public var recordsInScope = 0
    /// Candidate pairs scored.
    public var pairsScored = 0
    /// Pairs at or above the match threshold.
    public var matchedPairs = 0
    /// Profiles the records in scope form.
    public var profiles = 0
    public var newProfiles = 0
    public var merges = 0
    public var splits = 0
    public var reviewPairs = 0
    /// Records identifying nobody (no name, email or phone, e.g. Meta test leads): no profile.
    public var unassigned = 0
    /// Emails and phones shared by so many people they join nobody.
    public var sharedIdentifiers = 0
    /// Cannot-links that must-links overrode.
    public var unsatisfiableLinks = 0
    /// Whether this run trained the model (none was given).
    public var trainedModel = false
    public var incremental = false

    public init() {}
}
