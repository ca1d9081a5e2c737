/// Checks one part's inflated size against the caps as its chunks come out of the inflater.
struct XLSXInflateMeter {
    /// The size the ZIP directory states for the compressed data (at least 1).
    let compressedBytes: Int
    /// The cap for this part (the shared-string table has its own, smaller one).
    let partLimit: Int
    /// Whether this part is the shared-string table (for the message when over the cap).
    let isSharedStrings: Bool
    let budget: XLSXInflateBudget
    private(set) var inflated = 0

    init(compressedBytes: Int, partLimit: Int, isSharedStrings: Bool = false, budget: XLSXInflateBudget) {
        self.compressedBytes = max(compressedBytes, 1)
        self.partLimit = partLimit
        self.isSharedStrings = isSharedStrings
        self.budget = budget
    }

    /// Counts `bytes` more; the problem when a cap is passed.
    mutating func add(_ bytes: Int) -> SpreadsheetProblem? {
        inflated += bytes
        let limits = budget.limits
        if inflated > partLimit {
            return isSharedStrings ? .sharedStringsTooLarge(limit: partLimit) : .partTooLarge(limit: partLimit)
        }
        if inflated > limits.ratioCheckThreshold && inflated / compressedBytes > limits.maxCompressionRatio {
            return .compressionRatioTooHigh(limit: limits.maxCompressionRatio)
        }
        if !budget.charge(bytes) { return .totalTooLarge(limit: limits.maxTotalBytes) }
        return nil
    }
}

/// Thrown from inside an inflate consumer to stop it with a cap's problem.
struct XLSXInflateStop: Error {
    var problem: SpreadsheetProblem?
}
