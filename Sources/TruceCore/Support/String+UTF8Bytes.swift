extension String {
    /// Calls `body` with the string's UTF-8 bytes: in place for a native string (nearly every
    /// one), from a copy otherwise. On the per-row and per-pair paths, stepping through `utf8`
    /// byte by byte costs far more per byte, and `withUTF8` wants a mutable copy of the string.
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
