import Foundation

/// The real consumers' checkers for the CI formats (python3 with jsonschema and PyYAML,
/// xmllint) and the vendored schemas beside the repository (`../shared/vendor`, or
/// PLANLINT_VENDOR), shared by the report and command-line tests. Tests that need a
/// missing tool are skipped locally and fail on CI (CI=true): a checker throws `Missing`.
public enum ConsumerTools {
    public static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// The repository root (this file is Tests/PlanTestSupport/ConsumerTools.swift).
    public static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    public static let vendor: String = ProcessInfo.processInfo.environment["PLANLINT_VENDOR"]
        ?? URL(fileURLWithPath: repositoryRoot).deletingLastPathComponent().appendingPathComponent("shared/vendor").path

    public static var sarifSchema: String { vendor + "/sarif/sarif-schema-2.1.0.json" }
    public static var junitSchema: String { vendor + "/junit/junit-10.xsd" }
    public static var planSchema: String { repositoryRoot + "/schema/plan.schema.json" }

    public static func find(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    public static let hasPython = find("python3").map { _ in
        (try? run("python3", ["-c", "import jsonschema, yaml"]).status) == 0
    } ?? false
    public static let hasXMLLint = find("xmllint") != nil
    /// junitparser and junit2html (PyPI), two JUnit consumers that count test cases.
    public static let hasJUnitConsumers = find("python3").map { _ in
        (try? run("python3", ["-c", "import junitparser, junit2htmlreport"]).status) == 0
    } ?? false
    public static let hasVendor = FileManager.default.fileExists(atPath: sarifSchema)

    /// Whether to run tests that need python3 (with jsonschema and yaml); on CI always.
    public static var pythonCheckable: Bool { isCI || hasPython }
    public static var sarifCheckable: Bool { isCI || (hasPython && hasVendor) }
    public static var junitCheckable: Bool { isCI || (hasXMLLint && hasVendor) }
    public static var junitConsumersCheckable: Bool { isCI || hasJUnitConsumers }

    /// Runs a program from PATH; standard output and error together.
    public static func run(_ program: String, _ arguments: [String], in folder: String? = nil,
                    environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
        guard let path = find(program) else { throw Missing(name: program) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    public struct Missing: Error, CustomStringConvertible {
        public var name: String
        public var description: String { "\(name) is not installed (.ci/run installs it)" }
    }

    /// Validates a SARIF file against the OASIS schema: nil when valid, else the complaints.
    public static func sarifProblems(file: String) throws -> String? {
        guard hasPython else { throw Missing(name: "python3 with jsonschema and PyYAML") }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            validator = jsonschema.validators.validator_for(schema)(schema)
            errors = list(validator.iter_errors(json.load(open(sys.argv[2], encoding="utf-8"))))
            for e in errors: print("/".join(map(str, e.absolute_path)), e.message[:300])
            sys.exit(1 if errors else 0)
            """
        let result = try run("python3", ["-c", script, sarifSchema, file])
        return result.status == 0 ? nil : result.output
    }

    /// Validates a JUnit XML file against Jenkins' junit-10.xsd.
    public static func junitProblems(file: String) throws -> String? {
        guard hasXMLLint else { throw Missing(name: "xmllint (Debian libxml2-utils)") }
        let result = try run("xmllint", ["--noout", "--schema", junitSchema, file])
        return result.status == 0 ? nil : result.output
    }

    /// What two real JUnit consumers make of a report: junitparser's failure count (the
    /// root's, after it recounts the suites) and its failing test cases; junit2html's
    /// failing test cases, and how many of the file's `<failure>` texts its HTML page shows.
    public static func junitConsumerCounts(file: String) throws
        -> (failures: Int, junitparser: Int, junitparserCases: Int, junit2html: Int, shown: Int) {
        guard hasJUnitConsumers else { throw Missing(name: "junitparser and junit2html (pip)") }
        let script = #"""
            import html, json, os, sys, tempfile, xml.etree.ElementTree as ET
            from junitparser import JUnitXml, Failure
            import junit2htmlreport.parser as j2h
            from junit2htmlreport.runner import run as j2h_run
            path = sys.argv[1]
            texts = [f.text or "" for f in ET.parse(path).iter("failure")]
            xml = JUnitXml.fromfile(path)
            xml.update_statistics()
            cases = sum(1 for suite in xml for case in suite if any(isinstance(r, Failure) for r in case.result))
            report = j2h.Junit(path)
            failed = sum(1 for suite in report.suites for case in suite.all() if case.failed())
            out = os.path.join(tempfile.mkdtemp(), "report.html")
            j2h_run([path, out])
            page = html.unescape(open(out, encoding="utf-8").read())
            shown = sum(1 for t in texts if t in page)
            print(json.dumps([len(texts), xml.failures, cases, failed, shown]))
            """#
        let result = try run("python3", ["-c", script, file])
        let numbers = result.output.split(separator: "\n").last.flatMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [Int]
        }
        guard let n = numbers, n.count == 5 else { throw Missing(name: "a JUnit consumer that ran: \(result.output)") }
        return (n[0], n[1], n[2], n[3], n[4])
    }

    /// Validates YAML files against a JSON Schema as a YAML 1.2 editor reads them (dates
    /// and yes/no stay text): one `{"file", "valid", "errors"}` per file.
    public static func validatePlans(_ files: [String], schema: String) throws -> [String: (valid: Bool, errors: [String])] {
        guard hasPython else { throw Missing(name: "python3 with jsonschema and PyYAML") }
        let script = #"""
            import json, re, sys, yaml, jsonschema
            class Loader(yaml.SafeLoader): pass
            # YAML 1.2 core schema, as YAML editors read plans: no timestamps, no yes/no/on/off,
            # decimal integers without YAML 1.1's octal and sexagesimal forms.
            Loader.yaml_implicit_resolvers = {}
            for tag, pattern, first in [
                ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
                ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
                ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+0123456789."),
                ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
            ]:
                Loader.add_implicit_resolver("tag:yaml.org,2002:" + tag, re.compile(pattern), list(first))
            def construct_int(loader, node):
                v = loader.construct_scalar(node)
                return int(v, 8) if v.startswith("0o") else int(v, 16) if v.startswith("0x") else int(v, 10)
            Loader.add_constructor("tag:yaml.org,2002:int", construct_int)
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            validator = jsonschema.Draft7Validator(schema)
            for path in sys.argv[2:]:
                try:
                    doc = yaml.load(open(path, encoding="utf-8"), Loader=Loader)
                    errors = ["/" + "/".join(map(str, e.absolute_path)) + ": " + e.message[:200] for e in validator.iter_errors(doc)]
                except yaml.YAMLError as e:
                    errors = ["yaml: " + str(e).splitlines()[0]]
                print(json.dumps({"file": path, "valid": not errors, "errors": errors}, ensure_ascii=False))
            """#
        let result = try run("python3", ["-c", script, schema] + files)
        var out: [String: (Bool, [String])] = [:]
        for line in result.output.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let file = object["file"] as? String, let valid = object["valid"] as? Bool else {
                throw UnexpectedOutput(line: String(line))
            }
            out[file] = (valid, object["errors"] as? [String] ?? [])
        }
        return out
    }

    /// python3 alone (its standard csv module reads CSV reports).
    public static let hasPlainPython = find("python3").map { _ in
        (try? run("python3", ["-c", "import csv"]).status) == 0
    } ?? false
    public static var csvCheckable: Bool { isCI || hasPlainPython }

    /// The rows of a CSV report as Python's csv module reads it (utf-8-sig drops the byte
    /// order mark, newline="" keeps line breaks inside quoted fields), and whether the
    /// file begins with the byte order mark.
    public static func csvRows(_ text: String) throws -> (bom: Bool, rows: [[String]]) {
        guard hasPlainPython else { throw Missing(name: "python3") }
        let script = #"""
            import csv, json, sys
            raw = open(sys.argv[1], "rb").read()
            with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                rows = list(csv.reader(f, strict=True))
            print(json.dumps({"bom": raw.startswith(b"\xef\xbb\xbf"), "rows": rows}))
            """#
        let result = try withTemporaryFile(text, suffix: ".csv") { try run("python3", ["-c", script, $0]) }
        guard result.status == 0, let line = result.output.split(separator: "\n").last,
              let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let bom = object["bom"] as? Bool, let rows = object["rows"] as? [[String]] else {
            throw UnexpectedOutput(line: result.output)
        }
        return (bom, rows)
    }

    /// Validates SARIF text (written to a temporary file) against the OASIS schema.
    public static func sarifProblems(_ sarif: String) throws -> String? {
        try withTemporaryFile(sarif, suffix: ".sarif") { try sarifProblems(file: $0) }
    }

    /// Validates JUnit XML text (written to a temporary file) against junit-10.xsd.
    public static func junitProblems(_ xml: String) throws -> String? {
        try withTemporaryFile(xml, suffix: ".xml") { try junitProblems(file: $0) }
    }

    static func withTemporaryFile<T>(_ text: String, suffix: String, _ body: (String) throws -> T) throws -> T {
        let path = NSTemporaryDirectory() + "planlint-\(UUID().uuidString)\(suffix)"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    /// A line the plan-schema validator printed that is not its JSON result.
    public struct UnexpectedOutput: Error {
        public var line: String
    }
}
