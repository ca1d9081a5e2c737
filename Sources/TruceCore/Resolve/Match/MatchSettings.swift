/// How identity resolution behaves: the `resolution:` block of a pipeline.
///
/// Every key is optional; the defaults suit typical marketing and sales data and need no tuning.
///
/// ```yaml
/// resolution:
///   match_threshold: 0.95        # match probability at which two records are one person
///   review_threshold: 0.6        # pairs from here up to match_threshold go to `truce review`
///   fields: [first_name, surname, middle_name, email, phone, city, birth_date]
///   blocking: [phone, email, email_local, name, name_part+birth_date]
///   conflicts: [first_name, middle_name]   # clear disagreement here keeps records apart
///   name_only_links: false      # names alone (no shared email/phone/birth date) only reach review
///   max_block_size: 300          # keys shared by more records are not blocking keys
///   max_name_block_size: 40      # the same for rules of name parts only
///   shared_identifier_names: 5   # a phone/email used by this many different first names joins nobody
///   em_iterations: 30
///   u_sample_pairs: 1000000      # random pairs for u probabilities
///   em_sample_pairs: 300000      # blocked pairs per EM session
///   training_blocking: [phone, email, name, name_part+birth_date]
/// ```
public struct MatchSettings: Sendable, Equatable, Codable {
    /// Match probability at or above which a pair links (0…1, default 0.95).
    public var matchThreshold: Double = 0.95
    /// Lower bound of the review band (default 0.6).
    public var reviewThreshold: Double = 0.6
    /// Comparisons used (default: all).
    public var fields: [MatchField] = MatchField.allCases
    /// Blocking rules that generate candidate pairs.
    public var blocking: [BlockingRule] = [.phone, .email, .emailLocal, .name, .namePartBirthDate]
    /// Comparisons whose `different` level marks two records as clearly different people:
    /// clustering never puts such records in one profile unless a must-link says so.
    public var conflicts: [MatchField] = [.firstName, .middleName]
    /// Keys shared by more records than this do not generate pairs (default 300).
    public var maxBlockSize: Int = 300
    /// The same for rules made only of name parts (default 40): a name shared by more records is
    /// common, its pairs are mostly namesakes, and names alone never link them anyway.
    public var maxNameBlockSize: Int = 40
    /// Whether names alone (no shared email, phone or birth date) may link records; by default
    /// such pairs go to review instead, as namesakes are common.
    public var nameOnlyLinks = false
    /// A phone or email used under this many different first names is a switchboard: it neither
    /// blocks nor counts as agreement (default 5).
    public var sharedIdentifierNames: Int = 5
    /// Maximum EM iterations per training session (default 30).
    public var emIterations: Int = 30
    /// Random record pairs sampled to estimate u probabilities (default 1,000,000).
    public var uSamplePairs: Int = 1_000_000
    /// Blocked pairs sampled per EM session (default 300,000).
    public var emSamplePairs: Int = 300_000
    /// One EM session per rule; each estimates m for the comparisons its rule does not imply.
    public var trainingBlocking: [BlockingRule] = [.phone, .email, .name, .namePartBirthDate]

    public init() {}

    /// The largest block `rule` may make.
    func blockLimit(_ rule: BlockingRule) -> Int {
        rule.parts.allSatisfy(\.isNamePart) ? maxNameBlockSize : maxBlockSize
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case matchThreshold = "match_threshold"
        case reviewThreshold = "review_threshold"
        case fields, blocking, conflicts
        case nameOnlyLinks = "name_only_links"
        case maxBlockSize = "max_block_size"
        case maxNameBlockSize = "max_name_block_size"
        case sharedIdentifierNames = "shared_identifier_names"
        case emIterations = "em_iterations"
        case uSamplePairs = "u_sample_pairs"
        case emSamplePairs = "em_sample_pairs"
        case trainingBlocking = "training_blocking"
    }

    /// The YAML keys of the `resolution:` block.
    public static let keys: [String] = CodingKeys.allCases.map(\.rawValue)

    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = MatchSettings()
        matchThreshold = try values.decodeIfPresent(Double.self, forKey: .matchThreshold) ?? defaults.matchThreshold
        reviewThreshold = try values.decodeIfPresent(Double.self, forKey: .reviewThreshold) ?? defaults.reviewThreshold
        fields = try values.decodeIfPresent([MatchField].self, forKey: .fields) ?? defaults.fields
        blocking = try values.decodeIfPresent([BlockingRule].self, forKey: .blocking) ?? defaults.blocking
        conflicts = try values.decodeIfPresent([MatchField].self, forKey: .conflicts) ?? defaults.conflicts
        nameOnlyLinks = try values.decodeIfPresent(Bool.self, forKey: .nameOnlyLinks) ?? defaults.nameOnlyLinks
        maxBlockSize = try values.decodeIfPresent(Int.self, forKey: .maxBlockSize) ?? defaults.maxBlockSize
        maxNameBlockSize = try values.decodeIfPresent(Int.self, forKey: .maxNameBlockSize) ?? defaults.maxNameBlockSize
        sharedIdentifierNames = try values.decodeIfPresent(Int.self, forKey: .sharedIdentifierNames)
            ?? defaults.sharedIdentifierNames
        emIterations = try values.decodeIfPresent(Int.self, forKey: .emIterations) ?? defaults.emIterations
        uSamplePairs = try values.decodeIfPresent(Int.self, forKey: .uSamplePairs) ?? defaults.uSamplePairs
        emSamplePairs = try values.decodeIfPresent(Int.self, forKey: .emSamplePairs) ?? defaults.emSamplePairs
        trainingBlocking = try values.decodeIfPresent([BlockingRule].self, forKey: .trainingBlocking)
            ?? defaults.trainingBlocking
    }

    /// Every problem with the values, each as `key: what is wrong` (empty when valid).
    public func problems() -> [String] {
        var problems: [String] = []
        if !(0 < matchThreshold && matchThreshold < 1) { problems.append("match_threshold: must be between 0 and 1") }
        if !(0 < reviewThreshold && reviewThreshold <= matchThreshold) {
            problems.append("review_threshold: must be above 0 and at most match_threshold")
        }
        if fields.isEmpty { problems.append("fields: list at least one comparison") }
        if blocking.isEmpty { problems.append("blocking: list at least one rule") }
        if maxBlockSize < 2 { problems.append("max_block_size: must be at least 2") }
        if maxNameBlockSize < 2 { problems.append("max_name_block_size: must be at least 2") }
        if sharedIdentifierNames < 2 { problems.append("shared_identifier_names: must be at least 2") }
        if emIterations < 1 { problems.append("em_iterations: must be at least 1") }
        if uSamplePairs < 1000 { problems.append("u_sample_pairs: must be at least 1000") }
        if emSamplePairs < 1000 { problems.append("em_sample_pairs: must be at least 1000") }
        return problems
    }
}
