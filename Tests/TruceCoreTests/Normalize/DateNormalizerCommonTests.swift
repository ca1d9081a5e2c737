import Foundation
import Testing
@testable import TruceCore

/// The byte-level reader of common layouts must read exactly what the general detection reads,
/// and leave everything else to it.
@Suite("DateNormalizer common layouts")
struct DateNormalizerCommonTests {
    @Test(arguments: [
        "2026-09-01", "2026-09-01T00:00:00+03:00", "2026-08-31T11:18:23+05:30", "2026-05-19T15:15:37-0400",
        "2026-05-19T15:15:37Z", "2026-05-19 15:15:37", "2026-05-19 15:15", "2026-05-19T15:15", "01.09.2026",
        "01.09.2026 00:00:00", "07.10.2026 12:00", "31.12.2026T23:59:59+03:00", "2026-13-45", "32.01.2026 10:00:00",
        "2026-05-19T24:61:00", "2026-05-19T15:15:37+15:00",
    ])
    func readsWhatDetectionReads(cell: String) throws {
        let fast = try #require(DateNormalizer.commonFields(cell))
        #expect(DateNormalizer.detectedFields(cell) == .value(fast))
    }

    @Test(arguments: [
        "2026-5-9", "1.09.2026", "2026-05-19T15:15:37.250Z", "2026-05-19 15:15:37 UTC", "2026-05-19 15:15:37 +0300",
        "2026-05-19T15:15:37+03", "2026-05-19T15:15:37z", "01/09/2026", "2026-05-19T5:15", "2026-05-19T15:15:3",
        "20260-05-19", "2026-05-19T15:15:37+03:00 ", "2026-05-19x", "01.09.20261", "１２.09.2026",
        "2026-05-19T15:15:37+03:75",
    ])
    func leavesOtherShapesToDetection(cell: String) {
        #expect(DateNormalizer.commonFields(cell) == nil)
    }
}
