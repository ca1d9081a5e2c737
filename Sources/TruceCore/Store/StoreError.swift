import Foundation

/// Failures of the unified base. All are fatal for the run: the transaction rolls back.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case database(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the base at \(path): \(reason). Check the `store:` path and its folder's permissions."
        case .database(let path, let reason):
            "the base at \(path) refused a write: \(reason). Nothing from this run was kept."
        }
    }
}
