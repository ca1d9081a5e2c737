import Foundation

/// Meta (Facebook/Instagram) exports. Facts: shared/reference/formats.md §1–2.
enum MetaImporters {
    /// "Download leads" (UTF-16LE TSV named .csv) and the Leads Center / Sheets CSV: a lead is a
    /// person and a touchpoint. Ids lose their `l:` `ag:` `as:` `c:` `f:` prefixes (phones lose
    /// `p:` in the normalizer); answers to custom questions become needs or interests; Meta test
    /// leads are dropped and counted.
    static let leadAds = ImporterDefinition(
        kind: "meta_lead_ads",
        title: "Meta Lead Ads download",
        role: .marketing,
        signature: HeaderSignature(
            required: [["id"], ["created_time"], ["form_id"], ["is_organic"]],
            optional: ["ad_id", "ad_name", "adset_id", "adset_name", "campaign_id", "campaign_name", "form_name",
                       "platform", "full_name", "email", "phone_number", "inbox_url", "lead_status"]),
        records: [RecordPlan(.person), RecordPlan(.touchpoint)],
        recordID: ["id"],
        fields: [
            FieldTemplate("person.external_ids", ["id"], prefix: "l:", digitsOnly: true),
            FieldTemplate("person.full_name", ["full_name"]),
            FieldTemplate("person.first_name", ["first_name"]),
            FieldTemplate("person.last_name", ["last_name"]),
            FieldTemplate("person.emails", ["email", "work_email"]),
            FieldTemplate("person.phones", ["phone_number", "work_phone_number"]),
            FieldTemplate("person.company", ["company_name"]),
            FieldTemplate("person.job_title", ["job_title"]),
            FieldTemplate("person.city", ["city"]),
            FieldTemplate("person.region", ["state", "province"]),
            FieldTemplate("person.country", ["country"]),
            FieldTemplate("touchpoint.time", ["created_time"]),
            FieldTemplate("touchpoint.platform", constant: "meta"),
            FieldTemplate("touchpoint.source", ["platform"]),
            FieldTemplate("touchpoint.medium", constant: "lead_form"),
            FieldTemplate("touchpoint.campaign", ["campaign_name"]),
            FieldTemplate("touchpoint.campaign_id", ["campaign_id"], prefix: "c:", digitsOnly: true),
            FieldTemplate("touchpoint.adset_id", ["adset_id"], prefix: "as:", digitsOnly: true),
            FieldTemplate("touchpoint.adset_name", ["adset_name"]),
            FieldTemplate("touchpoint.ad_id", ["ad_id"], prefix: "ag:", digitsOnly: true),
            FieldTemplate("touchpoint.ad_name", ["ad_name"]),
            FieldTemplate("touchpoint.form_id", ["form_id"], prefix: "f:", digitsOnly: true),
            FieldTemplate("touchpoint.form_name", ["form_name"]),
        ],
        rows: [
            RowRule(.anyCellContains("<test lead:"), .testRecord),
            RowRule(.columnEquals(["email"], ["test@meta.com"]), .testRecord),
        ],
        leftover: LeftoverRule(
            ignore: ["is_organic", "inbox_url", "lead_status", "zip_code", "post_code", "street_address",
                     "date_of_birth", "gender", "marital_status", "relationship_status", "military_status"],
            targets: [.init(["need", "goal", "want", "problem", "looking", "budget", "нуж", "цел", "хоч", "задач",
                             "проблем", "ищ", "бюджет"], "person.needs")],
            otherwise: "person.interests"),
        personIDs: PersonIDRule(space: "meta_lead"))

    static let names: [ColumnPattern] = [
        "Campaign name", "Campaign ID", "Ad set name", "Ad set ID", "Ad name", "Ad ID", "Название кампании",
        "ID кампании", "Название группы объявлений", "ID группы объявлений", "Название объявления", "ID объявления",
    ]

    /// Ads Manager performance report (CSV; English, Russian and other UI languages) → campaign
    /// stats. Currency comes from `Amount spent (XXX)`; without a `Day` column the row covers the
    /// reporting range. An empty export's `No data available.` row and the account-total row
    /// (no names) are dropped.
    static let adsReport = ImporterDefinition(
        kind: "meta_ads_report",
        title: "Meta Ads Manager report",
        role: .marketing,
        signature: HeaderSignature(
            required: [["Reporting starts", "Дата начала отчетности", "Início dos relatórios", "Inicio del informe",
                        "Début des rapports", "レポート開始日"],
                       ["Amount spent (*)", "Потраченная сумма (*)", "Valor usado (*)", "Importe gastado (*)",
                        "Montant dépensé (*)", "消化金額 (*)"]],
            optional: names + ["Reporting ends", "Дата окончания отчетности", "Impressions", "Показы", "Reach",
                               "Охват", "Results", "Результаты", "Link clicks", "Клики по ссылке", "Day", "День"]),
        encoding: nil,
        records: [RecordPlan(.campaignStats)],
        fields: [
            FieldTemplate("campaign_stats.date", ["Day", "День"]),
            FieldTemplate("campaign_stats.date", ["Reporting starts", "Дата начала отчетности", "Início dos relatórios",
                                                  "Inicio del informe", "Début des rapports", "レポート開始日"],
                          unless: ["Day", "День"]),
            FieldTemplate("campaign_stats.end_date", ["Reporting ends", "Дата окончания отчетности",
                                                      "Término dos relatórios", "Fin del informe", "Fin des rapports",
                                                      "レポート終了日"], unless: ["Day", "День"]),
            FieldTemplate("campaign_stats.platform", constant: "meta"),
            FieldTemplate("campaign_stats.account", ["Account ID", "ID аккаунта", "Account name", "Название аккаунта"]),
            FieldTemplate("campaign_stats.campaign_id", ["Campaign ID", "ID кампании"]),
            FieldTemplate("campaign_stats.campaign", ["Campaign name", "Название кампании"]),
            FieldTemplate("campaign_stats.ad_group_id", ["Ad set ID", "ID группы объявлений"]),
            FieldTemplate("campaign_stats.ad_group", ["Ad set name", "Название группы объявлений"]),
            FieldTemplate("campaign_stats.ad_id", ["Ad ID", "ID объявления"]),
            FieldTemplate("campaign_stats.ad", ["Ad name", "Название объявления"]),
            FieldTemplate("campaign_stats.impressions", ["Impressions", "Показы"], decimalMark: "."),
            FieldTemplate("campaign_stats.clicks", ["Link clicks", "Клики по ссылке"], decimalMark: "."),
            FieldTemplate("campaign_stats.spend", ["Amount spent (*)", "Потраченная сумма (*)", "Valor usado (*)",
                                                   "Importe gastado (*)", "Montant dépensé (*)", "消化金額 (*)"],
                          decimalMark: "."),
            FieldTemplate("campaign_stats.currency", ["Currency", "Валюта"]),
            FieldTemplate("campaign_stats.conversions", ["Results", "Результаты", "Leads", "Лиды"], decimalMark: "."),
        ],
        rows: [
            RowRule(.firstCellPrefix(["No data available", "Нет данных"]), .noData),
            RowRule(.allEmpty(names), .total),
        ],
        nullMarkers: ["-"])
}
