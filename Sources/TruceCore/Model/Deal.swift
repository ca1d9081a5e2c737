import Foundation

/// A sales opportunity from a CRM or a sheet.
public struct Deal: Sendable, Equatable {
    public var id: String?
    public var name: String?
    public var pipeline: String?
    public var stage: String?
    public var amount: Decimal?
    public var currency: String?
    public var owner: String?
    public var createdAt: Date?
    public var closedAt: Date?
    public var lostReason: String?
    /// Won, lost or open; derived from `won` or from well-known stage names when not mapped.
    public var outcome: DealOutcome = .open

    public init() {}
}

public enum DealOutcome: String, Sendable, Codable {
    case open, won, lost
}
