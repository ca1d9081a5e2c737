import Foundation

/// Names the importer for a file from its column names (the header, a row below title lines,
/// or a row the structural guess took for data), with the names that matched as reasons.
public struct ImporterDetector: Sendable {
    public let definitions: [ImporterDefinition]

    public init(definitions: [ImporterDefinition]) {
        self.definitions = definitions
    }

    /// One importer's best fit among the file's first rows.
    public struct Candidate: Sendable {
        public var kind: String
        public var title: String
        public var match: HeaderSignature.Match

        /// `meta_lead_ads (matched id, created_time; missing form_id)`.
        public var summary: String {
            var text = "\(kind) (matched \(match.matched.isEmpty ? "nothing" : match.matched.prefix(8).joined(separator: ", "))"
            if !match.missing.isEmpty { text += "; missing \(match.missing.joined(separator: ", "))" }
            if !match.excluded.isEmpty { text += "; has \(match.excluded.joined(separator: ", ")), which rules it out" }
            return text + ")"
        }
    }

    /// Every importer's fit, best first: complete matches by specificity, then the closest.
    public struct Detection: Sendable {
        public var file: String
        public var candidates: [Candidate]

        /// The importer to use: the single most specific complete match.
        public var chosen: Candidate? {
            let complete = candidates.filter(\.match.isComplete)
            guard let best = complete.first else { return nil }
            return complete.dropFirst().first?.match.score == best.match.score ? nil : best
        }

        /// Complete matches that tie with the best one.
        public var tied: [Candidate] {
            let complete = candidates.filter(\.match.isComplete)
            guard let best = complete.first else { return [] }
            return complete.filter { $0.match.score == best.match.score }
        }

        /// The nearest incomplete candidates, for "no importer recognises this file".
        public var closest: [Candidate] {
            Array(candidates.filter { !$0.match.isComplete && $0.match.closeness > 0 }.prefix(3))
        }

        /// The chosen kind, or the error that explains why there is none.
        public func kind() throws -> String {
            if let chosen { return chosen.kind }
            let tied = self.tied
            if tied.count > 1 { throw ImportError.ambiguousFormat(file: file, kinds: tied.map(\.kind)) }
            throw ImportError.unknownFormat(file: file, closest: closest.map(\.summary))
        }
    }

    /// Reads the file's first rows as it sniffs, and again with each delimiter a definition
    /// names (a title block can make the sniffer pick another one); each definition is judged
    /// on the better of its readings.
    public func detect(path: String, display: String, options: TableOptions = .init()) throws -> Detection {
        let sniffed: [Row]
        do {
            sniffed = try Self.rows(path, options).map(Row.init)
        } catch let error as ReadError {
            throw ImportError.unreadable(file: display, reason: String(describing: error))
        }
        var byDelimiter: [UInt8: [Row]] = [:]
        if options.csv.delimiter == nil {
            for delimiter in Set(definitions.compactMap(\.delimiter)) {
                var hinted = options
                hinted.csv.delimiter = delimiter
                byDelimiter[delimiter] = (try? Self.rows(path, hinted))?.map(Row.init)
            }
        }
        return Detection(file: display, candidates: rank { definition in
            sniffed + (definition.delimiter.flatMap { byDelimiter[$0] } ?? [])
        })
    }

    /// A row of names with its names `ColumnPattern.folded`: folded once for every definition
    /// it is matched against, not once per definition and pattern.
    struct Row {
        let names: [String]
        let folded: [String]

        init(_ names: [String]) {
            self.names = names
            folded = names.map(ColumnPattern.folded)
        }
    }

    /// The title lines, the header and the first records.
    static func rows(_ path: String, _ options: TableOptions) throws -> [[String]] {
        let reader = try TableReaders.open(path: path, options: options)
        var rows = reader.preamble + [reader.header]
        while rows.count < reader.preamble.count + 1 + SignatureSearch.recordsSearched, let record = try reader.nextRecord() {
            rows.append(record.fields)
        }
        return rows
    }

    /// Each definition's best row, ranked.
    func rank(_ rows: (ImporterDefinition) -> [Row]) -> [Candidate] {
        let candidates = definitions.map { definition -> Candidate in
            let matches = rows(definition).map { definition.signature.match($0.names, folded: $0.folded) }
            let best = matches.max { Self.order($0) < Self.order($1) } ?? definition.signature.match([])
            return Candidate(kind: definition.kind, title: definition.title, match: best)
        }
        return candidates.enumerated().sorted { lhs, rhs in
            let (l, r) = (Self.order(lhs.element.match), Self.order(rhs.element.match))
            return l != r ? l > r : lhs.offset < rhs.offset
        }.map(\.element)
    }

    private static func order(_ match: HeaderSignature.Match) -> OrderKey {
        OrderKey(complete: match.isComplete ? 1 : 0, score: match.isComplete ? match.score : 0,
                 closeness: match.excluded.isEmpty ? match.closeness : 0, matched: match.matched.count)
    }

    private struct OrderKey: Comparable {
        var complete: Int
        var score: Int
        var closeness: Double
        var matched: Int

        static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.complete, lhs.score, lhs.closeness, lhs.matched) < (rhs.complete, rhs.score, rhs.closeness, rhs.matched)
        }
    }
}
