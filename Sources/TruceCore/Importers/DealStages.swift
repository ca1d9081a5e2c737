import Foundation

/// Well-known won and lost stage names of the CRMs Truce reads, for deals without a `won` column.
enum DealStages {
    static let won: Set<String> = [
        "успешно реализовано", "сделка успешна", "успешная сделка", "оплачено", "closed won", "won",
        "closed - won", "deal won", "closedwon",
    ]
    static let lost: Set<String> = [
        "закрыто и не реализовано", "сделка провалена", "проиграна", "closed lost", "lost", "closed - lost",
        "deal lost", "closedlost",
    ]

    static func outcome(stage: String?) -> DealOutcome {
        guard let stage = stage.map({ NormalizerText.lowercased(text: NormalizerText.trimmed($0)) }) else { return .open }
        return outcomes[UTF8Key(stage)] ?? .open
    }

    /// `won` and `lost` by bytes (one lookup per deal row). Byte equality is the set's own
    /// equality here: the names are lower-case ASCII and basic Cyrillic without `й` or `ё`,
    /// which no other spelling of lower-cased text is canonically equivalent to
    /// (`DealStagesTests` keeps it so).
    private static let outcomes: [UTF8Key: DealOutcome] = Dictionary(
        uniqueKeysWithValues: won.map { (UTF8Key($0), .won) } + lost.map { (UTF8Key($0), .lost) })
}
