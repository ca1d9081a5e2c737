import Foundation

/// Resolves the base's person records into profiles inside an open transaction and writes the
/// decisions: assignments, new profiles, merges and splits (with the audit log), the model.
///
/// A run reuses the stored model when it was trained with the same settings and the base has not
/// more than doubled since; it is then incremental when the caller knows which records changed.
/// Otherwise it trains a model on the whole base and re-resolves every record. A base with fewer
/// than `MatchModel.minimumTrainingRecords` person records uses `MatchModel.standard(settings:)`.
public struct ResolutionStep: Sendable {
    public var method: ResolutionConfig.Method
    public var settings: MatchSettings
    /// The importers whose `PersonIDRule`s turn shared CRM ids into must-links.
    public var importers: ImporterRegistry

    public init(config: ResolutionConfig = ResolutionConfig(), importers: ImporterRegistry = .builtIn) {
        method = config.method
        settings = config.settings
        self.importers = importers
    }

    /// The resolver this step runs.
    public var resolver: any IdentityResolver {
        switch method {
        case .exactKey: ExactKeyResolver()
        case .fellegiSunter: MatchResolver(settings: settings)
        }
    }

    /// The decisions for the base as it is, without writing them. `changed`: records inserted or
    /// updated since the last resolution; nil (or `retrain`) re-resolves everything. Records named
    /// in people's decisions are always re-checked, so a decision added between runs takes effect.
    public func compute(_ reader: StoreReader, changed: Set<Int64>?, retrain: Bool = false) throws -> Resolution {
        try compute(reader, records: try reader.matchRecords(), changed: changed, retrain: retrain)
    }

    /// `compute` over `records` the caller already read from the base.
    func compute(_ reader: StoreReader, records: [MatchRecord], changed: Set<Int64>?, retrain: Bool) throws -> Resolution {
        var links = try reader.matchLinks()
        let (model, reused) = try model(reader, records: records, retrain: retrain)
        var scope: Set<Int64>?
        if reused, let changed {
            scope = changed.union(links.mustLink.flatMap { [$0.a, $0.b] }).union(links.cannotLink.flatMap { [$0.a, $0.b] })
        }
        // CRM-id links are facts of the data, not decisions that may change between runs: an
        // incremental run reaches them through the changed records' partners, like scored links.
        links.mustLink.formUnion(try idLinks(reader))
        let input = ResolutionInput(records: records, links: links, model: model, changed: scope,
                                    state: scope == nil ? nil : try reader.matchState())
        return resolver.resolve(input)
    }

    /// The model a run scores with, and whether it is the stored one: the standard model for a
    /// small base; the stored model when its settings match and the base has not doubled since;
    /// otherwise nil (train one).
    func model(_ reader: StoreReader, records: [MatchRecord], retrain: Bool) throws -> (MatchModel?, reused: Bool) {
        guard method == .fellegiSunter else { return (nil, false) }
        if records.count < MatchModel.minimumTrainingRecords {
            return (MatchModel.standard(settings: settings), false)
        }
        guard !retrain, let stored = try reader.matchModel(), stored.settings == settings,
              records.count <= max(2 * stored.records, MatchModel.minimumTrainingRecords) else { return (nil, false) }
        return (stored.model, true)
    }

    /// An engine over the base with the model a run would use, for `truce explain` and review.
    public func engine(_ reader: StoreReader) throws -> MatchEngine {
        let records = try reader.matchRecords()
        let (model, _) = try model(reader, records: records, retrain: false)
        var links = try reader.matchLinks()
        links.mustLink.formUnion(try idLinks(reader))
        return MatchEngine(records: records, model: model, settings: settings, links: links)
    }

    /// Must-links between records sharing a CRM id (`ExternalIDLinks`).
    func idLinks(_ reader: StoreReader) throws -> Set<RecordPair> {
        ExternalIDLinks.links(try reader.sharedPersonExternalIDs(), importers: importers)
    }

    /// Computes and writes the decisions; returns them.
    public func run(_ writer: StoreWriter, runID: Int64, changed: Set<Int64>?, retrain: Bool = false,
                    at date: Date) throws -> Resolution {
        var nothingDeferred = DeferredIndexes.none
        return try run(writer, runID: runID, changed: changed, retrain: retrain, at: date, deferredIndexes: &nothingDeferred)
    }

    /// `run` on a first load: the indexes still pending (the one by profile) are built once every
    /// record has its profile, before anything looks records up by profile.
    public func run(_ writer: StoreWriter, runID: Int64, changed: Set<Int64>?, retrain: Bool = false,
                    at date: Date, deferredIndexes: inout DeferredIndexes) throws -> Resolution {
        let resolution = try compute(writer.reader, changed: changed, retrain: retrain)
        try writer.apply(resolution, runID: runID)
        try writer.unassign(resolution.unassigned)
        try deferredIndexes.restoreAll(writer)
        try writer.dropEmptyProfiles()
        try writer.record(resolution.events, runID: runID, at: date)
        if let model = resolution.model, method == .fellegiSunter {
            try writer.saveMatchModel(model, settings: settings, records: resolution.summary.records, runID: runID)
        }
        if let state = resolution.state { try writer.saveMatchState(state, runID: runID) }
        return resolution
    }
}

/// The `resolution:` block of a pipeline: the method plus the `MatchSettings` keys.
public struct ResolutionConfig: Sendable, Equatable {
    public enum Method: String, Sendable, CaseIterable {
        /// Fellegi–Sunter scoring with weights trained on the base (default).
        case fellegiSunter = "fellegi_sunter"
        /// Records sharing an email or phone are one person (the naive first resolver).
        case exactKey = "exact_key"
    }

    public var method: Method = .fellegiSunter
    public var settings = MatchSettings()

    public init(method: Method = .fellegiSunter, settings: MatchSettings = MatchSettings()) {
        self.method = method
        self.settings = settings
    }
}
