/// The period checks, in the order they run.
enum PeriodChecks {
    static let all: [any PlanCheck.Type] = [
        PeriodMissing.self,
        PeriodInvalid.self,
        PeriodWindow.self,
        VisionPeriodMissing.self,
        VisionPeriodCoverage.self,
        TargetYearOutsidePeriod.self,
        PeriodSingleYearCumulative.self,
        VisionTitlePeriod.self,
    ]
}
