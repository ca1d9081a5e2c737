import Foundation

/// VK Ads (ads.vk.com / myTarget). Only the statistics API's metric names are known
/// (formats.md §5); no real export was seen, so this reads a table whose columns carry those
/// names (API scripts and connectors write them). Other VK exports, lead forms included, go
/// through `importer: generic` with a mapping (docs/pipeline.md shows one).
enum VKAdsImporters {
    static let statistics = ImporterDefinition(
        kind: "vk_ads_stats",
        title: "VK Ads statistics (API metric names)",
        role: .marketing,
        signature: HeaderSignature(
            required: [["shows", "base.shows"], ["clicks", "base.clicks"], ["spent", "base.spent", "amount"]],
            optional: ["date", "day", "campaign_id", "campaign", "campaign_name", "ad_plan_id", "ad_plan_name", "goals",
                       "base.goals", "cpm", "cpc", "ctr", "base.cpm", "base.cpc", "base.ctr", "currency", "vtr", "vr"]),
        records: [RecordPlan(.campaignStats)],
        fields: [
            FieldTemplate("campaign_stats.date", ["date", "day"]),
            FieldTemplate("campaign_stats.platform", constant: "vk_ads"),
            FieldTemplate("campaign_stats.account", ["account_id", "account"]),
            FieldTemplate("campaign_stats.campaign_id", ["ad_plan_id", "campaign_id"]),
            FieldTemplate("campaign_stats.campaign", ["ad_plan_name", "campaign_name", "campaign"]),
            FieldTemplate("campaign_stats.ad_group_id", ["ad_group_id"]),
            FieldTemplate("campaign_stats.ad_group", ["ad_group_name"]),
            FieldTemplate("campaign_stats.ad_id", ["banner_id", "ad_id"]),
            FieldTemplate("campaign_stats.impressions", ["shows", "base.shows"], decimalMark: "."),
            FieldTemplate("campaign_stats.clicks", ["clicks", "base.clicks"], decimalMark: "."),
            FieldTemplate("campaign_stats.spend", ["spent", "base.spent", "amount"], decimalMark: "."),
            FieldTemplate("campaign_stats.currency", ["currency"]),
            FieldTemplate("campaign_stats.conversions", ["goals", "base.goals"], decimalMark: "."),
        ],
        nullMarkers: ["-", "--"],
        hooks: ["report_range"])
}
