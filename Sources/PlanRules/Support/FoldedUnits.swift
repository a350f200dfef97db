import PlanModel

/// A unit-list parameter as a set of folded units, made once for the rule file's default
/// list (the list nearly every run uses) rather than once per plan.
struct FoldedUnits: Sendable {
    private let defaults: [String]
    private let defaultSet: Set<String>
    private let fold: @Sendable (String) -> String

    /// `param` of `check`, folded with `fold`.
    init(_ param: Param<[String]>, of check: any PlanCheck.Type, _ fold: @escaping @Sendable (String) -> String) {
        defaults = CheckContext(for: check)[param]
        defaultSet = Set(defaults.map(fold))
        self.fold = fold
    }

    /// The folded set of `list`.
    func set(of list: [String]) -> Set<String> {
        list == defaults ? defaultSet : Set(list.map(fold))
    }
}
