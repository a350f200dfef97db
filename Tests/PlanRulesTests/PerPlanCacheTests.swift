import Foundation
@testable import PlanModel
import PlanText
import PlanYAML
import Testing
@testable import PlanRules

/// What the engine works out once per plan or once per run (KPI texts' scalars and
/// quantities, target lists, rule wording, diagnostic order) equals what each check and
/// each diagnostic would work out on its own.
@Suite("Per-plan and per-run caches")
struct PerPlanCacheTests {
    /// The 47 real plans and every rule example's plan, decoded (those that decode).
    static let plans: [Plan] = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Plans")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.sorted() ?? []
        var texts = files.compactMap { try? Data(contentsOf: dir.appendingPathComponent($0)) }.map { Array($0) }
        texts += allExamples.map { Array($0.example.plan.utf8) }
        return texts.compactMap { PlanDecoder.decode(bytes: $0).plan }
    }()

    @Test("the plans to compare on are there")
    func corpus() {
        #expect(Self.plans.count > 47 + 36)
    }

    /// What identifies a target view and everything the checks read from it.
    static func key(_ o: TargetView) -> String {
        "\(o.target.source) \(o.index) \(String(describing: o.ownerYears)) \(String(describing: o.ownerEnd)) \(o.owner) \(o.isGoalTarget)"
    }

    @Test("the engine's target lists are the lists each check builds")
    func targetLists() {
        for plan in Self.plans {
            let cached = PlanTargets(plan)
            for goals in [false, true] {
                #expect(cached.targets(goals: goals).map(Self.key) == TargetView.all(in: plan, goals: goals).map(Self.key))
            }
            var context = CheckContext(for: TargetUnit.self)
            context.targets = cached
            for goals in [false, true] {
                #expect(context.targets(in: plan, goals: goals).map(Self.key)
                    == TargetView.all(in: plan, goals: goals).map(Self.key))
            }
        }
    }

    @Test("the engine's KPI text readings are each text's own")
    func texts() {
        for plan in Self.plans {
            let texts = PlanTexts(plan)
            for (i, kpi) in plan.kpis.enumerated() {
                #expect(texts.scalars(of: kpi, at: i) == Scalars.of(kpi.text))
                #expect(texts.quantities(of: kpi, at: i) == QuantityScanner.scan(kpi.text))
            }
        }
    }

    @Test("every check finds the same with the engine's per-plan readings as without")
    func checksWithAndWithoutCaches() {
        for plan in Self.plans {
            for check in Registry.checks {
                var cached = CheckContext(for: check)
                cached.texts = PlanTexts(plan)
                cached.targets = PlanTargets(plan)
                #expect(check.check(plan, cached) == check.check(plan, CheckContext(for: check)), "\(check.id)")
            }
        }
    }

    @Test("a unit read through the per-check cache is the unit read afresh")
    func amountUnits() {
        var units = AmountUnits()
        let written: [String?] = ["件", "億円", nil, "百万円", "件", "％", "社・団体", "", nil, "億円", "・", "割"]
        for unit in written + written.reversed() {
            let cached = units(unit), fresh = AmountUnit(unit)
            #expect(cached.normal == fresh.normal)
            #expect(cached.factor == fresh.factor)
            #expect(cached.words == fresh.words)
        }
    }

    @Test("the goal index finds the goals Plan.goalsByReference finds")
    func goalIndex() {
        for plan in Self.plans {
            let index = GoalIndex(plan)
            let plain = plan.goalsByReference
            for (reference, found) in plain {
                let position = index.position(of: reference)
                #expect(position.map { plan.visions[$0.vision].id } == found.vision.id)
                #expect(position.map { plan.visions[$0.vision].goals[$0.goal].source } == found.goal.source)
            }
            for kpi in plan.kpis {
                for reference in kpi.supports {
                    #expect((index.position(of: reference.value) == nil) == (plain[reference.value] == nil))
                }
            }
            #expect(index.position(of: "no/such-goal") == nil)
        }
    }

    @Test("subjects are the interpolated strings they were")
    func subjects() {
        for plan in Self.plans {
            for kpi in plan.kpis {
                for (i, t) in kpi.targets.enumerated() {
                    #expect(Subject.target(kpi, t, i) == "\(kpi.id)/\(t.id ?? "#\(i + 1)")")
                }
            }
            for vision in plan.visions {
                for goal in vision.goals { #expect(Subject.goal(vision, goal) == "\(vision.id)/\(goal.id)") }
            }
        }
    }

    @Test("precomputed wording and severities are the catalogue's and the configuration's")
    func wording() throws {
        let configuration = try ConfigurationReader.read(text: """
            rules:
              target-missing: off
              text-target-mismatch: error
              quote-not-found: info
            """, origin: "test")
        let values = ["2020–2022", "「アクションプラン2016–2020」", "a{b}c", "2014–", "plain", ""]
        for spec in shippedCatalogue.rules.values {
            let keys = Array(spec.messages.keys) + Array(spec.messageSeverities.keys) + ["default", "no-such-message"]
            var names = Set<String>()
            for text in spec.messages.values { names.formUnion(Template.placeholders(in: text.ja)) }
            for text in spec.messages.values { names.formUnion(Template.placeholders(in: text.en)) }
            for config in [Configuration(), configuration] {
                for language in [Language.ja, .en] {
                    let wording = RuleWording(spec, configuration: config, language: language)
                    #expect(wording.category == spec.category)
                    for key in keys {
                        #expect(wording.severity(of: key) == config.severity(of: spec, message: key), "\(spec.id) \(key)")
                        for (n, value) in values.enumerated() {
                            // Every placeholder given, and (from the second value on) one left out.
                            var arguments: [String: String] = [:]
                            for (k, name) in names.sorted().enumerated() where n == 0 || k != n % max(names.count, 1) {
                                arguments[name] = value + name
                            }
                            let finding = Finding(rule: spec.id, message: key, arguments: arguments,
                                                  source: Source(pointer: "", range: SourceRange(at: .start)))
                            #expect(wording.message(for: finding) == shippedCatalogue.message(for: finding, in: language),
                                    "\(spec.id) \(key) \(language)")
                        }
                    }
                }
            }
        }
    }

    @Test("diagnostic order is the tuple order")
    func order() {
        var all: [Diagnostic] = []
        for file in ["a.yaml", "b.yaml"] {
            for line in [1, 2] {
                for column in [1, 3] {
                    for rule in ["r-a", "r-b"] {
                        for message in ["m", "n"] {
                            all.append(Diagnostic(file: file, line: line, column: column, endLine: line, endColumn: column,
                                                  rule: rule, category: .period, severity: .error, message: message, pointer: ""))
                        }
                    }
                }
            }
        }
        for a in all {
            for b in all {
                #expect(Diagnostic.ordered(a, b)
                    == ((a.file, a.line, a.column, a.rule, a.message) < (b.file, b.line, b.column, b.rule, b.message)))
            }
        }
    }
}
