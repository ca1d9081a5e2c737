import Foundation

/// The binary form of a `MatchState` for the base to keep as a blob.
///
/// Layout (host byte order, checked on reading): the magic `TRUCEMS1`, format version (UInt32),
/// a byte-order mark (UInt32), the settings fingerprint and the counts of records, keys, contacts,
/// shared values and pairs (UInt64 each), then the arrays back to back. Reading is a few memory copies:
/// about 0.1 s for a million records.
extension MatchState {
    /// Why stored bytes are not a usable state. Either way: drop the blob and run without a state
    /// (the run prepares every record and returns a new state).
    public enum DecodingError: Error, Equatable, CustomStringConvertible {
        /// The bytes are not a Truce match state, or are cut short.
        case notAState
        /// Written by another version of Truce, or on a machine of other byte order.
        case unsupportedVersion(UInt32)

        public var description: String {
            switch self {
            case .notAState: return "stored match state is damaged; run without it to rebuild it"
            case .unsupportedVersion(let version):
                return "stored match state has format \(version), this Truce reads \(MatchState.formatVersion); "
                    + "run without it to rebuild it"
            }
        }
    }

    private static let magic = Array("TRUCEMS1".utf8)
    private static let byteOrderMark: UInt32 = 0x0102_0304

    /// The state as bytes to persist.
    public func serialized() -> Data {
        var data = Data(Self.magic)
        // One allocation: growing tens of megabytes step by step copies them several times.
        data.reserveCapacity(Self.magic.count + 8 + 48 + ids.count * 17 + keys.count * 12 + contactValues.count * 12
                             + sharedValues.count * 8 + edgeA.count * 17)
        Self.append([Self.formatVersion, Self.byteOrderMark], to: &data)
        Self.append([fingerprint, UInt64(ids.count), UInt64(keys.count), UInt64(contactValues.count),
                     UInt64(sharedValues.count), UInt64(edgeA.count)], to: &data)
        Self.append(ids, to: &data)
        Self.append(persons, to: &data)
        Self.append(identifies, to: &data)
        Self.append(keys, to: &data)
        Self.append(keyRecords, to: &data)
        Self.append(contactValues, to: &data)
        Self.append(contactRecords, to: &data)
        Self.append(sharedValues, to: &data)
        Self.append(edgeA, to: &data)
        Self.append(edgeB, to: &data)
        Self.append(edgeWeights, to: &data)
        Self.append(edgeMayLink, to: &data)
        return data
    }

    /// Reads a state written by `serialized()`.
    public init(serialized data: Data) throws {
        var reader = Reader(data: data)
        guard reader.bytes(Self.magic.count) == Self.magic else { throw DecodingError.notAState }
        let header: [UInt32] = try reader.array(2)
        guard header[0] == Self.formatVersion, header[1] == Self.byteOrderMark else {
            throw DecodingError.unsupportedVersion(header[0] == Self.formatVersion ? 0 : header[0])
        }
        let counts: [UInt64] = try reader.array(6)
        let (n, k, c, s, e) = (Int(counts[1]), Int(counts[2]), Int(counts[3]), Int(counts[4]), Int(counts[5]))
        let ids: [Int64] = try reader.array(n), persons: [UInt64] = try reader.array(n)
        let flags: [UInt8] = try reader.array(n)
        let keys: [UInt64] = try reader.array(k), keyRecords: [UInt32] = try reader.array(k)
        let contactValues: [UInt64] = try reader.array(c), contactRecords: [UInt32] = try reader.array(c)
        let sharedValues: [UInt64] = try reader.array(s)
        var edges = EdgeColumns(capacity: 0)
        (edges.a, edges.b) = (try reader.array(e), try reader.array(e))
        edges.weights = try reader.array(e)
        let mayLink: [UInt8] = try reader.array(e)
        edges.mayLink = mayLink.map { $0 != 0 }
        self.init(fingerprint: counts[0], ids: ids, persons: persons, identifies: flags.map { $0 != 0 }, keys: keys,
                  keyRecords: keyRecords, contactValues: contactValues, contactRecords: contactRecords,
                  sharedValues: sharedValues, edges: edges)
    }

    /// Appends the bytes of `values` (a `Bool` is one byte, 0 or 1; a `Double` its bit pattern).
    private static func append<T: BitwiseCopyable>(_ values: [T], to data: inout Data) {
        values.withUnsafeBytes { data.append(contentsOf: $0) }
    }

    /// Reads arrays of fixed-width integers from the front of `data`.
    private struct Reader {
        let data: Data
        var offset = 0

        mutating func bytes(_ count: Int) -> [UInt8]? {
            guard count <= data.count - offset else { return nil }
            defer { offset += count }
            return [UInt8](data[(data.startIndex + offset)..<(data.startIndex + offset + count)])
        }

        /// Integers or doubles (any bit pattern is one); never `Bool`, whose stray bytes would be invalid.
        mutating func array<T: BitwiseCopyable>(_ count: Int) throws -> [T] {
            let size = count * MemoryLayout<T>.stride
            guard count >= 0, size <= data.count - offset else { throw DecodingError.notAState }
            let start = data.startIndex + offset
            offset += size
            return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                data.copyBytes(to: UnsafeMutableRawBufferPointer(buffer), from: start..<(start + size))
                initialized = count
            }
        }
    }
}
