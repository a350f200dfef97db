import Foundation
@testable import PlanYAML

/// The YAML test suite vendored beside the repository (`../shared/vendor/yaml-test-suite`),
/// its cases, and the list of cases where libyaml itself differs from the suite.
enum YAMLSuite {
    /// The repository root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = repository.appendingPathComponent("../shared/vendor/yaml-test-suite").standardizedFileURL
    static let differencesFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/libyaml-known-differences.txt")

    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("data").path)
    }

    static let absentMessage = "yaml-test-suite not found at \(directory.path); the suite tests are skipped"

    /// One test case: `229Q`, or `4MUZ/01` for a numbered case of a test.
    struct Case {
        let id: String
        let folder: URL

        func has(_ file: String) -> Bool {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path)
        }

        func bytes(_ file: String) -> [UInt8] {
            (try? Data(contentsOf: folder.appendingPathComponent(file))).map { Array($0) } ?? []
        }

        var isError: Bool { has("error") }
    }

    /// Every case, in id order.
    static let cases: [Case] = {
        let data = directory.appendingPathComponent("data")
        let fm = FileManager.default
        guard let ids = try? fm.contentsOfDirectory(atPath: data.path) else { return [] }
        var result: [Case] = []
        for id in ids.sorted() {
            let folder = data.appendingPathComponent(id)
            if fm.fileExists(atPath: folder.appendingPathComponent("in.yaml").path) {
                result.append(Case(id: id, folder: folder))
            } else {
                for sub in ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() {
                    result.append(Case(id: id + "/" + sub, folder: folder.appendingPathComponent(sub)))
                }
            }
        }
        return result
    }()

    /// How libyaml differs from the suite in one case, from the fixture file.
    enum Verdict: String {
        case acceptsInvalid = "accepts-invalid"
        case rejectsValid = "rejects-valid"
        case eventsDiffer = "events-differ"
    }

    /// The known differences by case id (scripts/yaml-suite-differences.py writes the file).
    static let differences: [String: (verdict: Verdict, reason: String)] = {
        guard let text = try? String(contentsOf: differencesFile, encoding: .utf8) else { return [:] }
        var result: [String: (Verdict, String)] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", maxSplits: 2).map(String.init)
            guard columns.count == 3, let verdict = Verdict(rawValue: columns[1]) else { continue }
            result[columns[0]] = (verdict, columns[2])
        }
        return result
    }()
}

/// A JSON value, to compare a loaded YAML tree with the suite's `in.json`.
indirect enum JSON: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([String: JSON])

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return "\(b)"
        case .number(let n): return "\(n)"
        case .string(let s): return "\"\(s)\""
        case .array(let a): return "[" + a.map(\.description).joined(separator: ", ") + "]"
        case .object(let o): return "{" + o.keys.sorted().map { "\"\($0)\": \(o[$0] ?? .null)" }.joined(separator: ", ") + "}"
        }
    }

    static func == (a: JSON, b: JSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y || (x.isNaN && y.isNaN)
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy(==)
        case (.object(let x), .object(let y)): return x.count == y.count && x.allSatisfy { y[$0.key] == $0.value }
        default: return false
        }
    }
}

/// Reads a stream of JSON values (the suite's `in.json` holds one per YAML document).
struct JSONStreamReader {
    private let s: [UInt8]
    private var i = 0

    init(_ bytes: [UInt8]) { s = bytes }

    static func values(_ bytes: [UInt8]) -> [JSON]? {
        var reader = JSONStreamReader(bytes)
        var values: [JSON] = []
        while true {
            reader.skipSpace()
            if reader.i >= reader.s.count { return values }
            guard let v = reader.value() else { return nil }
            values.append(v)
        }
    }

    private mutating func skipSpace() {
        while i < s.count, [0x20, 0x09, 0x0A, 0x0D].contains(s[i]) { i += 1 }
    }

    private mutating func literal(_ word: String) -> Bool {
        let w = Array(word.utf8)
        guard i + w.count <= s.count, Array(s[i..<(i + w.count)]) == w else { return false }
        i += w.count
        return true
    }

