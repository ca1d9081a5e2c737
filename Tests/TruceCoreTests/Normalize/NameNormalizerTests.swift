import Testing
import TruceCore

@Suite("NameNormalizer")
struct NameNormalizerTests {
    /// (input, first, last, middle, full)
    static let splits: [(String, String?, String?, String?, String)] = [
        ("Иван Петров", "Иван", "Петров", nil, "Иван Петров"),
        ("Петров Иван", "Иван", "Петров", nil, "Петров Иван"),
        ("Петров Иван Сергеевич", "Иван", "Петров", "Сергеевич", "Петров Иван Сергеевич"),
        ("Иван Сергеевич Петров", "Иван", "Петров", "Сергеевич", "Иван Сергеевич Петров"),
        ("Иванова Анна Сергеевна", "Анна", "Иванова", "Сергеевна", "Иванова Анна Сергеевна"),
        ("Кузнецова Ольга Ильинична", "Ольга", "Кузнецова", "Ильинична", "Кузнецова Ольга Ильинична"),
        ("Ульянов Владимир Ильич", "Владимир", "Ульянов", "Ильич", "Ульянов Владимир Ильич"),
        ("Бабич Иван Петрович", "Иван", "Бабич", "Петрович", "Бабич Иван Петрович"),
        ("ИВАНОВ ИВАН ИВАНОВИЧ", "Иван", "Иванов", "Иванович", "Иванов Иван Иванович"),
        ("иванов иван", "Иван", "Иванов", nil, "Иванов Иван"),
        ("  Иван   Петров  ", "Иван", "Петров", nil, "Иван Петров"),
        ("Иван", "Иван", nil, nil, "Иван"),
        ("Иванов", nil, "Иванов", nil, "Иванов"),
        ("Иван Петрович", "Иван", nil, "Петрович", "Иван Петрович"),
        ("Иванов И.И.", "И.", "Иванов", "И.", "Иванов И.И."),
        ("И.И. Иванов", "И.", "Иванов", "И.", "И.И. Иванов"),
        ("Иванов И. И.", "И.", "Иванов", "И.", "Иванов И. И."),
        ("Иванов И.", "И.", "Иванов", nil, "Иванов И."),
        ("И. Иванов", "И.", "Иванов", nil, "И. Иванов"),
        ("Петров Саша", "Саша", "Петров", nil, "Петров Саша"),
        ("Маша Иванова", "Маша", "Иванова", nil, "Маша Иванова"),
        ("Шевченко Тарас", "Тарас", "Шевченко", nil, "Шевченко Тарас"),
        ("Саакашвили Михаил", "Михаил", "Саакашвили", nil, "Саакашвили Михаил"),
        ("Анна-Мария Петрова", "Анна-Мария", "Петрова", nil, "Анна-Мария Петрова"),
        ("Салтыков-Щедрин Михаил Евграфович", "Михаил", "Салтыков-Щедрин", "Евграфович",
         "Салтыков-Щедрин Михаил Евграфович"),
        ("Алиев Руслан Гасан оглы", "Руслан", "Алиев", "Гасан оглы", "Алиев Руслан Гасан оглы"),
        ("Мамедова Лейла Ахмед кызы", "Лейла", "Мамедова", "Ахмед кызы", "Мамедова Лейла Ахмед кызы"),
        ("Хендрик ван дер Берг", "Хендрик", "ван дер Берг", nil, "Хендрик ван дер Берг"),
        ("John Smith", "John", "Smith", nil, "John Smith"),
        ("Smith John", "John", "Smith", nil, "Smith John"),
        ("Smith, John", "John", "Smith", nil, "Smith, John"),
        ("Иванов, Иван Иванович", "Иван", "Иванов", "Иванович", "Иванов, Иван Иванович"),
        ("John Paul Smith", "John", "Smith", "Paul", "John Paul Smith"),
        ("John Ronald Reuel Tolkien", "John", "Tolkien", "Ronald Reuel", "John Ronald Reuel Tolkien"),
        ("Ludwig van Beethoven", "Ludwig", "van Beethoven", nil, "Ludwig van Beethoven"),
        ("Jean-Luc Picard", "Jean-Luc", "Picard", nil, "Jean-Luc Picard"),
        ("MARY O'NEIL", "Mary", "O'Neil", nil, "Mary O'Neil"),
        ("Mr. John Smith", "John", "Smith", nil, "Mr. John Smith"),
        ("Dr Anna Smith", "Anna", "Smith", nil, "Dr Anna Smith"),
        ("Ivan Petrov", "Ivan", "Petrov", nil, "Ivan Petrov"),
        ("Petrov Ivan", "Ivan", "Petrov", nil, "Petrov Ivan"),
        ("Ivanova Anna Sergeevna", "Anna", "Ivanova", "Sergeevna", "Ivanova Anna Sergeevna"),
        ("Артём Ёлкин", "Артём", "Ёлкин", nil, "Артём Ёлкин"),
        // Spacing slips of hand-typed sheets; deliberate inner capitals in Latin names stay.
        ("РусланРадборский", "Руслан", "Радборский", nil, "Руслан Радборский"),
        ("ДашаН овикская", "Даша", "Новикская", nil, "Даша Новикская"),
        ("Виктори яЛасжарова", "Виктория", "Ласжарова", nil, "Виктория Ласжарова"),
        ("Максим\u{65}Фомин", "Максим", "Фомин", nil, "Максим Фомин"),
        ("П\u{65}тров Иван", "Иван", "Петров", nil, "Петров Иван"),
        ("ПетровИван Сергеевич", "Иван", "Петров", "Сергеевич", "Петров Иван Сергеевич"),
        ("JohnSmith", "John", "Smith", nil, "John Smith"),
        ("Ronald McDonald", "Ronald", "McDonald", nil, "Ronald McDonald"),
        ("Danny DeVito", "Danny", "DeVito", nil, "Danny DeVito"),
        ("Ivan P\u{0435}trov", "Ivan", "Petrov", nil, "Ivan Petrov"),
        ("Артем Ёлкин", "Артем", "Ёлкин", nil, "Артем Ёлкин"),
        ("Петров\u{00A0}Иван\u{200B}", "Иван", "Петров", nil, "Петров Иван"),
        ("", nil, nil, nil, ""),
        ("-", nil, nil, nil, ""),
        ("<test lead: dummy data for full_name>", nil, nil, nil, ""),
        ("АБРАМОВ БОРИС НИКИТИЧ", "Борис", "Абрамов", "Никитич", "Абрамов Борис Никитич"),
        ("МАКСИМ Баранов", "Максим", "Баранов", nil, "Максим Баранов"),
        ("Наумов Я.А.", "Я.", "Наумов", "А.", "Наумов Я.А."),
        ("СЕДЫХ ВАСИЛИЙ ОЛЕГОВИЧ", "Василий", "Седых", "Олегович", "Седых Василий Олегович"),
        ("Denis Zelinskiy", "Denis", "Zelinskiy", nil, "Denis Zelinskiy"),
    ]

