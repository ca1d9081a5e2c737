/// Estimates a `MatchModel` from the records themselves, with no labels.
///
/// - u: level frequencies over random record pairs (seeded from the data, so the same records
///   give the same model).
/// - m: expectation maximization over blocked pairs, one session per `training_blocking` rule;
///   each session leaves out the comparisons its rule implies, and m is averaged over sessions.
/// - prior: EM for the share of matches among all candidate pairs, scaled to all pairs.
/// - term frequencies: names and cities by records, emails and phones by different first names.
public enum ModelTrainer {
    /// Trains on `records` with `settings`.
    public static func train(records: [MatchRecord], settings: MatchSettings = MatchSettings()) -> MatchModel {
        let prepared = PreparedRecords(records, settings: settings)
        let index = BlockIndexBuilder.build(prepared.features, rules: settings.blocking, settings: settings)
        return train(prepared, settings: settings, predictionIndex: index)
    }

    static func train(_ prepared: PreparedRecords, settings: MatchSettings, predictionIndex: BlockIndex) -> MatchModel {
        let comparer = PairComparer(fields: settings.fields)
        let active = Set(settings.fields.map(\.index))
        let u = RandomPairSampler.uProbabilities(prepared, comparer: comparer, pairs: settings.uSamplePairs)
        let defaults = MatchField.allCases.map { ExpectationMaximization.smoothed($0.defaultM, prior: $0.defaultM) }
        let training = BlockIndexBuilder.build(prepared.features, rules: settings.trainingBlocking,
                                               settings: settings)
        var sums = defaults.map { [Double](repeating: 0, count: $0.count) }
        var sessions = [Int](repeating: 0, count: defaults.count)
        var sessionPairs: [String: Int] = [:]
        for (number, rule) in settings.trainingBlocking.enumerated() {
            let (patterns, pairs) = RandomPairSampler.blockedPatterns(
                prepared, index: training, rule: UInt8(number), comparer: comparer, limit: settings.emSamplePairs)
            sessionPairs[rule.description] = pairs
            let estimated = active.subtracting(rule.fields.map(\.index))
            guard pairs >= 10, !estimated.isEmpty else { continue }
            let result = ExpectationMaximization.run(patterns.sorted(), u: u, initialM: defaults, active: estimated,
                                                     iterations: settings.emIterations)
            for field in estimated {
                sums[field] = zip(sums[field], result.m[field]).map(+)
                sessions[field] += 1
            }
        }
        let m = sums.indices.map { field in
            sessions[field] == 0 ? defaults[field] : sums[field].map { $0 / Double(sessions[field]) }
        }
        let prior = estimatePrior(prepared, index: predictionIndex, comparer: comparer, m: m, u: u,
                                  active: active, settings: settings)
        let fields = MatchField.allCases.filter { settings.fields.contains($0) }.map { field in
            MatchModel.FieldModel(field: field, levels: field.levels, m: m[field.index], u: u[field.index])
        }
        return MatchModel(prior: prior, fields: fields, frequencies: frequencies(prepared),
                          trainedRecords: prepared.count, sessionPairs: sessionPairs)
    }

    /// The prior: the share of matches among candidate pairs (EM with m and u fixed), times the
    /// share of candidate pairs among all pairs.
    private static func estimatePrior(_ prepared: PreparedRecords, index: BlockIndex, comparer: PairComparer,
                                      m: [[Double]], u: [[Double]], active: Set<Int>,
                                      settings: MatchSettings) -> Double {
        let (patterns, candidates) = RandomPairSampler.blockedPatterns(
            prepared, index: index, rule: nil, comparer: comparer, limit: settings.emSamplePairs)
        let n = Double(prepared.count)
        guard candidates > 0, n > 1 else { return 1e-6 }
        let result = ExpectationMaximization.run(patterns.sorted(), u: u, initialM: m, active: active,
                                                 iterations: settings.emIterations * 3, lambda: 0.1, estimateM: false)
        let prior = result.lambda * Double(candidates) / (n * (n - 1) / 2)
        return min(max(prior, 1e-12), 0.5)
    }

    /// Term-frequency tables of the prepared records.
    static func frequencies(_ prepared: PreparedRecords) -> [String: FrequencyTable] {
        let total = prepared.count
        return [
            MatchField.firstName.rawValue: FrequencyTable(values: prepared.features.indices.lazy.map { prepared.features[$0].first.skeletonHash }, total: total),
            MatchField.surname.rawValue: FrequencyTable(values: prepared.features.indices.lazy.map { prepared.features[$0].last.skeletonHash }, total: total),
            MatchField.city.rawValue: FrequencyTable(values: prepared.features.indices.lazy.map { prepared.features[$0].city }, total: total),
            MatchField.email.rawValue: prepared.usage.emailNames,
            MatchField.phone.rawValue: prepared.usage.phoneNames,
        ]
    }
}
