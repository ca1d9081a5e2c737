/// Probabilistic identity resolution over one set of records: prepares them once, then
/// resolves (full or incremental) and explains pairs. Pure: no I/O, no clock.
///
/// ```swift
/// let engine = MatchEngine(records: records, model: storedModel, links: links)
/// let resolution = engine.resolve(changed: newRecordIDs)   // nil: full run
/// let why = engine.explain(42, 57)?.text
/// ```
public struct MatchEngine: Sendable {
    public let settings: MatchSettings
    /// The model in use (trained here when none was given).
    public let model: MatchModel
    /// Whether `init` trained `model`.
    public let trainedModel: Bool
    let prepared: PreparedRecords
    let links: MatchLinks
    let comparer: PairComparer
    let scorer: PairScorer
    let checker: ConflictChecker
    /// The full-run block index built for training, reused by a full `resolve`.
    let trainingIndex: BlockIndex?
    /// The sorted blocking keys that index was built from, reused by `resolve` for the state.
    let trainingEntries: [BlockIndexBuilder.Entry]?
    /// The previous run's state when it fits: features are then extracted on demand.
    let stored: StoredState?

    /// Prepares `records`; trains a model on them when `model` is nil.
    ///
    /// With the `state` of the previous run (`Resolution.state`) and its `model`, preparation is
    /// deferred: an incremental `resolve(changed:)` then prepares only what the changed records
    /// reach. A state that does not fit (see `MatchState`) is ignored.
    public init(records: [MatchRecord], model: MatchModel? = nil, settings: MatchSettings = MatchSettings(),
                links: MatchLinks = .none, state: MatchState? = nil) {
        let sorted = PreparedRecords.inIDOrder(records)
        let stored = model == nil ? nil : state.flatMap { StoredState($0, records: sorted, settings: settings) }
        let prepared = stored.map { PreparedRecords(unprepared: sorted, sharedValues: $0.state.sharedValues.count) }
            ?? PreparedRecords(sorted, settings: settings)
        var index: BlockIndex?
        var entries: [BlockIndexBuilder.Entry]?
        let resolvedModel: MatchModel
        if let model {
            resolvedModel = model
        } else {
            let keys = BlockIndexBuilder.sortedEntries(prepared.features, rules: settings.blocking)
            let built = BlockIndexBuilder.build(entries: keys, recordCount: prepared.count, rules: settings.blocking,
                                                settings: settings)
            resolvedModel = ModelTrainer.train(prepared, settings: settings, predictionIndex: built)
            (index, entries) = (built, keys)
        }
        self.stored = stored
        self.settings = settings
        self.model = resolvedModel
        self.trainedModel = model == nil
        self.prepared = prepared
        self.links = links
        self.trainingIndex = index
        self.trainingEntries = entries
        comparer = PairComparer(fields: settings.fields)
        scorer = PairScorer(model: resolvedModel)
        var cannot = Set<UInt64>()
        for pair in links.cannotLink {
            if let a = prepared.index(of: pair.a), let b = prepared.index(of: pair.b), a != b {
                cannot.insert(UInt64(min(a, b)) << 32 | UInt64(max(a, b)))
            }
        }
        checker = ConflictChecker(features: prepared.features, comparer: comparer, scorer: scorer,
                                  matchWeight: PairScorer.weight(probability: settings.matchThreshold),
                                  conflicts: settings.conflicts, cannotLink: cannot)
    }

    /// Number of records.
    public var recordCount: Int { prepared.count }

    var matchWeight: Double { PairScorer.weight(probability: settings.matchThreshold) }
    var reviewWeight: Double { PairScorer.weight(probability: settings.reviewThreshold) }

    /// Match weight of records `a` and `b` (indices).
    func weight(_ a: Int, _ b: Int) -> Double {
        scorer.weight(comparer.compare(a, b, in: prepared.features))
    }

    /// The scored edge of records `a` < `b` (indices).
    func edge(_ a: Int, _ b: Int, memo: NameLevelMemo? = nil) -> ScoredEdge {
        let comparison = comparer.compare(a, b, in: prepared.features, memo: memo)
        return ScoredEdge(a: UInt32(a), b: UInt32(b), weight: scorer.weight(comparison),
                          mayLink: settings.nameOnlyLinks || PairComparer.isCorroborated(comparison))
    }

    /// Must-link pairs as record indices (a < b).
    var mustLinkIndices: [(Int, Int)] {
        links.mustLink.sorted().compactMap { pair in
            guard let a = prepared.index(of: pair.a), let b = prepared.index(of: pair.b), a != b else { return nil }
            return (min(a, b), max(a, b))
        }
    }

    /// Whether a record takes part in resolution: it identifies someone, or a person linked it.
    func participates(_ index: Int, mustLinked: Set<Int>) -> Bool {
        prepared.features[index].identifiesSomeone || mustLinked.contains(index)
    }

    /// Scores every candidate pair of the full block index; keeps those in or above the review band.
    func scoreAllPairs(_ index: BlockIndex, active: [Bool]) -> (edges: [ScoredEdge], scored: Int) {
        let review = reviewWeight
        let parts = index.collectPairs(initial: ([ScoredEdge](), 0, NameLevelMemo())) { state, a, b in
            guard active[a] && active[b] else { return }
            state.1 += 1
            let edge = self.edge(a, b, memo: state.2)
            if edge.weight >= review { state.0.append(edge) }
        }
        var edges: [ScoredEdge] = []
        edges.reserveCapacity(parts.reduce(0) { $0 + $1.0.count })
        var scored = 0
        for part in parts {
            edges += part.0
            scored += part.1
        }
        return (edges, scored)
    }
}
