/// Month and weekday names in English and Russian (nominative, genitive, abbreviations).
extension DateNormalizer {
    static let monthNumbers: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "январь", "января", "янв"],
            ["february", "feb", "февраль", "февраля", "фев", "февр"],
            ["march", "mar", "март", "марта", "мар"],
            ["april", "apr", "апрель", "апреля", "апр"],
            ["may", "май", "мая"],
            ["june", "jun", "июнь", "июня", "июн"],
            ["july", "jul", "июль", "июля", "июл"],
            ["august", "aug", "август", "августа", "авг"],
            ["september", "sep", "sept", "сентябрь", "сентября", "сен", "сент"],
            ["october", "oct", "октябрь", "октября", "окт"],
            ["november", "nov", "ноябрь", "ноября", "ноя", "нояб"],
            ["december", "dec", "декабрь", "декабря", "дек"],
        ]
        var table: [String: Int] = [:]
        for (index, spellings) in names.enumerated() {
            for spelling in spellings { table[spelling] = index + 1 }
        }
        return table
    }()

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "пн", "вт", "ср", "чт", "пт", "сб", "вс",
    ]
}
