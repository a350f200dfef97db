/// Every check, by category. A rule goes live by being listed in its category's array;
/// the engine finds checks by id and never needs to learn about a particular rule.
public enum Registry {
    public static let checks: [any PlanCheck.Type] =
        MeasurabilityChecks.all + PeriodChecks.all + AlignmentChecks.all + ConsistencyChecks.all

    /// Rules whose findings come from loading and decoding, not from a check.
    public static let structureRules = [
        "yaml-syntax", "yaml-duplicate-key", "yaml-limit", "schema-unknown-key", "schema-type",
        "schema-required", "duplicate-id", "prefecture-code", "format-version",
    ]

    /// Rules whose findings come from applying the plan's waivers.
    public static let waiverRules = ["waiver-expired", "waiver-unused"]

    /// Every rule id that has Swift behind it.
    public static var implementedRuleIDs: Set<String> {
        Set(checks.map { $0.id } + structureRules + waiverRules)
    }
}
