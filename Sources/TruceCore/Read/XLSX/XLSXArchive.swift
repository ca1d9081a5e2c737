import Foundation
import ZIPFoundation

/// The ZIP container of a workbook: its entries checked for duplicates, parts inflated under
/// the caps of `XLSXLimits`, whole (small parts) or streamed (worksheets).
///
/// Part names are compared without a leading `/` and ignoring ASCII case, as OPC requires; two
/// entries that collide that way are refused, since readers would disagree on which one counts.
final class XLSXArchive {
    let path: String
    let budget: XLSXInflateBudget
    private let archive: Archive
    private var entries: [String: Entry] = [:]

    init(path: String, limits: XLSXLimits) throws(ReadError) {
        self.path = path
        budget = XLSXInflateBudget(limits: limits)
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .cannotOpen(path: path, reason: "no such file or not readable")
        }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .spreadsheet(path: path, part: nil, row: nil,
                               problem: .corruptArchive(reason: Self.describe(error)))
        }
        for entry in archive {
            let key = Self.key(entry.path)
            if entries[key] != nil {
                throw .spreadsheet(path: path, part: nil, row: nil, problem: .duplicateEntry(name: entry.path))
            }
            entries[key] = entry
        }
        if entries.isEmpty { throw .spreadsheet(path: path, part: nil, row: nil, problem: .emptyArchive) }
    }

    var limits: XLSXLimits { budget.limits }

    /// Whether a file entry named `name` exists.
    func contains(_ name: String) -> Bool {
        entries[Self.key(name)].map { $0.type == .file } ?? false
    }

    /// The entry's name as stored in the archive.
    func storedName(_ name: String) -> String? { entries[Self.key(name)]?.path }

    /// Inflates the whole part `name` (nil when absent), under `cap` bytes.
    func read(_ name: String, cap: Int) throws(ReadError) -> [UInt8]? {
        guard let entry = entries[Self.key(name)], entry.type == .file else { return nil }
        var meter = XLSXInflateMeter(compressedBytes: Int(clamping: entry.compressedSize),
                                     partLimit: min(cap, limits.maxPartBytes), budget: budget)
        var bytes: [UInt8] = []
        do {
            let crc = try archive.extract(entry, bufferSize: 64 << 10) { data in
                if let problem = meter.add(data.count) { throw XLSXInflateStop(problem: problem) }
                bytes.append(contentsOf: data)
            }
            if crc != entry.checksum { throw XLSXInflateStop(problem: .corruptArchive(reason: "CRC mismatch")) }
        } catch let stop as XLSXInflateStop {
            throw .spreadsheet(path: path, part: entry.path, row: nil,
                               problem: stop.problem ?? .corruptArchive(reason: "cancelled"))
        } catch {
            throw .spreadsheet(path: path, part: entry.path, row: nil,
                               problem: .corruptArchive(reason: Self.describe(error)))
        }
        return bytes
    }

    /// Streams the part `name` on a background thread (nil when absent); `sharedStrings` applies
    /// the shared-string cap instead of the per-part one.
    func stream(_ name: String, sharedStrings: Bool = false) -> XLSXPartStream? {
        guard let entry = entries[Self.key(name)], entry.type == .file else { return nil }
        let meter = XLSXInflateMeter(compressedBytes: Int(clamping: entry.compressedSize),
                                     partLimit: sharedStrings ? limits.maxSharedStringsBytes : limits.maxPartBytes,
                                     isSharedStrings: sharedStrings, budget: budget)
        return XLSXPartStream(path: path, entryPath: entry.path, checksum: entry.checksum, meter: meter)
    }

    /// The lookup key of a part name.
    static func key(_ name: String) -> String {
        var name = Substring(name)
        while name.hasPrefix("/") { name = name.dropFirst() }
        return name.lowercased()
    }

    /// A short reason from a ZIPFoundation error (no file content in it).
    static func describe(_ error: Error) -> String {
        switch error {
        case let archiveError as Archive.ArchiveError:
            switch archiveError {
            case .missingEndOfCentralDirectoryRecord: return "not a ZIP file or cut off (no central directory)"
            case .unreadableArchive: return "unreadable ZIP directory"
            case .invalidCRC32: return "CRC mismatch"
            default: return "invalid ZIP structure (\(archiveError))"
            }
        default: return "compressed data is corrupt (\(error))"
        }
    }
}
