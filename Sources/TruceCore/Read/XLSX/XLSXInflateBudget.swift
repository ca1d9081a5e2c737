import Foundation

/// Inflated bytes over all parts of one workbook, shared with the thread that streams a sheet.
final class XLSXInflateBudget: @unchecked Sendable {
    let limits: XLSXLimits
    private let lock = NSLock()
    private var total = 0

    init(limits: XLSXLimits) { self.limits = limits }

    /// Adds `bytes`; false once the total passes `maxTotalBytes`.
    func charge(_ bytes: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        total += bytes
        return total <= limits.maxTotalBytes
    }
}