    private mutating func value() -> JSON? {
        skipSpace()
        guard i < s.count else { return nil }
        switch s[i] {
        case UInt8(ascii: "{"):
            i += 1
            var object: [String: JSON] = [:]
            skipSpace()
            if i < s.count, s[i] == UInt8(ascii: "}") { i += 1; return .object(object) }
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard i < s.count, s[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let v = value() else { return nil }
                object[key] = v
                skipSpace()
                guard i < s.count else { return nil }
                i += 1
                if s[i - 1] == UInt8(ascii: "}") { return .object(object) }
                guard s[i - 1] == UInt8(ascii: ",") else { return nil }
            }
        case UInt8(ascii: "["):
            i += 1
            var array: [JSON] = []
            skipSpace()
            if i < s.count, s[i] == UInt8(ascii: "]") { i += 1; return .array(array) }
            while true {
                guard let v = value() else { return nil }
                array.append(v)
                skipSpace()
                guard i < s.count else { return nil }
                i += 1
                if s[i - 1] == UInt8(ascii: "]") { return .array(array) }
                guard s[i - 1] == UInt8(ascii: ",") else { return nil }
            }
        case UInt8(ascii: "\""):
            return string().map(JSON.string)
        case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
        case UInt8(ascii: "n"): return literal("null") ? .null : nil
        default:
            let start = i
            while i < s.count, "+-.0123456789eE".utf8.contains(s[i]) { i += 1 }
            return Double(String(decoding: s[start..<i], as: UTF8.self)).map(JSON.number)
        }
    }

    private mutating func string() -> String? {
        guard i < s.count, s[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        var units: [UInt16] = []
        var raw: [UInt8] = []
        func flushRaw() {
            units += String(decoding: raw, as: UTF8.self).utf16
            raw = []
        }
        while i < s.count {
            let c = s[i]
            i += 1
            if c == UInt8(ascii: "\"") {
                flushRaw()
                return String(decoding: units, as: UTF16.self)
            }
            guard c == UInt8(ascii: "\\") else { raw.append(c); continue }
            flushRaw()
            guard i < s.count else { return nil }
            let e = s[i]
            i += 1
            switch e {
            case UInt8(ascii: "n"): units.append(0x0A)
            case UInt8(ascii: "t"): units.append(0x09)
            case UInt8(ascii: "r"): units.append(0x0D)
            case UInt8(ascii: "b"): units.append(0x08)
            case UInt8(ascii: "f"): units.append(0x0C)
            case UInt8(ascii: "u"):
                guard i + 4 <= s.count, let u = UInt16(String(decoding: s[i..<(i + 4)], as: UTF8.self), radix: 16)
                else { return nil }
                units.append(u)
                i += 4
            default: units.append(UInt16(e))
            }
        }
        return nil
    }
}

/// YAML 1.2 core-schema resolution, applied in the tests only: the loader itself never
/// types a scalar.
enum CoreSchema {
    static let yamlTag = "tag:yaml.org,2002:"

    static func json(_ node: Node) -> JSON {
        switch node.kind {
        case .scalar(let s): return scalar(s, tag: node.tag)
        case .sequence(let items): return .array(items.map(json))
        case .mapping(let pairs):
            var object: [String: JSON] = [:]
            for pair in pairs { object[key(pair.key)] = json(pair.value) }
            return .object(object)
        }
    }

    /// A mapping key as JSON writes it: the scalar's text (a collection key has no JSON form).
    static func key(_ node: Node) -> String {
        if let s = node.scalar {
            if case .string(let text) = scalar(s, tag: node.tag) { return text }
            return s.value
        }
        return json(node).description
    }

    static func scalar(_ s: Scalar, tag: String?) -> JSON {
        switch tag {
        case yamlTag + "str", "!": return .string(s.value)
        case yamlTag + "null": return .null
        case yamlTag + "bool": return bool(s.value).map(JSON.bool) ?? .string(s.value)
        case yamlTag + "int", yamlTag + "float": return number(s.value).map(JSON.number) ?? .string(s.value)
        case .some: return .string(s.value)
        case nil: break
        }
        guard s.style == .plain else { return .string(s.value) }
        if s.isNull { return .null }
        if let b = bool(s.value) { return .bool(b) }
        if let n = number(s.value) { return .number(n) }
        return .string(s.value)
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// Core-schema int and float: decimal, 0o octal, 0x hex, .inf, .nan.
    static func number(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        if text.hasPrefix("0o"), let v = Int(text.dropFirst(2), radix: 8) { return Double(v) }
        if text.hasPrefix("0x"), let v = Int(text.dropFirst(2), radix: 16) { return Double(v) }
        let pattern = #"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$"#
        guard text.range(of: pattern, options: .regularExpression) != nil else { return nil }
        return Double(text)
    }
}
