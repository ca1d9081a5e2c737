import Testing
import TruceCore

@Suite("EmailNormalizer")
struct EmailNormalizerTests {
    static let valid: [(String, String)] = [
        ("Ivan.Petrov@Mail.RU", "ivan.petrov@mail.ru"),
        ("  ivan@mail.ru  ", "ivan@mail.ru"),
        ("\u{00A0}ivan@mail.ru\u{200B}", "ivan@mail.ru"),
        ("\u{FEFF}anna@yandex.ru\t", "anna@yandex.ru"),
        ("iv\u{200B}an@mail.ru", "ivan@mail.ru"),
        ("mailto:Anna@Gmail.com", "anna@gmail.com"),
        ("MAILTO:anna@gmail.com?subject=Hi", "anna@gmail.com"),
        ("<anna@gmail.com>", "anna@gmail.com"),
        ("<mailto:anna@gmail.com>", "anna@gmail.com"),
        ("Anna Smith <Anna.Smith@Company.co.uk>", "anna.smith@company.co.uk"),
        ("иван@почта.рф", "иван@почта.рф"),
        ("ИВАН@ПОЧТА.РФ", "иван@почта.рф"),
        ("info@пример-сайт.рф", "info@пример-сайт.рф"),
        ("user@xn--80a1acny.xn--p1ai", "user@xn--80a1acny.xn--p1ai"),
        ("user+tag@gmail.com", "user+tag@gmail.com"),
        ("first_last-1@sub.domain.ru", "first_last-1@sub.domain.ru"),
        ("o'brien@company.ie", "o'brien@company.ie"),
        ("a@b.co", "a@b.co"),
        ("john.doe@mail.com", "john.doe@mail.com"),
        ("test.user@gmail.com", "test.user@gmail.com"),
        ("tester@mail.ru", "tester@mail.ru"),
        ("noemail.ivanov@mail.ru", "noemail.ivanov@mail.ru"),
        ("123456@qq.com", "123456@qq.com"),
        ("ivan@mail-server.ru", "ivan@mail-server.ru"),
        (String(repeating: "a", count: 64) + "@mail.ru", String(repeating: "a", count: 64) + "@mail.ru"),
    ]

    @Test(arguments: valid)
    func normalizesValidAddresses(raw: String, expected: String) {
        #expect(EmailNormalizer.normalize(raw) == .value(expected))
    }

    @Test(arguments: ["", "   ", "-", "--", " --", "—", "n/a", "N/A", "null", "NULL", "нет", "Нет", "no", "NO", "none", "\u{00A0}", "mailto:", "<>", "< >"])
    func treatsNullMarkersAsEmpty(raw: String) {
        #expect(EmailNormalizer.normalize(raw) == .empty)
    }

    static let badSyntax: [String] = [
        "ivan.mail.ru", "ivan@@mail.ru", "ivan@mail@ru", "@mail.ru", "ivan@", "ivan@mail", "ivan@mail..ru",
        "ivan..petrov@mail.ru", ".ivan@mail.ru", "ivan.@mail.ru", "ivan petrov@mail.ru", "ivan@mail ru",
        "ivan@-mail.ru", "ivan@mail-.ru", "ivan@mail.r", "ivan@mail.123", "ivan@mail_server.ru",
        "ivan(at)mail.ru", "ivan,petrov@mail.ru", "ivan@.mail.ru", "\"ivan\"@mail.ru", "ivan@mail.ru.",
        String(repeating: "a", count: 65) + "@mail.ru", "ivan@[192.168.0.1]", "ivan@mail.ru>", "<ivan@mail.ru",
    ]

    @Test(arguments: badSyntax)
    func rejectsBadSyntax(raw: String) {
        #expect(EmailNormalizer.normalize(raw).issue?.code == "email_syntax")
    }

    static let placeholders: [String] = [
        "test@test.com", "test@gmail.com", "TEST@meta.com", "test@meta.com", "test@fb.com", "none@none.com",
        "no@no.ru", "noemail@mail.ru", "nomail@yandex.ru", "null@gmail.com", "asdf@asdf.com", "qwerty@mail.ru",
        "example@gmail.com", "ivan@example.com", "ivan@example.org", "ivan@example.net", "user@test.com",
        "ivan@no.ru", "<test lead: dummy data for email>", "ivan@site.test", "ivan@host.invalid",
        "test+1@gmail.com", "noreply@company.ru", "no-email@company.ru", "mailto:test@meta.com",
    ]

    @Test(arguments: placeholders)
    func rejectsPlaceholders(raw: String) {
        #expect(EmailNormalizer.normalize(raw).issue?.code == "email_placeholder")
    }

    @Test(arguments: ["ivan@mail.ru", "anna@gmail.com", "user@mail.com", "ivan@yandex.ru", "me@icloud.com"])
    func keepsRealProviders(raw: String) {
        #expect(EmailNormalizer.normalize(raw) == .value(raw))
    }

    @Test(arguments: badSyntax + placeholders)
    func issueMessagesDoNotQuoteTheValue(raw: String) throws {
        let issue = try #require(EmailNormalizer.normalize(raw).issue)
        #expect(!issue.message.isEmpty)
        #expect(!issue.message.contains("@mail.ru") && !issue.message.contains("ivan"))
        #expect(issue.description.hasPrefix(issue.code + ": "))
    }

    @Test(arguments: valid)
    func isIdempotent(raw: String, expected: String) {
        #expect(EmailNormalizer.normalize(expected) == .value(expected))
    }
}