    @Test(arguments: splits)
    func splitsFullNames(raw: String, first: String?, last: String?, middle: String?, full: String) {
        #expect(NameNormalizer.split(raw) == PersonName(first: first, last: last, middle: middle, full: full))
    }

    static let cleans: [(String, String)] = [
        ("иВАН", "Иван"), ("ИВАН", "Иван"), ("иван", "Иван"), ("Иван", "Иван"),
        ("o'neil", "O'Neil"), ("O'NEIL", "O'Neil"), ("d'artagnan", "D'Artagnan"), ("мар'яна", "Мар'яна"),
        ("anna-maria", "Anna-Maria"), ("АННА-МАРИЯ", "Анна-Мария"), ("ЖАН-ПОЛЬ", "Жан-Поль"),
        ("McDonald", "McDonald"), ("mcdonald", "McDonald"), ("DeVito", "DeVito"), ("MacArthur", "MacArthur"),
        ("ван дер Берг", "ван дер Берг"), ("ХЕНДРИК ВАН ДЕР БЕРГ", "Хендрик ван дер Берг"),
        ("LUDWIG VAN BEETHOVEN", "Ludwig van Beethoven"), ("AL PACINO", "Al Pacino"),
        ("  Иван   Петров ", "Иван Петров"), ("Иван\u{00A0}Петров", "Иван Петров"), ("Иван\u{200B}", "Иван"),
        ("ИВАНОВ Иван", "Иванов Иван"), ("ёлкин", "Ёлкин"), ("и.", "И."), ("ÉMILE ZOLA", "Émile Zola"),
        ("zoë pérez", "Zoë Pérez"), ("", ""), ("   ", ""), ("Иванова-Петрова", "Иванова-Петрова"),
        ("иванова-ПЕТРОВА", "Иванова-Петрова"), ("al pacino", "Al Pacino"), ("и.и.", "И.И."),
        ("алиев руслан гасан оглы", "Алиев Руслан Гасан оглы"), ("ludwig van beethoven", "Ludwig van Beethoven"),
        ("(иван)", "(Иван)"),
    ]

