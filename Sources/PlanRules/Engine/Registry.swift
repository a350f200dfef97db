import PlanModel

/// Every check, by category. A rule goes live by being listed in its category's array;
/// the engine finds checks by id and never needs to learn about a particular rule.
/// The other lists here are derived from the checks' and the decoder's message types.
enum Registry {
    static let checks: [any PlanCheck.Type] =
        MeasurabilityChecks.all + PeriodChecks.all + AlignmentChecks.all + ConsistencyChecks.all + TextChecks.all
        + SourceChecks.all

    /// Rules whose findings come from loading and decoding, not from a check.
    static let structureRules = StructureMessages.all.map { $0.rule }

    /// The message types of the rules whose findings come from applying the plan's waivers.
    static let waiverMessages: [any RuleMessage.Type] = [WaiverExpired.self, WaiverUnused.self]

    /// Rules whose findings come from applying the plan's waivers.
    static let waiverRules = waiverMessages.map { $0.rule }

    /// Rules the engine reads from the YAML tree of every plan that loads, beside the
    /// decoder's (`number-width`).
    static let treeMessages: [any RuleMessage.Type] = [NumberWidth.self]

    /// The message type of every rule that has Swift behind it, by rule id.
    static let messageTypes: [String: any RuleMessage.Type] = {
        var out: [String: any RuleMessage.Type] = [:]
        for type in StructureMessages.all + treeMessages + waiverMessages + checks.map { check in check.messageType } { out[type.rule] = type }
        return out
    }()

    /// The parameters each check reads, by rule id.
    static let parameters: [String: [AnyParam]] = {
        var out: [String: [AnyParam]] = [:]
        for check in checks where !check.parameters.isEmpty { out[check.id] = check.parameters }
        return out
    }()

    /// Every rule id that has Swift behind it.
    static var implementedRuleIDs: Set<String> {
        Set(messageTypes.keys)
    }
}
