import Dispatch

extension Parallel {
    /// `(0..<count).map { transform(part, $0) }` computed in `parts` contiguous parts at once,
    /// each part by one thread in index order, results written in place (never copied).
    ///
    /// For work that keeps per-thread state (a cache only one thread may touch): `part` says
    /// which state to use, and no two threads ever share a part.
    static func map<T>(_ count: Int, parts: Int, _ transform: (_ part: Int, _ index: Int) -> T) -> [T] {
        let parts = max(1, min(parts, count))
        if parts == 1 { return (0..<count).map { transform(0, $0) } }
        return withoutActuallyEscaping(transform) { transform in
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                guard let base = buffer.baseAddress else { return }
                let shared = Unchecked((base, transform))
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    let (base, transform) = shared.value
                    for index in bounds(part, of: parts, count: count) { (base + index).initialize(to: transform(part, index)) }
                }
                initialized = count
            }
        }
    }
}
