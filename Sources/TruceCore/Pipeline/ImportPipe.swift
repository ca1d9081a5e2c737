import Foundation

/// A bounded queue from the thread that reads and maps a file to the thread that stores it.
///
/// Events travel in batches (one lock round per batch, not per row) and in file order, each row
/// with its stored form (raw JSON and content hash), worked out on both cores before the batch
/// is queued so the storing thread only writes. The reader waits while `capacity` batches are
/// queued, so memory stays flat however large the file; the store cancels the pipe when it
/// fails, and the reader's next send then throws.
///
/// A batch the storing thread is done with comes back to the reading side to be freed: the
/// pipe keeps the batch it last handed out, retires it on the following `next()`, and the
/// reader drops the retired batches outside the lock. Releasing a batch's strings cost the
/// storing thread, the slower one, about a seventh of its time.
final class ImportPipe: @unchecked Sendable {
    struct Cancelled: Error {}

    /// Events in file order and, for each row among them, the form the store keeps of it (nil
    /// for other events). Two arrays, so a batch changes hands without copying its rows.
    struct Batch {
        let events: [ImportEvent]
        let forms: [StoredForm?]
    }

    private let condition = NSCondition()
    private let batchSize: Int
    private let capacity: Int
    private var queued: [Batch] = []
    private var outcome: Result<FileReadInfo, Error>?
    private var cancelled = false
    /// Filled by the reading thread only; handed over whole.
    private var filling: [ImportEvent] = []
    /// The batch `next()` returned last: the storing thread works on it until it asks again.
    private var handedOut: Batch?
    /// Batches the storing thread is done with, freed by the reader (see `dropRetired`).
    private var retired: [Batch] = []

    init(batchSize: Int = 256, capacity: Int = 16) {
        self.batchSize = batchSize
        self.capacity = capacity
        filling.reserveCapacity(batchSize)
    }

    /// Reads a file on a new thread; its events arrive through `next()`.
    static func reading(_ importer: any Importer, path: String, displayPath: String) -> ImportPipe {
        let pipe = ImportPipe()
        let thread = Thread {
            let outcome = Result {
                try importer.read(path: path, displayPath: displayPath) { try pipe.send($0) }
            }
            pipe.finish(outcome)
        }
        thread.stackSize = 8 << 20
        thread.start()
        return pipe
    }

    /// Reading side: queues one event, waiting while the queue is full.
    func send(_ event: consuming ImportEvent) throws {
        filling.append(event)
        if filling.count >= batchSize { try flush() }
    }

    private func flush() throws {
        let batch = Batch(events: filling, forms: Self.forms(filling))
        filling = []
        filling.reserveCapacity(batchSize)
        condition.lock()
        defer { condition.unlock() }
        while queued.count >= capacity && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        queued.append(batch)
        condition.broadcast()
        dropRetired()
    }

    /// Frees the batches the storing thread gave back, on this (the reading) thread. Called
    /// with the lock held: it takes the list, and lets go of the lock while the rows are freed.
    private func dropRetired() {
        guard !retired.isEmpty else { return }
        var done: [Batch] = []
        swap(&done, &retired)
        condition.unlock()
        done.removeAll()
        condition.lock()
    }

    /// The stored form of each row among `events`, computed on all cores (`Parallel.map`).
    private static func forms(_ events: [ImportEvent]) -> [StoredForm?] {
        Parallel.map(events.count, minimumChunk: 64) { index in
            guard case .row(let row) = events[index] else { return nil }
            return StoredForm(row)
        }
    }

    private func finish(_ result: Result<FileReadInfo, Error>) {
        if case .success = result, !filling.isEmpty { try? flush() }
        condition.lock()
        outcome = result
        condition.broadcast()
        condition.unlock()
    }

    /// Storing side: the next batch in file order, or nil once the file is read. The batch
    /// returned before is done with: the pipe gives it back to the reader to free.
    func next() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        if let done = handedOut.take(), outcome == nil { retired.append(done) }
        while queued.isEmpty && outcome == nil { condition.wait() }
        guard !queued.isEmpty else { return nil }
        condition.broadcast()
        let batch = queued.removeFirst()
        handedOut = batch
        return batch
    }

    /// Storing side, after `next()` returned nil: what reading the file came to.
    func result() throws -> FileReadInfo {
        condition.lock()
        defer { condition.unlock() }
        guard let outcome else { throw Cancelled() }
        return try outcome.get()
    }

    /// Storing side, on failure: stops the reader and waits until it has let go of the file.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
        while outcome == nil { condition.wait() }
    }
}
