import Foundation

/// One day (or one reporting range) of an ad campaign's delivery figures.
///
/// Stored keyed by (platform, account, campaign, grain, period): a re-imported period replaces
/// every stored period of the same campaign and grain that lies within it (see `StoreWriter.upsert`).
public struct CampaignStats: Sendable, Equatable {
    /// First calendar day `yyyy-MM-dd` in the platform account's zone.
    public var date: String
    /// Last day of a report without a day segment (`nil`: the row is the single day `date`).
    public var endDate: String?
    public var platform: String
    public var account: String?
    public var campaignID: String?
    public var campaign: String?
    /// Ad group / ad set, when the report is broken down below campaigns.
    public var adGroupID: String?
    public var adGroup: String?
    public var adID: String?
    public var ad: String?
    /// Further breakdown dimensions (keyword, placement, device), `Name: value` each.
    public var segment: [String] = []
    public var impressions: Int?
    public var clicks: Int?
    public var spend: Decimal?
    public var currency: String?
    public var conversions: Decimal?

    public init(date: String, platform: String) {
        self.date = date
        self.platform = platform
    }

    /// The breakdown below campaign level as one key; empty for campaign-level rows.
    public var grain: String {
        let parts = [adGroupID ?? adGroup ?? "", adID ?? ad ?? "", segment.joined(separator: "; ")]
        return parts.allSatisfy(\.isEmpty) ? "" : parts.joined(separator: "\u{1F}")
    }
}
