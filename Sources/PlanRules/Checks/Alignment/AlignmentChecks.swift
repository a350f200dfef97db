/// The alignment checks, in the order they run.
enum AlignmentChecks {
    static let all: [any PlanCheck.Type] = [
        VisionMissing.self,
        VisionEmpty.self,
        KPIUnaligned.self,
        LinkUnresolved.self,
        GoalUnsupported.self,
        QuoteNotFound.self,
        CitationUnlisted.self,
        LinkUnexplained.self,
    ]
}
