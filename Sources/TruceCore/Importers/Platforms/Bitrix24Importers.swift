import Foundation

/// Bitrix24 CRM list exports: CSV (every field quoted, `;`, a trailing `;`, UTF-8 or cp1251)
/// and the HTML table saved as `.xls`. Headers are the UI titles. A lead or deal with several
/// products repeats once per product row: those lines fold into one record (all of them stay
/// in lineage). Facts: formats.md §7.2.
enum Bitrix24Importers {
    static let currencyNames: [String: String] = [
        "российский рубль": "RUB", "рубль": "RUB", "доллар сша": "USD", "доллар": "USD", "евро": "EUR",
        "тенге": "KZT", "гривна": "UAH", "белорусский рубль": "BYN",
    ]

    static let person: [FieldTemplate] = [
        FieldTemplate("person.first_name", ["Имя"]),
        FieldTemplate("person.last_name", ["Фамилия"]),
        FieldTemplate("person.middle_name", ["Отчество"]),
        FieldTemplate("person.phones", ["Телефон", "Рабочий телефон", "Мобильный телефон", "Домашний телефон"]),
        FieldTemplate("person.emails", ["E-mail", "Рабочий e-mail", "Частный e-mail", "Email"]),
        FieldTemplate("person.job_title", ["Должность"]),
        FieldTemplate("person.city", ["Город"]),
        FieldTemplate("person.birth_date", ["Дата рождения"]),
        FieldTemplate("person.owner", ["Ответственный"]),
        FieldTemplate("person.interests", ["Товар"]),
        FieldTemplate("person.notes", ["Комментарий"]),
    ]

    static let touchpoint: [FieldTemplate] = [
        FieldTemplate("touchpoint.time", ["Дата создания"]),
        FieldTemplate("touchpoint.source", ["UTM Source", "utm_source", "Источник"]),
        FieldTemplate("touchpoint.medium", ["UTM Medium", "utm_medium"]),
        FieldTemplate("touchpoint.campaign", ["UTM Campaign", "utm_campaign"]),
        FieldTemplate("touchpoint.content", ["UTM Content", "utm_content"]),
        FieldTemplate("touchpoint.term", ["UTM Term", "utm_term"]),
    ]

    static let system: [ColumnPattern] = [
        "Кем изменен", "Кем создан", "Дата изменения", "Цена", "Количество", "Валюта", "Обращение", "Сайт",
        "Мессенджер", "Адрес", "Состояние", "Повторный лид", "Полное имя",
    ]

    static let leads = ImporterDefinition(
        kind: "bitrix24_leads",
        title: "Bitrix24 leads export",
        role: .crm,
        signature: HeaderSignature(
            required: [["ID"], ["Название лида"], ["Статус"]],
            optional: ["Имя", "Фамилия", "Отчество", "Телефон", "E-mail", "Источник", "Ответственный", "Дата создания",
                       "Возможная сумма", "Валюта", "Комментарий", "Название компании", "Должность"]),
        records: [RecordPlan(.person), RecordPlan(.touchpoint, perRow: true)],
        recordID: ["ID"],
        fields: person + touchpoint + [
            FieldTemplate("person.full_name", ["Полное имя"]),
            FieldTemplate("person.company", ["Название компании", "Компания"]),
        ],
        leftover: LeftoverRule(ignore: system, otherwise: "person.notes"),
        collapse: CollapseRule(key: ["ID"]))

    static let deals = ImporterDefinition(
        kind: "bitrix24_deals",
        title: "Bitrix24 deals export",
        role: .crm,
        signature: HeaderSignature(
            required: [["ID"], ["Название сделки"], ["Стадия сделки", "Стадия"]],
            optional: ["Сумма", "Валюта", "Контакт", "Компания", "Ответственный", "Дата создания", "Направление",
                       "Товар", "Дата закрытия"],
            excluded: ["Этап сделки"]),
        records: [RecordPlan(.deal), RecordPlan(.person, whenColumns: ["Контакт", "Имя", "Фамилия", "Телефон", "E-mail"]),
                  RecordPlan(.touchpoint, perRow: true)],
        recordID: ["ID"],
        fields: person + touchpoint + [
            FieldTemplate("person.full_name", ["Контакт"]),
            FieldTemplate("person.company", ["Компания"]),
            FieldTemplate("deal.id", ["ID"]),
            FieldTemplate("deal.name", ["Название сделки"]),
            FieldTemplate("deal.stage", ["Стадия сделки", "Стадия"]),
            FieldTemplate("deal.pipeline", ["Направление", "Воронка"]),
            FieldTemplate("deal.amount", ["Сумма"]),
            FieldTemplate("deal.currency", ["Валюта"], values: currencyNames),
            FieldTemplate("deal.owner", ["Ответственный"]),
            FieldTemplate("deal.created_at", ["Дата создания"]),
            FieldTemplate("deal.closed_at", ["Дата закрытия"]),
        ],
        leftover: LeftoverRule(ignore: system + ["Вероятность"], otherwise: "person.notes"),
        collapse: CollapseRule(key: ["ID"]))

    static let contacts = ImporterDefinition(
        kind: "bitrix24_contacts",
        title: "Bitrix24 contacts export",
        role: .crm,
        signature: HeaderSignature(
            required: [["ID"], ["Имя"], ["Фамилия"], ["Телефон", "E-mail"], ["Ответственный"], ["Дата создания"]],
            optional: ["Отчество", "Тип контакта", "Источник", "Компания", "Должность", "Дата рождения", "Обращение"],
            excluded: ["Название лида", "Название сделки"]),
        records: [RecordPlan(.person), RecordPlan(.touchpoint, perRow: true)],
        recordID: ["ID"],
        fields: person + touchpoint + [FieldTemplate("person.company", ["Компания", "Название компании"])],
        leftover: LeftoverRule(ignore: system + ["Тип контакта", "Экспорт", "Доступен для всех"], otherwise: "person.notes"),
        collapse: CollapseRule(key: ["ID"]))
}
