// libFuzzer entry point over the whole per-file pipeline: the YAML loader, the plan
// decoder and the rule engine (all shipped rules), plus the configuration reader.
// Built and run by scripts/fuzz.sh; never part of the SwiftPM package.
import PlanModel
@testable import PlanRules
import PlanYAML

/// One engine for the whole run, with every shipped rule (compiled in by embed-rules).
private let engine = Engine(catalogue: Catalogue.shipped(),
                            today: CalendarDate(year: 2022, month: 3, day: 31))

/// Small limits, so that every limit is reached often.
private let tight = LoadLimits(maxBytes: 4096, maxDepth: 6, maxAliasNodes: 40, maxAliasBytes: 400, maxScalarBytes: 256)

/// Traps (so libFuzzer saves the input) when a position is outside the input (a UTF-16
/// file's offsets are those of its UTF-8 form, at most 3/2 of its size).
private func checkMark(_ m: Mark, in bytes: [UInt8], _ what: String) {
    let utf16 = bytes.count >= 2 && ((bytes[0], bytes[1]) == (0xFF, 0xFE) || (bytes[0], bytes[1]) == (0xFE, 0xFF))
    if m.line < 1 || m.column < 1 || m.offset < 0 || m.offset > (utf16 ? bytes.count * 3 / 2 : bytes.count) {
        fatalError("\(what): mark \(m.line):\(m.column)@\(m.offset) outside \(bytes.count) bytes")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))

    for limits in [LoadLimits.default, tight] {
        let document = YAMLLoader.load(bytes, limits: limits)
        for issue in document.issues {
            checkMark(issue.range.start, in: bytes, "issue start")
            checkMark(issue.range.end, in: bytes, "issue end")
        }
    }

    let result = engine.lint(bytes: bytes, path: "fuzz.yaml")
    for d in result.diagnostics where d.line < 1 || d.column < 1 {
        fatalError("diagnostic \(d.rule) at \(d.line):\(d.column)")
    }
    _ = try? ConfigurationReader.read(text: String(decoding: bytes, as: UTF8.self), origin: "planlint.yaml")
    return 0
}
