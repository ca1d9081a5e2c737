import Foundation
import Testing
@testable import TruceCore

/// Stored spellings written byte by byte must match their plain definitions.
@Suite struct TextWritingTests {
    @Test(arguments: [-2_208_988_800.0, -1.5, 0, 59.9, 86_399, 951_782_400, 1_788_220_800, 253_402_300_799])
    func isoMatchesFormatter(seconds: Double) {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let date = Date(timeIntervalSince1970: seconds.rounded(.down))
        #expect(Timestamp.iso(Date(timeIntervalSince1970: seconds)) == formatter.string(from: date))
    }

    @Test(arguments: [[], [""], ["a"], ["user@mail.ru", "Иван \"Ваня\"", "tab\there", "back\\slash", "\u{1}ctl"]])
    func arrayMatchesQuotedJoin(items: [String]) {
        #expect(JSONText.array(items) == "[" + items.map(JSONText.quote).joined(separator: ",") + "]")
    }
}