    @Test(arguments: cleans)
    func cleansParts(raw: String, expected: String) {
        #expect(NameNormalizer.clean(raw) == expected)
    }

    @Test(arguments: cleans.map(\.1))
    func cleanIsIdempotent(cleaned: String) {
        #expect(NameNormalizer.clean(cleaned) == cleaned)
    }

    static let keys: [(String, String)] = [
        ("Ёлкин", "елкин"), ("ЁЛКИН", "елкин"), ("Йорк", "йорк"), ("АНДРЕЙ", "андрей"),
        ("Анна-Мария", "анна мария"), ("Анна - Мария", "анна мария"), ("O'Neil", "oneil"), ("O’Neil", "oneil"),
        ("José", "jose"), ("Zoë Pérez", "zoe perez"), ("Müller", "muller"), ("Straße", "strasse"),
        ("Łukasz", "lukasz"), ("Çelik", "celik"), ("Đorđević", "dordevic"), ("Ærøskøbing", "aeroskobing"),
        ("  Иван   Петров  ", "иван петров"), ("Иван\u{00A0}Петров", "иван петров"), ("И.И. Иванов", "и и иванов"),
        ("Smith, John", "smith john"), ("ANNA_MARIA", "anna maria"), ("Петров (Иван)", "петров иван"),
        ("Ivan2", "ivan2"), ("и\u{0306}ошкар", "йошкар"), ("И\u{0306}ОШКАР", "йошкар"), ("е\u{0308}лка", "елка"),
        ("Jose\u{0301}", "jose"), ("Ђорђе", "ђорђе"), ("Ґанна", "ґанна"), ("", ""), ("--", ""),
    ]

    @Test(arguments: keys)
    func foldsMatchKeys(raw: String, expected: String) {
        #expect(NameNormalizer.matchKey(raw) == expected)
    }

    @Test(arguments: keys.map(\.0) + splits.map(\.0))
    func matchKeyIsIdempotent(raw: String) {
        let key = NameNormalizer.matchKey(raw)
        #expect(NameNormalizer.matchKey(key) == key)
    }

    /// Matching ignores the case and ё/е spelling differences that clean keeps for display.
    @Test(arguments: [("ЁЛКИН АРТЁМ", "Елкин Артем"), ("o'neil", "O’NEIL"), ("Анна-Мария", "анна мария")])
    func matchKeyEqualizesSpellings(one: String, other: String) {
        #expect(NameNormalizer.matchKey(one) == NameNormalizer.matchKey(other))
    }

    @Test func matchKeyKeepsShortIDistinct() {
        #expect(NameNormalizer.matchKey("Йошкар") != NameNormalizer.matchKey("Иошкар"))
    }
}
