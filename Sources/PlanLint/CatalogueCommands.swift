import PlanModel
import PlanReport
import PlanRules

/// `planlint rules` and `planlint explain`, as outcomes the CLI prints.
public enum CatalogueCommands {
    public static func list(json: Bool, extra: [String], language: Language?, environment: [String: String]) -> RunOutcome {
        outcome(extra: extra, language: language, environment: environment) { catalogue, lang in
            json ? RuleDocs.listJSON(catalogue.sorted, language: lang) : RuleDocs.list(catalogue.sorted, language: lang)
        }
    }

    public static func explain(_ rule: String, extra: [String], language: Language?,
                               environment: [String: String]) -> RunOutcome {
        outcome(extra: extra, language: language, environment: environment, examples: true) { catalogue, lang in
            guard let spec = catalogue[rule] else {
                let near = Suggest.closest(to: rule, in: Array(catalogue.rules.keys)).map { "; did you mean '\($0)'?" } ?? ""
                throw SetupError(file: rule, message: "no such rule\(near) (planlint rules lists them)")
            }
            let reported = spec.failExamples.map {
                (try? ExampleRunner.diagnostics(of: spec.id, in: $0, catalogue: catalogue, language: lang)) ?? []
            }
            return RuleDocs.explain(spec, language: lang, reported: reported)
        }
    }

    private static func outcome(extra: [String], language: Language?, environment: [String: String],
                                examples: Bool = false, _ body: (Catalogue, Language) throws -> String) -> RunOutcome {
        var options = LintOptions()
        options.language = language
        options.environment = environment
        do {
            let catalogue = try RuleDirectories.catalogue(extra: extra, examples: examples)
            return RunOutcome(stdout: try body(catalogue, options.language(configured: nil)), stderr: [], status: 0)
        } catch {
            return RunOutcome(stdout: "", stderr: ["planlint: error: \(error)"], status: 2)
        }
    }
}
