/// The consistency checks, in the order they run.
enum ConsistencyChecks {
    static let all: [any PlanCheck.Type] = [
        CumulativeAnnualMismatch.self,
        PartsSum.self,
        SubsetExceeds.self,
        SeriesDecreasing.self,
        TargetBelowBaseline.self,
        IncreaseLevelMismatch.self,
    ]
}
