import Foundation

/// Google Ads exports. Facts: shared/reference/formats.md §3.
enum GoogleAdsImporters {
    /// UI report download ("CSV" UTF-8 comma, or "CSV (Excel)" UTF-16LE TAB): a title line and a
    /// date-range line above the header, `Total: …` rows below the data, ` --` for nothing,
    /// grouped numbers. With a `Day` column each row is a day; without it the row covers the
    /// report's range (`All time` covers every day).
    static let report = ImporterDefinition(
        kind: "google_ads_report",
        title: "Google Ads report",
        role: .marketing,
        signature: HeaderSignature(
            required: [["Campaign"], ["Cost"], ["Impr.", "Impressions"]],
            optional: ["Campaign status", "Campaign ID", "Currency code", "Clicks", "Conversions", "Day", "Budget",
                       "Campaign type", "Avg. CPC", "CTR", "Ad group", "Cost / conv.", "Interactions"]),
        records: [RecordPlan(.campaignStats)],
        fields: [
            FieldTemplate("campaign_stats.date", ["Day", "Date"]),
            FieldTemplate("campaign_stats.platform", constant: "google_ads"),
            FieldTemplate("campaign_stats.account", ["Customer ID", "Account", "Account name"]),
            FieldTemplate("campaign_stats.campaign_id", ["Campaign ID"]),
            FieldTemplate("campaign_stats.campaign", ["Campaign"]),
            FieldTemplate("campaign_stats.ad_group_id", ["Ad group ID"]),
            FieldTemplate("campaign_stats.ad_group", ["Ad group"]),
            FieldTemplate("campaign_stats.ad_id", ["Ad ID"]),
            FieldTemplate("campaign_stats.segment", ["Network (with search partners)", "Network", "Device",
                                                     "Search keyword", "Keyword", "Search term"], labelled: true),
            FieldTemplate("campaign_stats.impressions", ["Impr.", "Impressions"], decimalMark: "."),
            FieldTemplate("campaign_stats.clicks", ["Clicks"], decimalMark: "."),
            FieldTemplate("campaign_stats.spend", ["Cost"], decimalMark: "."),
            FieldTemplate("campaign_stats.currency", ["Currency code", "Currency"]),
            FieldTemplate("campaign_stats.conversions", ["Conversions"], decimalMark: "."),
        ],
        rows: [RowRule(.firstCellPrefix(["Total:"]), .total)],
        nullMarkers: ["--"],
        hooks: ["report_range"])

    /// Google Ads Editor "Campaign" export (UTF-16LE, TAB, CRLF): what each campaign is.
    static let editor = ImporterDefinition(
        kind: "google_ads_editor",
        title: "Google Ads Editor campaign export",
        role: .marketing,
        signature: HeaderSignature(
            required: [["Campaign"], ["Campaign Type"], ["Budget"], ["Campaign Status"]],
            optional: ["Labels", "Networks", "Budget type", "Bid Strategy Type", "Start Date", "End Date", "Languages",
                       "Campaign ID", "Ad Schedule", "Ad rotation"],
            excluded: ["Ad Group", "Cost"]),
        encoding: .utf16LE,
        delimiter: 0x09,
        records: [RecordPlan(.campaign)],
        recordID: ["Campaign ID"],
        fields: [
            FieldTemplate("campaign.platform", constant: "google_ads"),
            FieldTemplate("campaign.account", ["Customer ID", "Account"]),
            FieldTemplate("campaign.id", ["Campaign ID"]),
            FieldTemplate("campaign.name", ["Campaign"]),
            FieldTemplate("campaign.type", ["Campaign Type"]),
            FieldTemplate("campaign.status", ["Campaign Status"]),
            FieldTemplate("campaign.budget", ["Budget"], decimalMark: "."),
            FieldTemplate("campaign.budget_period", ["Budget type"]),
            FieldTemplate("campaign.bid_strategy", ["Bid Strategy Type"]),
            FieldTemplate("campaign.networks", ["Networks"]),
            FieldTemplate("campaign.labels", ["Labels"]),
            FieldTemplate("campaign.start_date", ["Start Date"]),
            FieldTemplate("campaign.end_date", ["End Date"]),
        ],
        nullMarkers: ["[]", "-", "--"])
}
