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
        if won.contains(stage) { return .won }
        if lost.contains(stage) { return .lost }
        return .open
    }
}
