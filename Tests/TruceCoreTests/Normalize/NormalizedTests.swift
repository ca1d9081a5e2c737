import Foundation
import Testing
import TruceCore

@Suite("Normalized")
struct NormalizedTests {
    static let issue = NormalizationIssue(code: "money_syntax", message: "not a number")

    @Test func valueAccessorsReflectTheCase() {
        #expect(Normalized<String>.value("x").value == "x")
        #expect(Normalized<String>.value("x").issue == nil)
        #expect(Normalized<String>.empty.value == nil)
        #expect(Normalized<String>.rejected(Self.issue).issue == Self.issue)
        #expect(Normalized<String>.rejected(Self.issue).value == nil)
    }

    @Test func mapTransformsValuesOnly() {
        #expect(Normalized<String>.value("ab").map(\.count) == .value(2))
        #expect(Normalized<String>.empty.map(\.count) == .empty)
        #expect(Normalized<String>.rejected(Self.issue).map(\.count) == .rejected(Self.issue))
    }

    @Test func issueDescriptionIsCodeThenMessage() {
        #expect(Self.issue.description == "money_syntax: not a number")
    }

    /// Every normalizer reads the shared null markers as blank.
    @Test(arguments: ["", " --", "--", "-", "—", "n/a", "N/A", "null"])
    func everyNormalizerTreatsNullMarkersAsEmpty(raw: String) {
        #expect(EmailNormalizer.normalize(raw) == .empty)
        #expect(PhoneNormalizer(defaultRegion: "RU").normalize(raw) == .empty)
        #expect(PhoneNormalizer(defaultRegion: "RU").normalizeAll(raw).isEmpty)
        #expect(MoneyNormalizer.parse(raw) == .empty)
        #expect(DateNormalizer(timeZone: .gmt).parse(raw) == .empty)
        #expect(DateNormalizer(timeZone: .gmt).parseDay(raw) == .empty)
        #expect(NameNormalizer.split(raw) == PersonName(full: ""))
    }
}
