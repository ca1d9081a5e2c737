import Foundation

/// An amount of money with its ISO 4217 currency when known.
public struct Money: Sendable, Equatable {
    /// Exact decimal amount; negative for refunds and credits.
    public var amount: Decimal
    /// ISO 4217 code (`"RUB"`, `"USD"`), or `nil` when neither the cell nor its column says.
    public var currency: String?

    /// Creates an amount with an optional currency.
    public init(amount: Decimal, currency: String? = nil) {
        self.amount = amount
        self.currency = currency
    }
}
