import Foundation

/// How an importer recognises its files from one row of column names.
///
/// Every `required` group must be matched by some header name (a group lists alternatives, such
/// as the English and Russian spelling). `optional` names make a match more specific; any
/// `excluded` name rules the importer out (it belongs to a look-alike format).
public struct HeaderSignature: Sendable {
    public var required: [[ColumnPattern]]
    public var optional: [ColumnPattern]
    public var excluded: [ColumnPattern]

    public init(required: [[ColumnPattern]], optional: [ColumnPattern] = [], excluded: [ColumnPattern] = []) {
        self.required = required
        self.optional = optional
        self.excluded = excluded
    }

    /// How well one row of names fits.
    public struct Match: Sendable, Equatable {
        /// Header names that satisfied a required group or an optional name, in header order.
        public var matched: [String]
        /// The first spelling of each required group no header name matched.
        public var missing: [String]
        /// Header names that rule the importer out.
        public var excluded: [String]
        public var requiredGroups: Int
        public var optionalMatched: Int

        /// Every required group is matched and nothing excluded is present.
        public var isComplete: Bool { missing.isEmpty && excluded.isEmpty }
        /// Ranks complete matches: more matched names means a more specific importer.
        public var score: Int { requiredGroups * 2 + optionalMatched }
        /// Share of required groups matched, for "closest candidates".
        public var closeness: Double {
            requiredGroups == 0 ? 0 : Double(requiredGroups - missing.count) / Double(requiredGroups)
        }
    }

    public func match(_ row: [String]) -> Match {
        match(row, folded: row.map(ColumnPattern.folded))
    }

    /// `match`, given the row's names also `ColumnPattern.folded`, position for position.
    func match(_ row: [String], folded: [String]) -> Match {
        var used = Set<Int>()
        var missing: [String] = []
        for group in required {
            let hits = ColumnPattern.indices(of: group, inFolded: folded)
            if hits.isEmpty { missing.append(group.first?.text ?? "?") }
            used.formUnion(hits)
        }
        let optionalHits = ColumnPattern.indices(of: optional, inFolded: folded).filter { !used.contains($0) }
        used.formUnion(optionalHits)
        let excludedHits = ColumnPattern.indices(of: excluded, inFolded: folded)
        return Match(matched: used.sorted().map { CSVHeaderName.trimmed(row[$0]) }, missing: missing,
                     excluded: excludedHits.sorted().map { CSVHeaderName.trimmed(row[$0]) },
                     requiredGroups: required.count, optionalMatched: optionalHits.count)
    }
}
