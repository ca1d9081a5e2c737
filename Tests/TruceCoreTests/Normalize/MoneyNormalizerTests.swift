import Foundation
import Testing
import TruceCore

@Suite("MoneyNormalizer")
struct MoneyNormalizerTests {
    /// (cell, currency from the column, expected amount, expected currency)
    static let amounts: [(String, String?, String, String?)] = [
        ("1 234,56", nil, "1234.56", nil),
        ("1\u{00A0}234,56", nil, "1234.56", nil),
        ("1\u{202F}234\u{202F}567,89", nil, "1234567.89", nil),
        ("25,881.50", nil, "25881.5", nil),
        ("1,234", nil, "1234", nil),
        ("1,5", nil, "1.5", nil),
        ("0,500", nil, "0.5", nil),
        ("1,2345", nil, "1.2345", nil),
        ("1.5", nil, "1.5", nil),
        ("1.234", nil, "1.234", nil),
        ("1.234.567,89", nil, "1234567.89", nil),
        ("1.234.567", nil, "1234567", nil),
        ("1,234,567.89", nil, "1234567.89", nil),
        ("1 234 567", nil, "1234567", nil),
        ("1'234", nil, "1234", nil),
        ("1'234.50", nil, "1234.5", nil),
        ("-5", nil, "-5", nil),
        ("\u{2212}5", nil, "-5", nil),
        ("(5)", nil, "-5", nil),
        ("+5", nil, "5", nil),
        ("(1 234,50) ₽", nil, "-1234.5", "RUB"),
        ("-$5.25", nil, "-5.25", "USD"),
        ("$-5.25", nil, "-5.25", "USD"),
        ("($1,234.56)", nil, "-1234.56", "USD"),
        ("$1,234.56", nil, "1234.56", "USD"),
        ("1 000 ₽", nil, "1000", "RUB"),
        ("₽1000", nil, "1000", "RUB"),
        ("1000 руб.", nil, "1000", "RUB"),
        ("1000р.", nil, "1000", "RUB"),
        ("1000 р", nil, "1000", "RUB"),
        ("500 рублей", nil, "500", "RUB"),
        ("USD 1,234.56", nil, "1234.56", "USD"),
        ("1 234,56 RUB", nil, "1234.56", "RUB"),
        ("€99", nil, "99", "EUR"),
        ("12,30 €", nil, "12.3", "EUR"),
        ("150 000 ₸", nil, "150000", "KZT"),
        ("2,5 тенге", nil, "2.5", "KZT"),
        ("10 долл.", nil, "10", "USD"),
        ("100 usd", nil, "100", "USD"),
        ("US$5", nil, "5", "USD"),
        ("$5 USD", nil, "5", "USD"),
        ("0", nil, "0", nil),
        ("-0", nil, "0", nil),
        (".5", nil, "0.5", nil),
        ("007", nil, "7", nil),
        ("1500000", nil, "1500000", nil),
        ("123456789012345678901234", nil, "123456789012345678901234", nil),
        ("0.000001", nil, "0.000001", nil),
        ("1  234", nil, "1234", nil),
        ("1 500", "RUB", "1500", "RUB"),
        ("$5", "RUB", "5", "USD"),
        ("5", "usd", "5", "USD"),
        ("5", " ", "5", nil),
    ]

    @Test(arguments: amounts)
    func parsesAmounts(raw: String, column: String?, amount: String, currency: String?) throws {
        let expected = try #require(Decimal(string: amount, locale: Locale(identifier: "en_US_POSIX")))
        #expect(MoneyNormalizer.parse(raw, currency: column) == .value(Money(amount: expected, currency: currency)))
    }

    @Test(arguments: ["", "  ", "--", " --", "-", "—", "n/a", "N/A", "null"])
    func treatsNullMarkersAsEmpty(raw: String) {
        #expect(MoneyNormalizer.parse(raw, currency: "RUB") == .empty)
    }

    static let malformed: [String] = [
        "< 10%", "10%", "> 90%", "abc", "1 5", "12 34", "1,2,3", "1.2.3", "5-", "--5", "-(5)", "(-5)", "1e5",
        "5 руб 50 коп", "$5 ₽", "1,234.567.8", "1.234 567,8", "5 apples", "1..5", "(5", "5)", "1,,5", "#5",
        "~5", String(repeating: "9", count: 40),
    ]

    @Test(arguments: malformed)
    func rejectsMalformedCells(raw: String) throws {
        let issue = try #require(MoneyNormalizer.parse(raw).issue)
        #expect(issue.code == "money_syntax")
        #expect(!issue.message.contains { $0.isNumber })
    }

    static let headers: [(String, String?)] = [
        ("Бюджет ₽", "RUB"), ("Расход (руб.)", "RUB"), ("Amount spent (USD)", "USD"), ("Бюджет ₸", "KZT"),
        ("Сумма, руб", "RUB"), ("Cost (EUR)", "EUR"), ("Budget $", "USD"), ("Сумма, р.", "RUB"),
        ("Стоимость в тенге", "KZT"), ("Сумма (долл.)", "USD"), ("Amount (usd)", "USD"), ("Сумма, рублей", "RUB"),
        ("Cost, RUR", "RUB"), ("Бюджет, бел. руб.", "BYN"), ("Spend GBP", "GBP"), ("Цена €", "EUR"),
        ("Amount spent (KZT)", "KZT"), ("Сумма, сум", "UZS"), ("Сумма", nil), ("Бюджет", nil), ("Рубрика", nil),
        ("Cost", nil), ("Try again", nil), ("Pen color", nil), ("Clicks", nil), ("", nil), ("Avg. CPC", nil),
    ]

    @Test(arguments: headers)
    func readsCurrencyFromHeaders(header: String, expected: String?) {
        #expect(MoneyNormalizer.currency(fromHeader: header) == expected)
    }

    /// A parsed amount printed plainly parses back to the same value.
    @Test(arguments: amounts)
    func reparsingThePlainAmountIsStable(raw: String, column: String?, amount: String, currency: String?) throws {
        let money = try #require(MoneyNormalizer.parse(raw, currency: column).value)
        let plain = NSDecimalNumber(decimal: money.amount).stringValue
        #expect(MoneyNormalizer.parse(plain, currency: money.currency) == .value(money))
    }
}
