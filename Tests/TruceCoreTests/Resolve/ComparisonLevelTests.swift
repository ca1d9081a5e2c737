import Testing
@testable import TruceCore

/// Table tests: each comparison's levels on typical pairs.
@Suite struct ComparisonLevelTests {
    typealias R = MatchTestSupport

    private func level(_ field: MatchField, _ a: MatchRecord, _ b: MatchRecord) -> String {
        field.levels[R.compare(a, b).level(field)]
    }

    @Test(arguments: [
        ("Иван", "Иван", "exact"), ("Алёна", "Алена", "folded"), ("ИВАН", "иван", "folded"),
        ("Александр", "Aleksandr", "translit"), ("Alexander", "Aleksandr", "nickname"),
        ("Саша", "Александр", "nickname"), ("Kate", "Katherine", "nickname"), ("Катя", "Kate", "nickname"),
        ("Ксюша", "Ксения", "nickname"), ("Катя", "Екатлрина", "nickname"), ("Дмитрий", "Дмитирй", "typo"), ("Robert", "Rboert", "typo"),
        ("Анастасия", "Анастасея", "typo"), ("И.", "Иван", "initial"), ("Е.", "Катя", "initial"),
        ("Иван", "Мария", "different"), ("Иван", "Игорь", "different"), ("П.", "Иван", "different"),
        // One slip in a short name is a typo; two names Truce knows one letter apart are two names.
        ("Нимита", "Никита", "typo"), ("Анрон", "Антон", "typo"), ("Еена", "Елена", "typo"),
        ("Анна", "Инна", "different"), ("Иван", "Иона", "different"),
    ])
    func firstName(_ row: (String, String, String)) {
        #expect(level(.firstName, R.record(1, first: row.0), R.record(2, first: row.1)) == row.2, "\(row)")
    }

    @Test(arguments: [
        ("Петров", "Петров", "exact"), ("Ёлкин", "Елкин", "folded"), ("Petrov", "Петров", "translit"),
        ("Смирнов", "Смирнова", "gender_form"), ("Достоевский", "Достоевская", "gender_form"),
        ("Кузнецов", "Кузнецоа", "typo"), ("Иванов", "Сидоров", "different"),
    ])
    func surname(_ row: (String, String, String)) {
        #expect(level(.surname, R.record(1, last: row.0), R.record(2, last: row.1)) == row.2, "\(row)")
    }

    @Test func swappedNamesAreComparedInEitherOrder() {
        let comparison = R.compare(R.record(1, first: "Петров", last: "Иван"), R.record(2, first: "Иван", last: "Петров"))
        #expect(comparison.swappedNames)
        #expect(comparison.level(.firstName) == 1 && comparison.level(.surname) == 1)
    }

    @Test func firstNameOnlyRecordsCompareTheirFirstName() {
        let comparison = R.compare(R.record(1, first: "Саша"), R.record(2, first: "Александр", last: "Петров"))
        #expect(MatchField.firstName.levels[comparison.level(.firstName)] == "nickname")
        #expect(comparison.level(.surname) == 0)
    }

    @Test(arguments: [
        ("Иванович", "Иванович", "exact"), ("Petrovich", "Петрович", "translit"), ("Иванович", "Иваноыич", "typo"),
        ("И.", "Иванович", "initial"), ("Иванович", "Петрович", "different"),
    ])
    func middleName(_ row: (String, String, String)) {
        #expect(level(.middleName, R.record(1, middle: row.0), R.record(2, middle: row.1)) == row.2, "\(row)")
    }

    @Test(arguments: [
        ("anna@mail.ru", "anna@mail.ru", "exact"), ("anna.k@mail.ru", "anna.k@gmail.com", "local_part"),
        ("evied56@harris-bailey.net", "evihd56@earris-bailey.net", "typo"),
        ("ivan.petrov84@mail.ru", "ivan.petrov85@mail.ru", "different"), ("anna@mail.ru", "olga@mail.ru", "different"),
    ])
    func email(_ row: (String, String, String)) {
        #expect(level(.email, R.record(1, email: row.0), R.record(2, email: row.1)) == row.2, "\(row)")
    }

    @Test(arguments: [
        ("+79161234567", "+79161234567", "exact"), ("+79161234567", "+74951234567", "last_7"),
        ("+79161234567", "+79161234576", "typo"), ("+79161234567", "+79161234568", "typo"),
        ("+79161234567", "+79031112233", "different"),
    ])
    func phone(_ row: (String, String, String)) {
        #expect(level(.phone, R.record(1, phone: row.0), R.record(2, phone: row.1)) == row.2, "\(row)")
    }

    @Test(arguments: [("Москва", "москва", "exact"), ("London", "Lonon", "typo"), ("Москва", "Казань", "different")])
    func city(_ row: (String, String, String)) {
        #expect(level(.city, R.record(1, city: row.0), R.record(2, city: row.1)) == row.2, "\(row)")
    }

    @Test(arguments: [
        ("1971-06-24", "1971-06-24", "exact"), ("1971-06-24", "1971-05-24", "typo"), ("1971-06-04", "1971-04-06", "typo"),
        ("1971-06-24", "1971-02-11", "year"), ("1971-06-24", "1988-01-02", "different"),
    ])
    func birthDate(_ row: (String, String, String)) {
        #expect(level(.birthDate, R.record(1, birth: row.0), R.record(2, birth: row.1)) == row.2, "\(row)")
    }

    @Test func missingValuesAreNull() {
        let comparison = R.compare(R.record(1, first: "Иван"), R.record(2, email: "a@b.ru"))
        for field in MatchField.allCases { #expect(comparison.level(field) == 0) }
    }

    @Test func placeholdersNeverCount() {
        // The importer's normalizers already reject `test@…` and `0000000000`; what gets through is
        // test-lead filler in name cells and numbers made of one or two digits.
        #expect(EmailNormalizer.normalize("test@meta.com").value == nil)
        let a = MatchRecord(id: 1, firstName: "<test lead: dummy data for first_name>", phones: ["+79999999999", "+74950000000"],
                            seed: "a")
        let (features, contacts) = FeatureExtractor.features(of: a)
        #expect(!features.identifiesSomeone)
        #expect(contacts.isEmpty)
    }
}
