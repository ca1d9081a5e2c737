/// A few ASCII words, looked up by their bytes: a length check rules out nearly every address
/// part before any byte is compared.
struct ASCIIWords: Sendable {
    private let words: [[UInt8]]

    init(_ words: Set<String>) {
        self.words = words.map { Array($0.utf8) }
    }

    func contains(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let count = bytes.count
        return words.contains { $0.count == count && $0.elementsEqual(bytes) }
    }
}
