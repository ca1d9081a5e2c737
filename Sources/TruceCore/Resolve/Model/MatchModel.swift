import Foundation

/// A trained Fellegi–Sunter model: per comparison level, m = P(level | same person) and
/// u = P(level | different people), the prior, and term frequencies. Codable so a nightly run
/// reuses it; deterministic for the same records and settings.
public struct MatchModel: Sendable, Equatable, Codable {
    /// m and u of every level of one comparison (index 0, `null`, is unused).
    public struct FieldModel: Sendable, Equatable, Codable {
        public var field: MatchField
        public var levels: [String]
        public var m: [Double]
        public var u: [Double]

        /// log2(m/u) of `level`.
        public func weight(_ level: Int) -> Double {
            level == 0 ? 0 : log2(m[level] / u[level])
        }
    }

    public var version = 1
    /// Probability that two random records are the same person.
    public var prior: Double
    public var fields: [FieldModel]
    /// Term frequencies per comparison (`first_name`, `surname`, `city`: records; `email`,
    /// `phone`: different first names using the value).
    public var frequencies: [String: FrequencyTable]
    /// Records the model was trained on.
    public var trainedRecords: Int
    /// Blocked pairs each EM session saw, by rule, for the run report.
    public var sessionPairs: [String: Int]

    public init(prior: Double, fields: [FieldModel], frequencies: [String: FrequencyTable], trainedRecords: Int,
                sessionPairs: [String: Int] = [:]) {
        self.prior = prior
        self.fields = fields
        self.frequencies = frequencies
        self.trainedRecords = trainedRecords
        self.sessionPairs = sessionPairs
    }

    /// The model of one comparison, if trained.
    public func field(_ field: MatchField) -> FieldModel? {
        fields.first { $0.field == field }
    }
}
