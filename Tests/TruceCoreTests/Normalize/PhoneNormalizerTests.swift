import Testing
import TruceCore

@Suite("PhoneNormalizer")
struct PhoneNormalizerTests {
    static let russia = PhoneNormalizer(defaultRegion: "RU")

    static let russianDefault: [(String, String)] = [
        ("8 (916) 123-45-67", "+79161234567"),
        ("89161234567", "+79161234567"),
        ("9161234567", "+79161234567"),
        ("+7(916)1234567", "+79161234567"),
        ("7 916 123 45 67", "+79161234567"),
        ("79161234567", "+79161234567"),
        ("+7 916 123-45-67", "+79161234567"),
        ("p:+79161234567", "+79161234567"),
        ("P:+79161234567", "+79161234567"),
        ("p;+79161234567", "+79161234567"),
        ("'+77026261947", "+77026261947"),
        ("tel:+7-916-123-45-67", "+79161234567"),
        ("+7 916 123-45-67 доб. 123", "+79161234567"),
        ("8 916 123 45 67 ext 12", "+79161234567"),
        ("+79161234567x12", "+79161234567"),
        ("+7 916 123 45 67 #12", "+79161234567"),
        ("+7 916 123 45 67 (Иван)", "+79161234567"),
        ("Моб.: 8-916-123-45-67", "+79161234567"),
        ("\u{00A0}+7\u{00A0}916\u{202F}123\u{2011}45\u{2011}67\u{200B}", "+79161234567"),
        ("8 800 555-35-35", "+78005553535"),
        ("8 (495) 123-45-67", "+74951234567"),
        ("+7 (727) 123-45-67", "+77271234567"),
        ("87012345678", "+77012345678"),
        ("+7 8 916 123 45 67", "+79161234567"),
        ("+8 916 123-45-67", "+79161234567"),
        ("+44 7879 433123", "+447879433123"),
        ("+44 (0) 7879 433123", "+447879433123"),
        ("+1-800-888-8888", "+18008888888"),
        ("00 44 7879 433123", "+447879433123"),
        ("8 10 44 7879 433123", "+447879433123"),
        ("447879433123", "+447879433123"),
        ("+375 29 123-45-67", "+375291234567"),
        ("+380 50 123 4567", "+380501234567"),
        ("+49 30 1234567", "+49301234567"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("+998 90 312 45 67", "+998903124567"),
        ("+31 6 12345678", "+31612345678"),
        ("+65 9123 4567", "+6591234567"),
    ]

    @Test(arguments: russianDefault)
    func normalizesWithRussianDefault(raw: String, expected: String) {
        #expect(Self.russia.normalize(raw) == .value(expected))
    }

    static let otherRegions: [(String, String, String)] = [
        ("GB", "p:07405263058", "+447405263058"),
        ("GB", "07879 433123", "+447879433123"),
        ("US", "(800) 888-8888", "+18008888888"),
        ("US", "1-800-888-8888", "+18008888888"),
        ("US", "011 44 7879 433123", "+447879433123"),
        ("CA", "416-555-0123", "+14165550123"),
        ("KZ", "8 701 234 56 78", "+77012345678"),
        ("BY", "8 029 123-45-67", "+375291234567"),
        ("BY", "80291234567", "+375291234567"),
        ("UA", "050 123 4567", "+380501234567"),
        ("DE", "030 1234567", "+49301234567"),
        ("FR", "06 12 34 56 78", "+33612345678"),
        ("ES", "612 345 678", "+34612345678"),
        ("IT", "06 1234 5678", "+390612345678"),
        ("IT", "312 345 6789", "+393123456789"),
        ("TR", "0532 123 45 67", "+905321234567"),
        ("AE", "050 123 4567", "+971501234567"),
        ("IN", "098765 12345", "+919876512345"),
        ("UZ", "90 312 45 67", "+998903124567"),
        ("KG", "0555 123 456", "+996555123456"),
        ("AM", "091 123456", "+37491123456"),
        ("GE", "555 12 34 56", "+995555123456"),
        ("AZ", "050 123 45 67", "+994501234567"),
        ("PE", "987 655 321", "+51987655321"),
        ("SG", "9123 4567", "+6591234567"),
        ("ru", "89161234567", "+79161234567"),
        ("GB", "+7 916 123-45-67", "+79161234567"),
        ("NL", "+31 6 12345678", "+31612345678"),
    ]

    @Test(arguments: otherRegions)
    func normalizesWithOtherDefaults(region: String, raw: String, expected: String) {
        #expect(PhoneNormalizer(defaultRegion: region).normalize(raw) == .value(expected))
    }

    static let impossible: [String] = [
        "0000000000", "1111111", "1234567890", "0123456789", "9876543210", "+7 (999) 999-99-99",
        "8 (000) 000-00-00", "12345", "+7 123 456 78 90", "+7 (516) 123-45-67", "+7 916 123 45 6",
        "+7 916 123 45 678", "+44 12", "+1 (123) 456-7890", "+1 800 188 8888", "+0 123 456 789",
        "+1234567890123456", "звонить после 18", "916-12-34", "+999 1234", "8 916 123 45 67 89",
        "+44 7879 4331234567", "7.91612E+10", "+380 0501234567 1", "+998 90 123 45 67",
    ]

    @Test(arguments: impossible)
    func rejectsImpossibleNumbers(raw: String) {
        #expect(Self.russia.normalize(raw).issue?.code == "phone_impossible")
    }

    @Test(arguments: ["abc", "нет телефона", "+", "()"])
    func rejectsCellsWithoutDigits(raw: String) {
        #expect(Self.russia.normalize(raw).issue?.code == "phone_syntax")
    }

    @Test(arguments: ["<test lead: dummy data for phone_number>", "Test Lead phone", "dummy data"])
    func rejectsTestLeadFiller(raw: String) {
        #expect(Self.russia.normalize(raw).issue?.code == "phone_placeholder")
        #expect(Self.russia.normalizeAll(raw).map(\.issue?.code) == ["phone_placeholder"])
    }

    @Test(arguments: ["", "   ", " -- ", "—", "n/a", "нет", "None", "\u{200B}"])
    func treatsBlanksAsEmpty(raw: String) {
        #expect(Self.russia.normalize(raw) == .empty)
    }

    static let lists: [(String, [String?])] = [
        ("89161234567, 89031234567", ["+79161234567", "+79031234567"]),
        ("+7 916 123-45-67; +7 903 123-45-67", ["+79161234567", "+79031234567"]),
        ("89161234567\n89031234567", ["+79161234567", "+79031234567"]),
        ("89161234567\r\n\r\n89031234567", ["+79161234567", "+79031234567"]),
        ("89161234567 / 84951234567", ["+79161234567", "+74951234567"]),
        ("8 916 123-45-67, доб. 12", ["+79161234567"]),
        ("89161234567,,", ["+79161234567"]),
        ("89161234567, 123", ["+79161234567", nil]),
        ("p:+79161234567", ["+79161234567"]),
        ("89161234567, -, n/a", ["+79161234567"]),
        (", ;", []),
        ("", []),
    ]

    @Test(arguments: lists)
    func splitsCellsWithSeveralNumbers(raw: String, expected: [String?]) {
        #expect(Self.russia.normalizeAll(raw).map(\.value) == expected)
    }

    @Test func normalizeReadsTheFirstOfSeveralNumbers() {
        #expect(Self.russia.normalize("89161234567, 89031234567") == .value("+79161234567"))
    }

    /// Normalizing an E.164 result again, under any default region, gives the same value.
    @Test(arguments: russianDefault.map(\.1) + otherRegions.map(\.2))
    func isIdempotent(e164: String) {
        #expect(Self.russia.normalize(e164) == .value(e164))
        #expect(PhoneNormalizer(defaultRegion: "GB").normalize(e164) == .value(e164))
        #expect(PhoneNormalizer(defaultRegion: "ZZ").normalize(e164) == .value(e164))
    }

    @Test(arguments: impossible)
    func issueMessagesDoNotQuoteTheValue(raw: String) throws {
        let issue = try #require(Self.russia.normalize(raw).issue)
        #expect(!issue.message.contains { $0.isNumber })
    }
}
