/// A pair a person should look at (`truce review --out`): in the review band, or a match that a
/// conflict kept apart.
public struct ReviewPair: Sendable, Equatable, Codable {
    public var a: Int64
    public var b: Int64
    public var probability: Double
    /// The conflict that kept a likely match apart, if that is why it is here.
    public var heldApartBy: String?
    /// The strongest comparisons for and against, without customer values.
    public var reason: String

    public init(a: Int64, b: Int64, probability: Double, heldApartBy: String?, reason: String) {
        self.a = a
        self.b = b
        self.probability = probability
        self.heldApartBy = heldApartBy
        self.reason = reason
    }
}
