import Foundation

/// amoCRM / Kommo deals export (CSV; XLSX with the same headers). Facts: formats.md §7.1.
///
/// A row is a person, a deal and, when it has UTM tags or a click id, a touchpoint. Phones keep
/// their apostrophe in the raw cells (the normalizer drops it); several phone and email columns
/// are read; a repeated column (`utm_source` twice) gives its last non-empty value; `Бюджет ₽`
/// names the currency; times are local (`dd.mm.yyyy hh:mm:ss`, the pipeline's `timezone`).
/// Account-specific custom fields are kept on the person as needs, objections, interests or notes.
enum AmoCRMImporter {
    static let deals = ImporterDefinition(
        kind: "amocrm_deals",
        title: "amoCRM deals export",
        role: .crm,
        signature: HeaderSignature(
            required: [["Название сделки"], ["Этап сделки"], ["Воронка"]],
            optional: ["ID", "Бюджет*", "Ответственный", "Дата создания сделки", "Полное имя контакта",
                       "Компания контакта", "Рабочий телефон", "Мобильный телефон", "Рабочий email", "Личный email",
                       "Дата закрытия", "utm_source"]),
        records: [RecordPlan(.person), RecordPlan(.deal), RecordPlan(.touchpoint, perRow: true)],
        recordID: ["ID"],
        fields: [
            FieldTemplate("person.full_name", ["Полное имя контакта"]),
            FieldTemplate("person.company", ["Компания контакта", "Компания"]),
            FieldTemplate("person.phones", ["Мобильный телефон", "Рабочий телефон", "Рабочий прямой телефон",
                                            "Домашний телефон", "Другой телефон"]),
            FieldTemplate("person.emails", ["Личный email", "Рабочий email", "Другой email"]),
            FieldTemplate("person.city", ["Город"]),
            FieldTemplate("person.job_title", ["Должность"]),
            FieldTemplate("person.owner", ["Ответственный за контакт"]),
            FieldTemplate("person.consent", ["Пользовательское соглашение"]),
            FieldTemplate("person.interests", ["Товар"]),
            FieldTemplate("person.notes", ["Примечание", "Примечание 1", "Примечание 2", "Примечание 3", "Примечание 4",
                                           "Примечание 5"]),
            FieldTemplate("deal.id", ["ID"]),
            FieldTemplate("deal.name", ["Название сделки"]),
            FieldTemplate("deal.pipeline", ["Воронка"]),
            FieldTemplate("deal.stage", ["Этап сделки"]),
            FieldTemplate("deal.amount", ["Бюджет*"]),
            FieldTemplate("deal.owner", ["Ответственный"]),
            FieldTemplate("deal.created_at", ["Дата создания сделки"]),
            FieldTemplate("deal.closed_at", ["Дата закрытия"]),
            FieldTemplate("deal.lost_reason", ["Причина отказа"]),
            FieldTemplate("touchpoint.time", ["Дата создания сделки"]),
            FieldTemplate("touchpoint.source", ["utm_source"]),
            FieldTemplate("touchpoint.medium", ["utm_medium"]),
            FieldTemplate("touchpoint.campaign", ["utm_campaign"]),
            FieldTemplate("touchpoint.content", ["utm_content"]),
            FieldTemplate("touchpoint.term", ["utm_term"]),
            FieldTemplate("touchpoint.gclid", ["gclid"]),
            FieldTemplate("touchpoint.yclid", ["yclid"]),
            FieldTemplate("touchpoint.fbclid", ["fbclid"]),
        ],
        leftover: LeftoverRule(
            ignore: ["Кем создана сделка", "Дата редактирования", "Кем редактирована", "Теги", "Факс",
                     "Ответственный за контакт", "utm_referrer", "_ym_uid", "_ym_counter", "roistat", "referrer",
                     "openstat_*", "from", "gclientid", "cid", "uid", "tid", "Skype", "ICQ", "Jabber", "Google Talk",
                     "MSN", "Другой IM", "Web", "Сделки"],
            targets: [.init(["возражен", "objection"], "person.objections"),
                      .init(["потребн", "need", "цель", "задач", "боль"], "person.needs"),
                      .init(["интерес", "interest", "продукт", "курс"], "person.interests")],
            otherwise: "person.notes"))
}
