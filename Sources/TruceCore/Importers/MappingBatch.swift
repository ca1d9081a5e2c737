/// A run of a file's records waiting to be mapped, so mapping (most of an import's work) can use
/// both cores while events still leave in file order.
///
/// Records are added in file order, either already decided (dropped) or to be mapped; `drain`
/// maps the waiting records in two parts at once, then hands every event on in the order the
/// records came.
struct MappingBatch {
    private enum Entry {
        case dropped(SourceRecordRef, DropReason)
        /// Position in `records`.
        case mapped(Int)
    }

    let capacity: Int
    /// One per parallel part: a memo is only ever used by the thread mapping its part.
    private let names = [NameMemo(), NameMemo()]
    private var entries: [Entry] = []
    private var records: [(record: CSVRecord, ref: SourceRecordRef)] = []

    init(capacity: Int = 512) {
        self.capacity = capacity
        entries.reserveCapacity(capacity)
        records.reserveCapacity(capacity)
    }

    var isFull: Bool { entries.count >= capacity }

    mutating func drop(_ ref: SourceRecordRef, _ reason: DropReason) {
        entries.append(.dropped(ref, reason))
    }

    mutating func map(_ record: CSVRecord, _ ref: SourceRecordRef) {
        entries.append(.mapped(records.count))
        records.append((record, ref))
    }

    /// Maps the waiting records and emits every entry in order; a dropped record ends the
    /// collapser's pending record, as it would one by one.
    mutating func drain(_ mapper: RowMapper, into collapser: inout RecordCollapser,
                        emit: (consuming ImportEvent) throws -> Void) throws {
        // Mapped in place; each event is then taken out of its slot (moved, never copied).
        var events = mapper.map(records, names: names)
        for entry in entries {
            switch entry {
            case .dropped(let ref, let reason):
                try collapser.flush(emit)
                try emit(.dropped(ref, reason))
            case .mapped(let index):
                guard let event = events[index].take() else { preconditionFailure("one event per mapped record") }
                try collapser.add(event, fields: records[index].record.fields, emit: emit)
            }
        }
        entries.removeAll(keepingCapacity: true)
        records.removeAll(keepingCapacity: true)
    }
}

extension RowMapper {
    /// Maps records in `names.count` parts at once (`Parallel`), each part with its own memo,
    /// returning the events in record order. Small runs stay on this thread: a hand-off costs
    /// more than they do.
    func map(_ records: [(record: CSVRecord, ref: SourceRecordRef)], names: [NameMemo]) -> [ImportEvent?] {
        let parts = records.count >= 128 ? names.count : 1
        return Parallel.map(records.count, parts: parts) { part, index in
            map(records[index].record, ref: records[index].ref, names: names[part])
        }
    }
}
