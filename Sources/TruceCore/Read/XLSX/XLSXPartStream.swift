import Foundation
import ZIPFoundation

/// One part inflated on a background thread and handed over chunk by chunk, so a huge worksheet
/// is never whole in memory: ZIPFoundation's `extract(_:consumer:)` pushes chunks, the reader
/// pulls them, and a queue of at most `depth` chunks of 256 KiB sits between the two (inflating
/// then overlaps parsing on a second core).
///
/// The thread opens its own `Archive` (a ZIPFoundation archive is not shareable between
/// threads). Dropping the stream cancels the thread at its next chunk.
final class XLSXPartStream: XMLChunkSource {
    static let chunkBytes = 256 << 10
    static let depth = 4
    private let channel = XLSXChunkChannel(depth: XLSXPartStream.depth)

    init(path: String, entryPath: String, checksum: CRC32, meter: XLSXInflateMeter) {
        let channel = self.channel
        let thread = Thread {
            Self.produce(path: path, entryPath: entryPath, checksum: checksum, meter: meter, into: channel)
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    deinit { channel.cancel() }

    func nextChunk() throws(ReadError) -> [UInt8]? { try channel.take() }

    /// Runs on the background thread: inflates the entry into the channel, then closes it.
    private static func produce(path: String, entryPath: String, checksum: CRC32, meter: XLSXInflateMeter,
                                into channel: XLSXChunkChannel) {
        func fail(_ problem: SpreadsheetProblem) -> ReadError {
            .spreadsheet(path: path, part: entryPath, row: nil, problem: problem)
        }
        do {
            let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
            guard let entry = archive[entryPath] else { throw XLSXInflateStop(problem: .missingPart(role: "worksheet")) }
            var meter = meter
            let crc = try archive.extract(entry, bufferSize: chunkBytes) { data in
                if let problem = meter.add(data.count) { throw XLSXInflateStop(problem: problem) }
                if !channel.put([UInt8](data)) { throw XLSXInflateStop(problem: nil) }
            }
            if crc != checksum { throw XLSXInflateStop(problem: .corruptArchive(reason: "CRC mismatch")) }
            channel.finish(nil)
        } catch let stop as XLSXInflateStop {
            channel.finish(stop.problem.map(fail))
        } catch {
            channel.finish(fail(.corruptArchive(reason: XLSXArchive.describe(error))))
        }
    }
}
