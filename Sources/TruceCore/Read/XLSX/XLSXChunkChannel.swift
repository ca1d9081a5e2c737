import Foundation

/// A bounded hand-over of chunks from one producer thread to one consumer.
final class XLSXChunkChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private let depth: Int
    private var chunks: [[UInt8]] = []
    private var head = 0
    private var finished = false
    private var failure: ReadError?
    private var cancelled = false

    init(depth: Int) { self.depth = depth }

    /// Queues a chunk, waiting while the queue is full; false when the consumer has gone.
    func put(_ chunk: [UInt8]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count - head >= depth && !cancelled { condition.wait() }
        if cancelled { return false }
        chunks.append(chunk)
        condition.broadcast()
        return true
    }

    /// Ends the stream, with an error or (nil) normally.
    func finish(_ error: ReadError?) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// The next chunk, nil at the end; rethrows the producer's error.
    func take() throws(ReadError) -> [UInt8]? {
        condition.lock()
        defer { condition.unlock() }
        while head == chunks.count && !finished { condition.wait() }
        if head < chunks.count {
            let chunk = chunks[head]
            chunks[head] = []
            head += 1
            if head > 64 {
                chunks.removeFirst(head)
                head = 0
            }
            condition.broadcast()
            return chunk
        }
        if let failure { throw failure }
        return nil
    }

    /// Tells the producer to stop.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
