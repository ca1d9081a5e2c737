import Foundation

/// Money received from a customer.
public struct Payment: Sendable, Equatable {
    public var date: Date
    public var amount: Decimal
    public var currency: String?
    public var payer: String?
    public var reference: String?

    public init(date: Date, amount: Decimal) {
        self.date = date
        self.amount = amount
    }
}
