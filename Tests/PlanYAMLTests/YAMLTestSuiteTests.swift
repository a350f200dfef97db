import Foundation
import Testing
@testable import PlanYAML

/// The loader against the YAML test suite (../shared/vendor/yaml-test-suite): it rejects
/// exactly the cases marked `error` and loads the value of `in.json`, except where
/// libyaml itself differs from the suite (Fixtures/libyaml-known-differences.txt, made
/// mechanically by scripts/yaml-suite-differences.py from libyaml's own event stream).
///
/// "Rejects" means any loader issue but `multipleDocuments`: several documents are
/// refused by the plan's policy, not by YAML, and the loader still parses every document.
@Suite("YAML test suite", .enabled(if: YAMLSuite.isPresent, Comment(rawValue: YAMLSuite.absentMessage)))
struct YAMLTestSuiteTests {
    private struct Outcome {
        let rejected: Bool
        let issues: [YAMLIssue]
        let roots: [Node]
    }

    private func load(_ c: YAMLSuite.Case) -> Outcome {
        let (document, roots) = YAMLLoader.loadStream(c.bytes("in.yaml"))
        let rejecting = document.issues.filter { $0.kind != .multipleDocuments }
        return Outcome(rejected: !rejecting.isEmpty, issues: rejecting, roots: roots)
    }

    @Test("the suite and the known-differences list are both there and agree")
    func listIsCurrent() {
        #expect(YAMLSuite.cases.count == 402)
        #expect(!YAMLSuite.differences.isEmpty, "missing \(YAMLSuite.differencesFile.path)")
        let ids = Set(YAMLSuite.cases.map(\.id))
        for id in YAMLSuite.differences.keys {
            #expect(ids.contains(id), "\(id) is listed in libyaml-known-differences.txt but is not a suite case")
        }
    }

    @Test("rejects exactly the cases marked error, where libyaml agrees with the suite")
    func errorCases() {
        var checked = 0
        for c in YAMLSuite.cases where YAMLSuite.differences[c.id] == nil {
            let outcome = load(c)
            checked += 1
            if c.isError {
                #expect(outcome.rejected, "\(c.id) is invalid YAML but loads")
            } else {
                #expect(!outcome.rejected, "\(c.id) is valid YAML but is rejected: \(outcome.issues.map(\.message))")
            }
        }
        #expect(checked == YAMLSuite.cases.count - YAMLSuite.differences.count)
    }

    @Test("loads the value of in.json, with core-schema resolution applied in the test")
    func values() throws {
        for c in YAMLSuite.cases where !c.isError && c.has("in.json") && YAMLSuite.differences[c.id] == nil {
            let outcome = load(c)
            let expected = try #require(JSONStreamReader.values(c.bytes("in.json")), "\(c.id): in.json does not parse")
            let loaded = outcome.roots.map(CoreSchema.json)
            #expect(loaded == expected, "\(c.id): loaded \(loaded), suite \(expected)")
        }
    }

    @Test("where libyaml differs from the suite, the loader does what libyaml does")
    func knownDifferences() {
        for c in YAMLSuite.cases {
            guard let (verdict, reason) = YAMLSuite.differences[c.id] else { continue }
            let outcome = load(c)
            switch verdict {
            case .rejectsValid:
                #expect(outcome.issues.first?.kind == .syntax, "\(c.id): libyaml rejects it (\(reason)), the loader should too")
            case .eventsDiffer:
                #expect(!outcome.rejected, "\(c.id): libyaml parses it (\(reason)), the loader should too")
            case .acceptsInvalid:
                // None of these is caught by the loader's own checks (repeated keys, aliases).
                #expect(!outcome.rejected, "\(c.id): libyaml accepts it, yet the loader reports \(outcome.issues.map(\.message))")
            }
        }
    }

    @Test("summary: how many suite cases pass")
    func summary() {
        var valid = 0, invalid = 0, json = 0, jsonEqual = 0, rejectedInvalid = 0, acceptedValid = 0
        for c in YAMLSuite.cases where YAMLSuite.differences[c.id] == nil {
            let outcome = load(c)
            if c.isError {
                invalid += 1
                if outcome.rejected { rejectedInvalid += 1 }
            } else {
                valid += 1
                if !outcome.rejected { acceptedValid += 1 }
                if let expected = JSONStreamReader.values(c.bytes("in.json")), c.has("in.json") {
                    json += 1
                    if outcome.roots.map(CoreSchema.json) == expected { jsonEqual += 1 }
                }
            }
        }
        print("""
            yaml-test-suite: \(YAMLSuite.cases.count) cases, \(YAMLSuite.differences.count) where libyaml differs; \
            of the other \(valid + invalid): \(acceptedValid)/\(valid) valid loaded, \
            \(rejectedInvalid)/\(invalid) invalid rejected, \(jsonEqual)/\(json) equal to in.json
            """)
        #expect(acceptedValid == valid && rejectedInvalid == invalid && jsonEqual == json)
    }
}
