/// What one worker has already computed, by key: a fixed table where each slot holds the last key
/// that hashed to it and its value. A lookup is one probe; a miss computes and overwrites.
///
/// Not shared between threads; each parallel part makes its own. Keys and values must be plain
/// values (numbers and structs of numbers): slots are overwritten without being deinitialized.
final class DirectMappedMemo<Key: Equatable, Value> {
    private let mask: Int
    private let keys: UnsafeMutablePointer<Key>
    private let values: UnsafeMutablePointer<Value>
    private let filled: UnsafeMutablePointer<Bool>

    /// A memo of `slots` slots, a power of two.
    init(slots: Int) {
        precondition(slots > 0 && slots & (slots - 1) == 0, "slot count must be a power of two")
        mask = slots - 1
        keys = .allocate(capacity: slots)
        values = .allocate(capacity: slots)
        filled = .allocate(capacity: slots)
        filled.initialize(repeating: false, count: slots)
    }

    deinit {
        keys.deallocate()
        values.deallocate()
        filled.deallocate()
    }

    /// The value of `key` (whose well-mixed hash is `hash`): remembered, or `compute()` remembered.
    @inline(__always)
    func value(_ key: Key, hash: UInt64, _ compute: () -> Value) -> Value {
        let slot = Int(truncatingIfNeeded: hash) & mask
        if filled[slot] && keys[slot] == key { return values[slot] }
        let value = compute()
        (keys + slot).initialize(to: key)
        (values + slot).initialize(to: value)
        filled[slot] = true
        return value
    }
}
