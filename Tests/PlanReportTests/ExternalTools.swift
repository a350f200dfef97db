import Foundation
import Testing

/// The programs that stand for a report's real consumer (python3 with jsonschema for
/// SARIF, xmllint for JUnit), and the vendored schemas they check against. A test that
/// needs a missing tool is skipped on a developer's machine and fails on CI (CI=true).
enum ExternalTools {
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// The repository root (this file is Tests/PlanReportTests/ExternalTools.swift).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `shared/vendor`, beside the repository (as CI lays it out), or PLANLINT_VENDOR.
    static let vendor: URL = {
        if let path = ProcessInfo.processInfo.environment["PLANLINT_VENDOR"] { return URL(fileURLWithPath: path) }
        return repository.deletingLastPathComponent().appendingPathComponent("shared/vendor")
    }()

    static var sarifSchema: URL { vendor.appendingPathComponent("sarif/sarif-schema-2.1.0.json") }
    static var junitSchema: URL { vendor.appendingPathComponent("junit/junit-10.xsd") }

    static func find(_ name: String) -> URL? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let url = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    static let hasJSONSchema: Bool = {
        guard find("python3") != nil else { return false }
        return (try? run("python3", ["-c", "import jsonschema"]).status) == 0
    }()

    static let hasXMLLint = find("xmllint") != nil

    /// Run the schema tests: the tools are there, or this is CI (where their absence fails).
    static var sarifCheckable: Bool { isCI || (hasJSONSchema && FileManager.default.fileExists(atPath: sarifSchema.path)) }
    static var junitCheckable: Bool { isCI || (hasXMLLint && FileManager.default.fileExists(atPath: junitSchema.path)) }

    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs a program found on PATH with standard output and error together.
    static func run(_ program: String, _ arguments: [String], input: String? = nil) throws -> Result {
        guard let url = find(program) else {
            throw ToolMissing(name: program)
        }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    struct ToolMissing: Error, CustomStringConvertible {
        var name: String
        var description: String { "\(name) is not installed (CI installs it in .ci/run)" }
    }

    /// Writes text to a new temporary file and returns its path.
    static func temporaryFile(_ text: String, suffix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-\(UUID().uuidString)\(suffix)")
        try Data(text.utf8).write(to: url)
        return url
    }

    /// Validates a SARIF log against the OASIS schema; returns the validator's complaints.
    static func sarifProblems(_ sarif: String) throws -> String? {
        try #require(hasJSONSchema, "python3 with jsonschema is needed (pip install jsonschema)")
        let file = try temporaryFile(sarif, suffix: ".sarif")
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            validator = jsonschema.validators.validator_for(schema)(schema)
            errors = list(validator.iter_errors(json.load(open(sys.argv[2], encoding="utf-8"))))
            for e in errors: print("/".join(map(str, e.absolute_path)), e.message[:300])
            sys.exit(1 if errors else 0)
            """
        let result = try run("python3", ["-c", script, sarifSchema.path, file.path])
        return result.status == 0 ? nil : result.output
    }

    /// Validates JUnit XML against Jenkins' junit-10.xsd; returns xmllint's complaints.
    static func junitProblems(_ xml: String) throws -> String? {
        try #require(hasXMLLint, "xmllint is needed (apt-get install libxml2-utils)")
        let file = try temporaryFile(xml, suffix: ".xml")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run("xmllint", ["--noout", "--schema", junitSchema.path, file.path])
        return result.status == 0 ? nil : result.output
    }
}
