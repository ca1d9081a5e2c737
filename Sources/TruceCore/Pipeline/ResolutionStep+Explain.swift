import Foundation

/// Why `truce explain` could not answer.
public enum ExplainError: Error, Sendable, CustomStringConvertible {
    case unknown(String)
    case notComparable(String, String)

    public var description: String {
        switch self {
        case .unknown(let id):
            "no person record or profile \(id) in the base. Use a profile id (p_…, from the profiles export), a record id (#123) or a record key (source|id:… from a review sheet)."
        case .notComparable(let a, let b):
            "\(a) and \(b) have no person records to compare."
        }
    }
}

extension ResolutionStep {
    /// Every comparison between two records or two profiles (their closest pair of records), scored
    /// with the model a run would use. `first`/`second`: a profile id (`p_…`, redirects followed),
    /// a record id (`123` or `#123`) or a record key (`source|id:…`, as in review sheets).
    public func explain(_ first: String, _ second: String, reader: StoreReader) throws -> MatchExplanation {
        let engine = try engine(reader)
        let explanation: MatchExplanation?
        switch (try reader.explainTarget(first), try reader.explainTarget(second)) {
        case (.record(let a), .record(let b)): explanation = engine.explain(a, b)
        case (.profile(let a), .profile(let b)): explanation = engine.explainProfiles(a, b)
        case (.record(let a), .profile(let p)), (.profile(let p), .record(let a)):
            explanation = try reader.recordIDs(ofProfile: p).filter { $0 != a }.compactMap { engine.explain(a, $0) }
                .max { $0.probability < $1.probability }
        }
        guard let explanation else { throw ExplainError.notComparable(first, second) }
        return explanation
    }
}
