import Testing
@testable import TruceCore

/// Spellings of one name in either script share a skeleton; different names do not.
@Suite struct NameSkeletonTests {
    @Test(arguments: [
        ("Петров", "Petrov"), ("Александр", "Aleksandr"), ("Алексей", "Alexey"), ("Алексей", "Aleksei"),
        ("Юлия", "Yulia"), ("Юлия", "Julia"), ("Юлия", "Iuliia"), ("Артём", "Artyom"), ("Артём", "Artem"),
        ("Наталья", "Natalia"), ("Наталья", "Natalya"), ("Дмитрий", "Dmitry"), ("Дмитрий", "Dmitriy"),
        ("Евгений", "Yevgeny"), ("Ксения", "Xenia"), ("Щукин", "Shchukin"), ("Щукин", "Schukin"),
        ("Хабаров", "Khabarov"), ("Хабаров", "Habarov"), ("Цветков", "Tsvetkov"), ("Жуков", "Zhukov"),
        ("Фёдор", "Fyodor"), ("Пётр", "Pyotr"), ("Ольга", "Olga"), ("Татьяна", "Tatiana"), ("Сергей", "Sergei"),
        ("ЁЛКИН", "елкин"), ("Katherine", "Catherine"),
    ])
    func sameSkeleton(_ pair: (String, String)) {
        #expect(NameSkeleton.of(pair.0) == NameSkeleton.of(pair.1), "\(pair.0) vs \(pair.1): \(NameSkeleton.of(pair.0).string) \(NameSkeleton.of(pair.1).string)")
    }

    @Test(arguments: [("Иван", "Игорь"), ("Петров", "Петрова"), ("Мария", "Марина"), ("Смирнов", "Смирнова")])
    func differentSkeleton(_ pair: (String, String)) {
        #expect(NameSkeleton.of(pair.0) != NameSkeleton.of(pair.1))
    }

    @Test func genderedSurnamesShareAStem() {
        for (male, female) in [("Смирнов", "Смирнова"), ("Ильин", "Ильина"), ("Достоевский", "Достоевская"),
                               ("Зеленский", "Зеленская"), ("Smirnov", "Smirnova")] {
            #expect(NameSkeleton.surnameStem(NameSkeleton.of(male)) == NameSkeleton.surnameStem(NameSkeleton.of(female)),
                    "\(male)/\(female)")
        }
    }
}
