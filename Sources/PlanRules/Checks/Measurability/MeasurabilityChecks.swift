/// The measurability checks, in the order they run.
enum MeasurabilityChecks {
    static let all: [any PlanCheck.Type] = [
        KPIMissing.self,
        TargetMissing.self,
        TargetValue.self,
        TargetUnit.self,
        TargetBasis.self,
        TargetApproximate.self,
        IncreaseBaseline.self,
        TextTargetMismatch.self,
        BasisTextMismatch.self,
        ComparatorTextMismatch.self,
        CumulativeStart.self,
        UnitMixed.self,
    ]
}
