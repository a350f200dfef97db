import PlanImport
import PlanModel

/// `source-text`: every text, heading, title and note of the plan is in its prefecture's
/// section of the source document, word for word (line breaks and spaces aside).
enum SourceText: PlanCheck {
    enum Message: RuleMessage {
        /// A text that is not in the section.
        case missing(field: String, owner: String, excerpt: String, prefecture: String)
        /// The source has no section for the plan's prefecture.
        case noSection(prefecture: String)

        static let rule = "source-text"
        var key: String {
            switch self {
            case .missing: "default"
            case .noSection: "no-section"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .missing(let field, let owner, let excerpt, let prefecture):
                ["field": field, "owner": owner, "excerpt": excerpt, "prefecture": prefecture]
            case .noSection(let prefecture): ["prefecture": prefecture]
            }
        }
        static let everyCase: [Self] = [.missing(field: "", owner: "", excerpt: "", prefecture: ""), .noSection(prefecture: "")]
    }

    static let readsSource = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        guard let document = context.source, let code = plan.prefecture?.code, (1...47).contains(code) else { return [] }
        let name = Prefectures.name(of: code) ?? ""
        guard let section = document.sections[code] else {
            return [finding(.noSection(prefecture: name), at: plan.prefecture?.source ?? plan.source)]
        }
        var out: [Finding] = []
        func look(_ text: String?, field: String, owner: String, at source: Source, subject: String?) {
            guard let text else { return }
            let key = SourceDocument.squeeze(text)
            guard !key.isEmpty, !section.squeezed.contains(key) else { return }
            out.append(finding(.missing(field: field, owner: owner, excerpt: sourceExcerpt(text), prefecture: name),
                               at: source, subject: subject))
        }
        look(plan.notes, field: "notes", owner: name, at: plan.fields.of("notes", or: plan.source), subject: nil)
        if let revision = plan.revision {
            look(revision.note, field: "note", owner: "revision", at: revision.source, subject: nil)
        }
        for kpi in plan.kpis {
            look(kpi.text, field: "text", owner: kpi.id, at: kpi.fields.of("text", or: kpi.source), subject: kpi.id)
        }
        for vision in plan.visions {
            look(vision.title, field: "title", owner: vision.id, at: vision.fields.of("title", or: vision.source), subject: vision.id)
            for goal in vision.goals {
                let subject = Subject.goal(vision, goal)
                look(goal.heading, field: "heading", owner: subject, at: goal.fields.of("heading", or: goal.source), subject: subject)
                look(goal.text, field: "text", owner: subject, at: goal.fields.of("text", or: goal.source), subject: subject)
            }
        }
        return out
    }
}
