import Dispatch

/// Data-parallel helpers over all cores; results never depend on how work is split.
enum Parallel {
    /// Number of chunks work is cut into (several per core, so uneven chunks balance out).
    static let defaultChunks = 64

    /// `(0..<count).map(transform)` computed in parallel chunks.
    static func map<T>(_ count: Int, minimumChunk: Int = 2048, _ transform: (Int) -> T) -> [T] {
        if count < minimumChunk * 2 { return (0..<count).map(transform) }
        return map(count, parts: min(defaultChunks, max(1, count / minimumChunk))) { _, index in transform(index) }
    }

    /// Runs `body` on `chunks` parts of `0..<count` in parallel and returns each part's result in order.
    static func chunked<T>(_ count: Int, chunks: Int = defaultChunks, _ body: (Range<Int>) -> T) -> [T] {
        let parts = max(1, min(chunks, count))
        if parts == 1 { return [body(0..<count)] }
        return withoutActuallyEscaping(body) { body in
            let results = [T?](unsafeUninitializedCapacity: parts) { buffer, initialized in
                guard let base = buffer.baseAddress else { return }
                base.initialize(repeating: nil, count: parts)
                initialized = parts
                let shared = Unchecked((base, body))
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    let (base, body) = shared.value
                    base[part] = body(bounds(part, of: parts, count: count))
                }
            }
            return results.compactMap { $0 }
        }
    }

    /// The `part`-th of `parts` near-equal ranges of `0..<count`.
    static func bounds(_ part: Int, of parts: Int, count: Int) -> Range<Int> {
        (count * part / parts)..<(count * (part + 1) / parts)
    }
}
