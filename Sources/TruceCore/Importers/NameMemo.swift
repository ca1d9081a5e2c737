/// Full names one mapping thread has already split in this file, with their split.
///
/// Exports repeat names (the same lead twice, common first and last names), and splitting one
/// is the dearest step of mapping a person. `NameNormalizer.split` is pure, so a remembered
/// split is the split: the memo changes speed, never output. It is bounded: once full it starts
/// over, so memory stays flat on any file.
///
/// A class shared by reference, but one thread at a time: `MappingBatch` gives each of its
/// parallel parts its own memo.
final class NameMemo: @unchecked Sendable {
    static let capacity = 16_384
    private var names: [Key: PersonName] = [:]

    /// `NameNormalizer.split(full)`, from memory when this thread split the same text before.
    func split(_ full: String) -> PersonName {
        let key = Key(text: full)
        if let known = names[key] { return known }
        let name = NameNormalizer.split(full)
        if names.count >= Self.capacity { names.removeAll(keepingCapacity: true) }
        names[key] = name
        return name
    }

    /// A name by its UTF-8 bytes. `String` hashes and compares canonically equivalent text as
    /// equal, which walks Unicode normalization data for every Cyrillic name; equal bytes are
    /// the very same text, so the remembered split is exactly the one `split` would give.
    private struct Key: Hashable {
        let text: String

        static func == (lhs: Key, rhs: Key) -> Bool {
            var left = lhs.text
            var right = rhs.text
            return left.withUTF8 { a in right.withUTF8 { b in a.elementsEqual(b) } }
        }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}
