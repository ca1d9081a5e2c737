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
    /// By bytes (`UTF8Key`): no Unicode normalization per lookup, and each spelling of a name
    /// gets the split of exactly that spelling.
    private var names: [UTF8Key: PersonName] = [:]

    /// `NameNormalizer.split(full)`, from memory when this thread split the same text before.
    func split(_ full: String) -> PersonName {
        let key = UTF8Key(full)
        if let known = names[key] { return known }
        let name = NameNormalizer.split(full)
        if names.count >= Self.capacity { names.removeAll(keepingCapacity: true) }
        names[key] = name
        return name
    }
}
