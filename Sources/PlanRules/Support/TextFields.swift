import PlanModel
import PlanText
import PlanYAML

/// The prose of a plan that the text rules read: the plan's notes, every KPI's
/// text and targets' metrics, every vision's title and every goal's heading, text and
/// targets' metrics, in document order, each with where it is.
///
/// Read once per plan for all seven text rules (``PlanProse``): the fields, their names
/// and their Unicode scalars are shared; each rule gets its own ``TextField`` over them, so
/// that each keeps its own ``exactBudget`` as when every rule read the plan on its own.
final class TextField {
    /// What the copies of one field share: everything but the budget.
    final class Shared {
        let value: String
        /// The value's Unicode scalars (`Scalars.of(value)`), decoded once per plan.
        let scalars: [Unicode.Scalar]
        let source: Source
        let minimumIndent: Int
        /// How a message names the field, worked out at the first finding (by any rule) and
        /// kept: most fields have none, and naming one costs thousands of instructions.
        private(set) lazy var name: PlaceName = naming()
        private let naming: () -> PlaceName
        let subject: String?
        let breaks: LineBreaks
        /// The value's layout in the file, worked out at the first exact position asked for
        /// (by any rule) and kept: `.some(nil)` when it cannot be known.
        var layout: ScalarLayout??

        /// `scalars`: the value's scalars when already decoded (a KPI text the engine read).
        init(value: String, source: Source, minimumIndent: Int, name: @escaping @autoclosure () -> PlaceName, subject: String?,
             breaks: LineBreaks, scalars: [Unicode.Scalar]? = nil) {
            (self.value, self.source, self.minimumIndent, naming, self.subject) = (value, source, minimumIndent, name, subject)
            self.breaks = breaks
            self.scalars = scalars ?? Scalars.of(value)
        }

        /// The source range of `span`, or nil when the layout cannot be known.
        func locate(_ span: Range<Int>) -> SourceRange? {
            if layout == nil {
                layout = .some(ScalarLayout(scalars: scalars, range: source.range, minimumIndent: minimumIndent, breaks: breaks))
            }
            return layout!?.locate(span)
        }
    }

    private let shared: Shared
    /// The value as decoded.
    var value: String { shared.value }
    /// The value's Unicode scalars.
    var scalars: [Unicode.Scalar] { shared.scalars }
    /// The value's source.
    var source: Source { shared.source }
    /// How a message names the field: 「KPI『seminars』の text」, "text of KPI 'seminars'".
    var name: PlaceName { shared.name }
    /// The element a waiver names (nil for the plan as a whole).
    var subject: String? { shared.subject }

    /// How many spans of this value have been located so far (by this rule).
    private var located = 0

    /// How many scalars the exact positions of one value may pass over in all: locating a
    /// span costs a pass over the value, so a hostile megabyte text with a finding on every
    /// character would take quadratic time. A plan's texts (a few hundred characters) get
    /// thousands of exact positions; a 40,000-character text about 50; past the budget,
    /// findings point at the whole value. (The layout is now worked out once per field and
    /// a position costs a binary search, but the budget is kept so that positions stay as
    /// they were.)
    static let exactBudget = 2_000_000

    init(_ shared: Shared) {
        self.shared = shared
    }

    convenience init(value: String, source: Source, minimumIndent: Int, name: PlaceName, subject: String?,
                     breaks: LineBreaks = LineBreaks()) {
        self.init(Shared(value: value, source: source, minimumIndent: minimumIndent, name: name, subject: subject, breaks: breaks))
    }

    /// The source of the value's Unicode-scalar offsets `span`: exact when the scalar's
    /// layout allows (see ``ScalarLayout``) and the value's ``exactBudget`` lasts, else the
    /// whole value.
    func source(of span: Range<Int>) -> Source {
        located += 1
        guard located * shared.scalars.count <= Self.exactBudget, let range = shared.locate(span) else { return shared.source }
        return Source(pointer: shared.source.pointer, range: range)
    }

    /// Every text field of `plan`, read now (``PlanProse`` reads them once for all rules).
    static func all(in plan: Plan) -> [TextField] {
        shared(in: plan).map(TextField.init)
    }

    /// Every text field of `plan`, to be shared; the KPI texts' scalars are taken from
    /// `texts` when the engine has decoded them (``PlanTexts``).
    static func shared(in plan: Plan, texts: PlanTexts? = nil) -> [Shared] {
        var out: [Shared] = []
        func add(_ value: String?, _ fields: FieldSources, _ key: String, owner: Source, name: @escaping @autoclosure () -> PlaceName,
                 subject: @autoclosure () -> String?, scalars: @autoclosure () -> [Unicode.Scalar]? = nil) {
            guard let value, !value.isEmpty, let source = fields[key] else { return }
            out.append(Shared(value: value, source: source, minimumIndent: owner.range.start.column,
                              name: name(), subject: subject(), breaks: plan.lineBreaks, scalars: scalars()))
        }
        add(plan.notes, plan.fields, "notes", owner: plan.source, name: PlaceName.plan.field("notes"), subject: nil)
        for (k, kpi) in plan.kpis.enumerated() {
            let id = kpi.id
            add(kpi.text, kpi.fields, "text", owner: kpi.source, name: PlaceName.kpi(id, index: k).field("text"), subject: id,
                scalars: texts?.scalars(of: kpi, at: k))
            for (i, t) in kpi.targets.enumerated() {
                let target = t.id
                add(t.metric, t.fields, "metric", owner: t.source,
                    name: PlaceName.kpi(id, index: k).target(index: i, metric: nil, id: target).field("metric"),
                    subject: Subject.target(kpi, t, i))
            }
        }
        for (n, v) in plan.visions.enumerated() {
            let visionID = v.id
            add(v.title, v.fields, "title", owner: v.source, name: PlaceName.vision(visionID, index: n).field("title"), subject: visionID)
            for (m, g) in v.goals.enumerated() {
                let ref = Subject.goal(v, g)
                let goalID = g.id
                // Named only when a rule reports on the field (see ``Shared/name``).
                let goal = { PlaceName.vision(visionID, index: n).goal(goalID, index: m) }
                add(g.heading, g.fields, "heading", owner: g.source, name: goal().field("heading"), subject: ref)
                add(g.text, g.fields, "text", owner: g.source, name: goal().field("text"), subject: ref)
                for (i, t) in g.targets.enumerated() {
                    let target = t.id
                    add(t.metric, t.fields, "metric", owner: t.source,
                        name: goal().target(index: i, metric: nil, id: target).field("metric"), subject: ref)
                }
            }
        }
        return out
    }
}

/// The plan's text fields, read once per plan for every text rule (seven rules read them):
/// each field's value, name and Unicode scalars. The engine reads them when an enabled
/// check declares `readsProse`; each check gets fresh ``TextField``s over the shared reading.
struct PlanProse: @unchecked Sendable {
    // @unchecked: the fields' layout cache is written while one plan is linted, on one thread.
    let fields: [TextField.Shared]

    /// `texts`: the plan's KPI texts when the engine has read them (their scalars are reused).
    init(_ plan: Plan, texts: PlanTexts? = nil) {
        fields = TextField.shared(in: plan, texts: texts)
    }
}

extension CheckContext {
    /// ``TextField/all(in:)`` of `plan`: over the engine's shared reading when it made one.
    func textFields(in plan: Plan) -> [TextField] {
        prose.map { $0.fields.map(TextField.init) } ?? TextField.all(in: plan)
    }
}
