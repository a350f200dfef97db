import PlanModel

/// `vision-period-missing`: every vision states the years it is in force, so that the
/// KPIs serving it can be checked against them (`vision-period-coverage`).
///
/// A period without `to` is reported too (`no-end`): the end is unknown, unless the
/// source says there is none, which is written `to: open`.
enum VisionPeriodMissing: PlanCheck {
    enum Message: RuleMessage {
        /// No period at all.
        case missing(vision: String)
        /// A period without `to`.
        case noEnd(vision: String)

        static let rule = "vision-period-missing"
        var key: String {
            switch self {
            case .missing: "default"
            case .noEnd: "no-end"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .missing(let vision), .noEnd(let vision): ["vision": vision]
            }
        }
        static let everyCase: [Self] = [.missing(vision: ""), .noEnd(vision: "")]
    }

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        plan.visions.compactMap { vision in
            guard let period = vision.period else {
                return finding(.missing(vision: vision.title), at: vision.source, subject: vision.id)
            }
            guard period.to == nil else { return nil }
            return finding(.noEnd(vision: vision.title), at: period.source, subject: vision.id)
        }
    }
}
