/// How often values occur, keyed by a stable 64-bit hash so the model holds no customer values.
///
/// Values seen once are not stored: a missing value counts 1. Encodes as parallel sorted arrays
/// so the JSON is the same for the same data.
public struct FrequencyTable: Sendable, Equatable, Codable {
    /// Records (or people) the counts were taken over.
    public var total: Int
    var counts: [UInt64: UInt32]

    init(total: Int, counts: [UInt64: UInt32]) {
        self.total = max(1, total)
        self.counts = counts.filter { $0.value > 1 }
    }

    /// Builds a table from value hashes (0 = absent, skipped).
    init(values: some Sequence<UInt64>, total: Int) {
        var counts: [UInt64: UInt32] = [:]
        for value in values where value != 0 { counts[value, default: 0] += 1 }
        self.init(total: total, counts: counts)
    }

    /// Share of `total` holding the value (at least one).
    func share(_ value: UInt64) -> Double {
        Double(counts[value] ?? 1) / Double(total)
    }

    /// Number of stored values (those seen more than once).
    public var count: Int { counts.count }

    enum CodingKeys: String, CodingKey { case total, values, counts }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        total = try container.decode(Int.self, forKey: .total)
        let values = try container.decode([UInt64].self, forKey: .values)
        let numbers = try container.decode([UInt32].self, forKey: .counts)
        guard values.count == numbers.count else {
            throw DecodingError.dataCorruptedError(forKey: .counts, in: container,
                                                   debugDescription: "values and counts differ in length")
        }
        counts = Dictionary(zip(values, numbers), uniquingKeysWith: max)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let sorted = counts.sorted { $0.key < $1.key }
        try container.encode(total, forKey: .total)
        try container.encode(sorted.map(\.key), forKey: .values)
        try container.encode(sorted.map(\.value), forKey: .counts)
    }
}
