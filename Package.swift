// swift-tools-version: 6.0
// planlint: a compliance checker for Japanese regional IP action plans.
//
// Modules are layered one way (see docs/architecture.md):
//   CYAML -> PlanYAML -> PlanModel -> PlanCatalogue -> PlanRules -> PlanReport -> PlanLint -> planlint
//   PlanText (Japanese text reading) is a leaf used by PlanModel and PlanRules.
import PackageDescription

let package = Package(
    name: "planlint",
    products: [
        .executable(name: "planlint", targets: ["planlint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "PlanYAML", dependencies: ["CYAML"]),
        .target(name: "PlanText"),
        // Which encoding a text file from an office PC is in (Shift_JIS, EUC-JP, UTF-16/32),
        // converted to UTF-8 with glibc's iconv. A leaf: import reads sources through it.
        .target(name: "PlanEncoding"),
        .target(name: "PlanModel", dependencies: ["PlanYAML", "PlanText", "PlanEncoding"]),
        // Reading the national template's text into plan drafts and writing them as YAML.
        .target(name: "PlanImport", dependencies: ["PlanEncoding", "PlanModel", "PlanText"]),
        // The text of a .docx (a zip of XML) for import and verify: ZIPFoundation and
        // Foundation's XMLParser (see docs/architecture.md). Only PlanLint uses it.
        .target(name: "PlanDocx", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The rule catalogue's data types and the rule file reader: below PlanRules so the
        // build tool embed-rules can read Rules/*.yaml with them (PlanRules uses its plugin).
        .target(name: "PlanCatalogue", dependencies: ["PlanModel", "PlanYAML"]),
        .target(
            name: "PlanRules",
            dependencies: ["PlanCatalogue", "PlanModel", "PlanYAML", "PlanText", "PlanImport", "PlanEncoding"],
            plugins: ["EmbedRulesPlugin"]
        ),
        .target(name: "PlanReport", dependencies: ["PlanRules", "PlanModel"]),
        // What a revision changed in a plan (planlint diff): pure comparison and its report.
        .target(name: "PlanDiff", dependencies: ["PlanModel", "PlanRules", "PlanReport"]),
        .target(name: "PlanLint", dependencies: ["PlanReport", "PlanRules", "PlanModel", "PlanYAML", "PlanImport", "PlanDocx", "PlanDiff"]),
        // The language server: a small typed JSON-RPC/LSP layer of our own (no maintained
        // Swift LSP package in the local set), and the plan features above PlanLint.
        .target(name: "LanguageServer"),
        .target(name: "PlanServer", dependencies: ["LanguageServer", "PlanLint", "PlanRules", "PlanModel", "PlanYAML"]),
        .executableTarget(
            name: "planlint",
            dependencies: [
                "PlanLint",
                "PlanServer",
                "PlanDiff",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Start-up: in release builds the Swift runtime is linked into the binary rather
            // than loaded and relocated at every run (see docs/performance.md). Debug builds
            // (tests, sanitizers) stay dynamic: the sanitizer runtimes need the shared runtime.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-l_FoundationCollections", "-l_FoundationCShims",
                                           "-lswiftSynchronization",
                                           // Foundation and FoundationXML for the .docx reader (PlanDocx).
                                           "-lFoundationXML", "-l_CFXMLInterface", "-lFoundation",
                                           "-lFoundationInternationalization", "-lFoundationEssentials",
                                           "-lCoreFoundation", "-l_FoundationICU", "-lxml2", "-lz"],
                                          .when(configuration: .release))]
        ),
        // The benchmark behind docs/performance.md: libyaml's event parser (the floor) and
        // the full lint side by side. Run with `swift run -c release planlint-bench`.
        .executableTarget(
            name: "planlint-bench",
            dependencies: ["CYAML", "PlanYAML", "PlanModel", "PlanRules", "PlanReport", "PlanLint"]
        ),
        // Build-time compiling of Rules/*.yaml into RuleSpec values, so an installed binary
        // carries its catalogue and parses no rule file at run time.
        .executableTarget(name: "embed-rules", dependencies: ["PlanCatalogue", "PlanYAML"]),
        .plugin(
            name: "EmbedRulesPlugin",
            capability: .buildTool(),
            dependencies: ["embed-rules"],
            path: "Sources/EmbedRulesPlugin"
        ),
        .testTarget(name: "PlanYAMLTests", dependencies: ["PlanYAML", "PlanTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "PlanTextTests", dependencies: ["PlanText", "PlanTestSupport"]),
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel", "PlanText"]),
        .testTarget(name: "PlanRulesTests", dependencies: ["PlanRules", "PlanCatalogue", "PlanModel", "PlanYAML"]),
        // Shared by the test targets: the real consumers' checkers (jsonschema, xmllint)
        // for SARIF, JUnit and the plan schema, and a seeded random generator.
        .target(name: "PlanTestSupport", path: "Tests/PlanTestSupport"),
        .testTarget(name: "PlanReportTests", dependencies: ["PlanReport", "PlanTestSupport"]),
        .testTarget(name: "PlanLintTests", dependencies: ["PlanLint", "PlanTestSupport"]),
        .testTarget(name: "LanguageServerTests", dependencies: ["LanguageServer"]),
        .testTarget(name: "PlanEncodingTests", dependencies: ["PlanEncoding"], exclude: ["Fixtures"]),
        .testTarget(name: "PlanServerTests", dependencies: ["PlanServer", "LanguageServer", "PlanLint", "PlanTestSupport"],
                    exclude: ["Protocol"]),
    ]
)
