import Foundation

/// One day (or one reporting range) of an ad campaign's delivery figures.
public struct CampaignStats: Sendable, Equatable {
    /// Calendar day `yyyy-MM-dd` in the platform account's zone.
    public var date: String
    public var platform: String
    public var account: String?
    public var campaignID: String?
    public var campaign: String?
    public var impressions: Int?
    public var clicks: Int?
    public var spend: Decimal?
    public var currency: String?
    public var conversions: Decimal?

    public init(date: String, platform: String) {
        self.date = date
        self.platform = platform
    }
}
