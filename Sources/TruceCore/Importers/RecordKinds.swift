/// The kinds of records a row produces, as one bit per kind.
///
/// The mapper asks which kinds a row produces six times per row; hashing a `RecordKind` into a
/// `Set` for each question cost more than assembling a touchpoint.
struct RecordKinds: Sendable, Equatable {
    private var bits: UInt8 = 0

    init(_ kinds: some Sequence<RecordKind>) {
        for kind in kinds { insert(kind) }
    }

    func contains(_ kind: RecordKind) -> Bool { bits & Self.bit(kind) != 0 }

    mutating func insert(_ kind: RecordKind) { bits |= Self.bit(kind) }

    mutating func remove(_ kind: RecordKind) { bits &= ~Self.bit(kind) }

    private static func bit(_ kind: RecordKind) -> UInt8 { 1 << UInt8(kind.order) }
}
