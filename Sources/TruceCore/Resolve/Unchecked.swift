/// Hands values to `concurrentPerform` workers that each touch disjoint memory.
struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
