import Foundation

/// What an ad platform says a campaign is (Google Ads Editor and similar exports): names, ids,
/// type, status and budget. Kept per (platform, account, campaign); the latest import wins.
public struct Campaign: Sendable, Equatable {
    public var platform: String
    public var account: String?
    public var id: String?
    public var name: String?
    public var type: String?
    public var status: String?
    public var budget: Decimal?
    public var budgetCurrency: String?
    /// `Daily`, `Campaign Total`, …
    public var budgetPeriod: String?
    public var bidStrategy: String?
    public var networks: String?
    public var labels: String?
    /// Calendar days `yyyy-MM-dd`.
    public var startDate: String?
    public var endDate: String?

    public init(platform: String) {
        self.platform = platform
    }
}
