import Foundation
@testable import PlanLint

/// A temporary folder for one test, removed when the value is released.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "planlint-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }
}

/// The repository's root folder (this file is Tests/PlanLintTests/Support.swift).
let repositoryRoot: String = {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
}()

/// A minimal plan that passes every rule, for end-to-end tests.
let cleanPlan = """
    planlint: 1
    prefecture: {code: 8, name: 茨城県}
    period: {from: 2020, to: 2022}
    kpis:
      - id: seminars
        text: 知財セミナーを年6回開催する。
        targets:
          - {metric: 知財セミナーの開催回数, value: 6, unit: 回, basis: annual}
        supports: [plan/ip]
    visions:
      - id: plan
        title: 茨城県総合計画
        period: {from: 2018, to: 2023}
        goals:
          - {id: ip, text: 知財セミナーの開催により中小企業の知財活用を促進する。}

    """

/// Runs `planlint lint` in-process with the given options adjusted.
func lint(_ paths: [String], _ adjust: (inout LintOptions) -> Void = { _ in }) -> RunOutcome {
    var options = LintOptions()
    options.paths = paths
    options.language = .en
    adjust(&options)
    return LintRunner.run(options)
}

/// The built `planlint` executable beside the test bundle, and a runner for it.
enum Binary {
    static var path: String? {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundleFolder, bundleFolder.deletingLastPathComponent()] {
            let file = candidate.appendingPathComponent("planlint").path
            if FileManager.default.isExecutableFile(atPath: file) { return file }
        }
        return nil
    }

    /// Runs the executable with arguments in a folder; returns status, stdout and stderr.
    /// (`executable` runs another program instead, e.g. a shell that starts planlint.)
    static func run(_ arguments: [String], in folder: String, environment: [String: String] = ["LANG": "C"],
                    executable: String? = nil) throws -> (status: Int32, out: String, err: String) {
        guard let path else { throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "planlint is not built"]) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
