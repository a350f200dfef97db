/// The period checks, in the order they run.
public enum PeriodChecks {
    public static let all: [any PlanCheck.Type] = [
        PeriodMissing.self,
        PeriodInvalid.self,
        PeriodWindow.self,
        VisionPeriodMissing.self,
        VisionPeriodCoverage.self,
        TargetYearOutsidePeriod.self,
    ]
}
