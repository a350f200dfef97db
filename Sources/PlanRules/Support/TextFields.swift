import PlanModel
import PlanText
import PlanYAML

/// The prose of a plan that the text rules read: the plan's notes, every KPI's
/// text and targets' metrics, every vision's title and every goal's heading, text and
/// targets' metrics, in document order, each with where it is.
final class TextField {
    /// The value as decoded.
    let value: String
    /// The value's source.
    let source: Source
    /// The 1-based column of the mapping that holds the value (for ``ScalarLayout``).
    let minimumIndent: Int
    /// How a message names the field: 「KPI『seminars』の text」, "text of KPI 'seminars'".
    let name: PlaceName
    /// The element a waiver names (nil for the plan as a whole).
    let subject: String?
    /// The file's line breaks wider than one byte (CRLF, NEL, LS), for exact positions.
    let breaks: LineBreaks

    /// How many spans of this value have been located so far.
    private var located = 0
    /// The value's length in Unicode scalars, counted when a span is first located.
    private lazy var length = value.unicodeScalars.count

    /// How many scalars the exact positions of one value may pass over in all: locating a
    /// span costs a pass over the value, so a hostile megabyte text with a finding on every
    /// character would take quadratic time. A plan's texts (a few hundred characters) get
    /// thousands of exact positions; a 40,000-character text about 50; past the budget,
    /// findings point at the whole value.
    static let exactBudget = 2_000_000

    init(value: String, source: Source, minimumIndent: Int, name: PlaceName, subject: String?,
         breaks: LineBreaks = LineBreaks()) {
        (self.value, self.source, self.minimumIndent, self.name, self.subject) = (value, source, minimumIndent, name, subject)
        self.breaks = breaks
    }

    /// The source of the value's Unicode-scalar offsets `span`: exact when the scalar's
    /// layout allows (see ``ScalarLayout``) and the value's ``exactBudget`` lasts, else the
    /// whole value.
    func source(of span: Range<Int>) -> Source {
        located += 1
        guard located * length <= Self.exactBudget, let range = ScalarLayout.locate(span, in: value, range: source.range, minimumIndent: minimumIndent,
                                                                                  breaks: breaks)
        else { return source }
        return Source(pointer: source.pointer, range: range)
    }

    /// Every text field of `plan`.
    static func all(in plan: Plan) -> [TextField] {
        var out: [TextField] = []
        func add(_ value: String?, _ fields: FieldSources, _ key: String, owner: Source, name: PlaceName, subject: String?) {
            guard let value, !value.isEmpty, let source = fields[key] else { return }
            out.append(TextField(value: value, source: source, minimumIndent: owner.range.start.column,
                                 name: name, subject: subject, breaks: plan.lineBreaks))
        }
        add(plan.notes, plan.fields, "notes", owner: plan.source, name: PlaceName.plan.field("notes"), subject: nil)
        for (k, kpi) in plan.kpis.enumerated() {
            let place = PlaceName.kpi(kpi.id, index: k)
            add(kpi.text, kpi.fields, "text", owner: kpi.source, name: place.field("text"), subject: kpi.id)
            for (i, t) in kpi.targets.enumerated() {
                add(t.metric, t.fields, "metric", owner: t.source,
                    name: place.target(index: i, metric: nil, id: t.id).field("metric"), subject: Subject.target(kpi, t, i))
            }
        }
        for (n, v) in plan.visions.enumerated() {
            let vision = PlaceName.vision(v.id, index: n)
            add(v.title, v.fields, "title", owner: v.source, name: vision.field("title"), subject: v.id)
            for (m, g) in v.goals.enumerated() {
                let ref = Subject.goal(v, g)
                let goal = vision.goal(g.id, index: m)
                add(g.heading, g.fields, "heading", owner: g.source, name: goal.field("heading"), subject: ref)
                add(g.text, g.fields, "text", owner: g.source, name: goal.field("text"), subject: ref)
                for (i, t) in g.targets.enumerated() {
                    add(t.metric, t.fields, "metric", owner: t.source,
                        name: goal.target(index: i, metric: nil, id: t.id).field("metric"), subject: ref)
                }
            }
        }
        return out
    }
}
