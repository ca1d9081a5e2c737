import Testing
@testable import TruceCore

@Suite struct DealStagesTests {
    /// Stage names are looked up by bytes; that equals `String` equality only while every name
    /// is lower-case ASCII or basic Cyrillic without letters that decompose (`й`, `ё`).
    @Test func stageNamesHaveOneSpelling() {
        for name in DealStages.won.union(DealStages.lost) {
            #expect(name.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) && !("A"..."Z").contains($0)
                || ((0x430...0x44F).contains($0.value) && $0 != "й") }, "\(name)")
        }
    }

    @Test(arguments: [("Успешно реализовано", DealOutcome.won), (" Closed Won ", .won), ("СДЕЛКА ПРОВАЛЕНА", .lost),
                      ("closed - lost", .lost), ("Первичный контакт", .open), ("", .open)])
    func readsOutcomes(stage: String, outcome: DealOutcome) {
        #expect(DealStages.outcome(stage: stage) == outcome)
        #expect(DealStages.outcome(stage: nil) == .open)
    }
}
