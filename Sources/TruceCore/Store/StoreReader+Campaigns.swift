import Foundation
import GRDB

extension StoreReader {
    /// Every stored campaign-stats row, by platform, account, campaign, breakdown and period.
    public func campaignStats() throws -> [CampaignStats] {
        try Row.fetchAll(db, sql: """
            SELECT date, end_date, platform, account, campaign_id, campaign, ad_group_id, ad_group, ad_id, ad, segment,
                   impressions, clicks, spend, currency, conversions
            FROM campaign_stats ORDER BY platform, account, campaign_key, grain, date, end_date
            """).map { row in
            var stats = CampaignStats(date: row[0], platform: row[2])
            let end: String = row[1]
            stats.endDate = end == stats.date ? nil : end
            let account: String = row[3]
            stats.account = account.isEmpty ? nil : account
            stats.campaignID = row[4]
            stats.campaign = row[5]
            stats.adGroupID = row[6]
            stats.adGroup = row[7]
            stats.adID = row[8]
            stats.ad = row[9]
            stats.segment = JSONText.decodeArray(row[10])
            stats.impressions = row[11]
            stats.clicks = row[12]
            stats.spend = (row[13] as String?).flatMap { Decimal(string: $0) }
            stats.currency = row[14]
            stats.conversions = (row[15] as String?).flatMap { Decimal(string: $0) }
            return stats
        }
    }

    /// Campaign metadata (Google Ads Editor), by platform, account, campaign.
    public func campaigns() throws -> [Campaign] {
        try Row.fetchAll(db, sql: """
            SELECT platform, account, campaign_id, name, type, status, budget, budget_currency, budget_period
            FROM campaigns ORDER BY platform, account, campaign_key
            """).map { row in
            var campaign = Campaign(platform: row[0])
            let account: String = row[1]
            campaign.account = account.isEmpty ? nil : account
            campaign.id = row[2]
            campaign.name = row[3]
            campaign.type = row[4]
            campaign.status = row[5]
            campaign.budget = (row[6] as String?).flatMap { Decimal(string: $0) }
            campaign.budgetCurrency = row[7]
            campaign.budgetPeriod = row[8]
            return campaign
        }
    }
}
