/// Fellegi–Sunter identity resolution behind the `IdentityResolver` seam (`kind: fellegi_sunter`).
///
/// Trains a model when the input has none (returned in `Resolution.model` to persist), applies
/// must-link/cannot-link decisions, and runs incrementally when `ResolutionInput.changed` is set.
/// See `MatchSettings` for the YAML keys.
public struct MatchResolver: IdentityResolver {
    public let kind = "fellegi_sunter"
    public var settings: MatchSettings

    public init(settings: MatchSettings = MatchSettings()) {
        self.settings = settings
    }

    public func resolve(_ input: ResolutionInput) -> Resolution {
        MatchEngine(records: input.records, model: input.model, settings: settings, links: input.links, state: input.state)
            .resolve(changed: input.changed)
    }
}
