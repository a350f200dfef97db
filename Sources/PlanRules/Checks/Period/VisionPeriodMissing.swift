import PlanModel

/// `vision-period-missing`: every vision states the years it is in force, so that the
/// KPIs serving it can be checked against them (`vision-period-coverage`).
///
/// A period without `to` is reported too (`no-end`): the end is unknown, unless the
/// source says there is none, which is written `to: open`.
enum VisionPeriodMissing: PlanCheck {
    static let id = "vision-period-missing"

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        plan.visions.compactMap { vision in
            guard let period = vision.period else {
                return Finding(rule: id, arguments: ["vision": vision.title], source: vision.source, subject: vision.id)
            }
            guard period.to == nil else { return nil }
            return Finding(rule: id, message: "no-end", arguments: ["vision": vision.title], source: period.source,
                           subject: vision.id)
        }
    }
}
