import PlanModel
import PlanReport
import PlanRules

/// `planlint rules` and `planlint explain`: the text goes to `standardOutput`, an error to
/// `standardError`, and the exit status comes back.
public enum CatalogueCommands {
    /// How `planlint rules` lists the catalogue.
    public enum Listing: Sendable { case text, json, markdown }

    public static func list(format: Listing, extra: [String], language: Language?, environment: [String: String],
                            standardOutput: any ReportSink, standardError: any ReportSink) -> Int32 {
        run(extra: extra, language: language, environment: environment,
            standardOutput: standardOutput, standardError: standardError) { catalogue, lang in
            switch format {
            case .text: RuleDocs.list(catalogue.sorted, language: lang)
            case .json: RuleDocs.listJSON(catalogue.sorted, language: lang)
            case .markdown: RuleDocs.reference(catalogue.sorted, language: lang)
            }
        }
    }

    public static func explain(_ rule: String, extra: [String], language: Language?, environment: [String: String],
                               standardOutput: any ReportSink, standardError: any ReportSink) -> Int32 {
        run(extra: extra, language: language, environment: environment, examples: true,
            standardOutput: standardOutput, standardError: standardError) { catalogue, lang in
            guard let spec = catalogue[rule] else {
                let near = Suggest.closest(to: rule, in: Array(catalogue.rules.keys)).map { "; did you mean '\($0)'?" } ?? ""
                let nearJa = Suggest.closest(to: rule, in: Array(catalogue.rules.keys)).map { "。「\($0)」のことですか" } ?? ""
                throw SetupError(file: rule, ja: "そのようなルールはありません\(nearJa)（一覧は planlint rules で見られます）",
                                 en: "no such rule\(near) (planlint rules lists them)")
            }
            let reported = spec.failExamples.map {
                (try? ExampleRunner.diagnostics(of: spec.id, in: $0, catalogue: catalogue, language: lang)) ?? []
            }
            return RuleDocs.explain(spec, language: lang, reported: reported)
        }
    }

    private static func run(extra: [String], language: Language?, environment: [String: String],
                            examples: Bool = false, standardOutput: any ReportSink, standardError: any ReportSink,
                            _ body: (Catalogue, Language) throws -> String) -> Int32 {
        var options = LintOptions()
        options.language = language
        options.environment = environment
        do {
            let catalogue = try RuleDirectories.catalogue(extra: extra, examples: examples)
            try standardOutput.write(try body(catalogue, options.language(configured: nil)))
            try standardOutput.flush()
            return 0
        } catch let failure as WriteFailure where failure.quiet {
            return 2
        } catch {
            MessageLines(sink: standardError).write([Notice.error(error, options.language(configured: nil))])
            return 2
        }
    }
}
