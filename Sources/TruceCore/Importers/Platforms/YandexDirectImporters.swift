import Foundation

/// Yandex Direct statistics. Facts: shared/reference/formats.md §4.
enum YandexDirectImporters {
    static let dimensions: [ColumnPattern] = [
        "CriterionId", "Criterion", "CriteriaType", "AdNetworkType", "Device", "Age", "Gender", "Placement", "Query",
        "LocationOfPresenceName", "TargetingLocationName", "Slot", "MobilePlatform", "CarrierType",
    ]

    /// Reports API TSV: a `"Name (from - to)"` line, the field names, data, then `Total rows: N`
    /// (checked against the rows read). Money is in millionths unless it has a decimal point; `--`
    /// is nothing. Without `Date` the row covers the range in the first line.
    static let reportsAPI = ImporterDefinition(
        kind: "yandex_direct_api",
        title: "Yandex Direct Reports API report",
        role: .marketing,
        signature: HeaderSignature(
            required: [["CampaignId", "CampaignName"], ["Impressions"], ["Clicks"]],
            optional: ["Date", "Cost", "Conversions", "AvgCpc", "Ctr", "AdGroupId", "AdGroupName", "AdId",
                       "CampaignType", "AvgCpm", "ConversionRate", "CostPerConversion"] + dimensions),
        encoding: .utf8,
        delimiter: 0x09,
        records: [RecordPlan(.campaignStats)],
        fields: [
            FieldTemplate("campaign_stats.date", ["Date"]),
            FieldTemplate("campaign_stats.platform", constant: "yandex_direct"),
            FieldTemplate("campaign_stats.campaign_id", ["CampaignId"]),
            FieldTemplate("campaign_stats.campaign", ["CampaignName"]),
            FieldTemplate("campaign_stats.ad_group_id", ["AdGroupId"]),
            FieldTemplate("campaign_stats.ad_group", ["AdGroupName"]),
            FieldTemplate("campaign_stats.ad_id", ["AdId"]),
            FieldTemplate("campaign_stats.segment", dimensions, labelled: true),
            FieldTemplate("campaign_stats.impressions", ["Impressions"], decimalMark: "."),
            FieldTemplate("campaign_stats.clicks", ["Clicks"], decimalMark: "."),
            FieldTemplate("campaign_stats.spend", ["Cost"], decimalMark: ".", microUnits: true),
            FieldTemplate("campaign_stats.conversions", ["Conversions", "Conversions_*"], decimalMark: "."),
        ],
        nullMarkers: ["--"],
        hooks: ["report_range", "total_rows_check"])

    /// Web report wizard ("Мастер отчётов") CSV: title lines, `;`, decimal comma, `dd.mm.yyyy`,
    /// money columns named with their currency (`Расход (руб.)`), `M-` before mobile ad numbers.
    static let wizard = ImporterDefinition(
        kind: "yandex_direct_wizard",
        title: "Yandex Direct report wizard CSV",
        role: .marketing,
        signature: HeaderSignature(
            required: [["Показы"], ["Клики"], ["Расход (*)", "Расход всего (*)", "Расход"]],
            optional: ["Дата", "Кампания", "№ Кампании", "Группа", "№ Группы", "№ Объявления", "Условие показа",
                       "№ Условия показа", "Тип условия показа", "Тип площадки", "CTR (%)", "Ср. цена клика (*)",
                       "Конверсии", "Глубина (стр.)", "Отказы (%)"]),
        delimiter: UInt8(ascii: ";"),
        records: [RecordPlan(.campaignStats)],
        fields: [
            FieldTemplate("campaign_stats.date", ["Дата"]),
            FieldTemplate("campaign_stats.platform", constant: "yandex_direct"),
            FieldTemplate("campaign_stats.campaign_id", ["№ Кампании"]),
            FieldTemplate("campaign_stats.campaign", ["Кампания"]),
            FieldTemplate("campaign_stats.ad_group_id", ["№ Группы"]),
            FieldTemplate("campaign_stats.ad_group", ["Группа"]),
            FieldTemplate("campaign_stats.ad_id", ["№ Объявления"], prefix: "M-"),
            FieldTemplate("campaign_stats.segment", ["Условие показа", "Тип условия показа", "Тип площадки", "Площадка",
                                                     "Пол", "Возраст", "Устройство"], labelled: true),
            FieldTemplate("campaign_stats.impressions", ["Показы"], decimalMark: ","),
            FieldTemplate("campaign_stats.clicks", ["Клики"], decimalMark: ","),
            FieldTemplate("campaign_stats.spend", ["Расход (*)", "Расход всего (*)", "Расход"], decimalMark: ","),
            FieldTemplate("campaign_stats.conversions", ["Конверсии", "Конверсии (*)"], decimalMark: ","),
        ],
        rows: [RowRule(.firstCellPrefix(["Итого", "Всего"]), .total)],
        nullMarkers: ["-", "--"],
        hooks: ["report_range"])
}
