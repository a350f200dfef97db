import CYAML

/// The result of loading one YAML file: its single document (if any) and every problem found.
public struct YAMLDocument: Sendable {
    /// The document's root node; nil for an empty stream or when a syntax error stopped loading.
    public var root: Node?
    /// Problems in source order. A syntax error or an exceeded limit ends loading;
    /// repeated keys do not.
    public var issues: [YAMLIssue]

    public init(root: Node?, issues: [YAMLIssue]) {
        self.root = root
        self.issues = issues
    }
}

/// Loads YAML text into a positioned node tree, using the system libyaml's event parser.
///
/// The loader resolves aliases, keeps every scalar as text with its style, and reports
/// what libyaml does not: repeated keys, several documents, and exceeded limits.
public enum YAMLLoader {
    /// Loads UTF-8 (or UTF-16 with a byte-order mark, which libyaml decodes) bytes.
    public static func load(_ bytes: [UInt8], limits: LoadLimits = .default) -> YAMLDocument {
        if bytes.count > limits.maxBytes {
            let issue = YAMLIssue(
                kind: .limit,
                message: "the file has \(bytes.count) bytes, more than the limit of \(limits.maxBytes)",
                range: SourceRange(at: .start), subject: "max-bytes")
            return YAMLDocument(root: nil, issues: [issue])
        }
        if bytes.isEmpty { return YAMLDocument(root: nil, issues: []) }
        return bytes.withUnsafeBufferPointer { buffer in
            var run = LoaderRun(buffer: buffer, limits: limits)
            return run.run()
        }
    }

    /// Loads a Swift string (always UTF-8).
    public static func load(_ text: String, limits: LoadLimits = .default) -> YAMLDocument {
        load(Array(text.utf8), limits: limits)
    }
}

/// One pass of libyaml over one buffer, feeding a `TreeBuilder`.
private struct LoaderRun {
    let buffer: UnsafeBufferPointer<UInt8>
    let limits: LoadLimits
    var offsets: ByteOffsets
    var builder: TreeBuilder

    init(buffer: UnsafeBufferPointer<UInt8>, limits: LoadLimits) {
        self.buffer = buffer
        self.limits = limits
        offsets = ByteOffsets(buffer)
        builder = TreeBuilder(limits: limits)
    }

    mutating func run() -> YAMLDocument {
        // libyaml keeps a pointer to the input inside the parser, so the parser must live
        // at a stable address for the whole run.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            return YAMLDocument(root: nil, issues: [
                YAMLIssue(kind: .syntax, message: "libyaml could not be initialised", range: SourceRange(at: .start)),
            ])
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)

        var event = yaml_event_t()
        while !builder.stopped {
            guard yaml_parser_parse(parser, &event) == 1 else {
                builder.fail(parserIssue(parser.pointee))
                break
            }
            let done = event.type == YAML_STREAM_END_EVENT
            handle(&event)
            yaml_event_delete(&event)
            if done { break }
        }
        return builder.finish()
    }

    private mutating func mark(_ m: yaml_mark_t) -> Mark {
        Mark(line: m.line + 1, column: m.column + 1, offset: offsets.offset(ofCharacter: m.index))
    }

    private mutating func handle(_ event: inout yaml_event_t) {
        let range = SourceRange(start: mark(event.start_mark), end: mark(event.end_mark))
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            builder.startDocument(range)
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            guard s.length <= limits.maxScalarBytes else {
                builder.fail(YAMLIssue(
                    kind: .limit,
                    message: "a scalar of \(s.length) bytes is longer than the limit of \(limits.maxScalarBytes)",
                    range: range, subject: "max-scalar-bytes"))
                return
            }
            let value = string(s.value, count: s.length)
            builder.scalar(Scalar(value, style: style(s.style)), tag: optionalString(s.tag),
                           anchor: optionalString(s.anchor), range: range)
        case YAML_SEQUENCE_START_EVENT:
            let d = event.data.sequence_start
            builder.startCollection(isMapping: false, tag: optionalString(d.tag),
                                    anchor: optionalString(d.anchor), range: range)
        case YAML_MAPPING_START_EVENT:
            let d = event.data.mapping_start
            builder.startCollection(isMapping: true, tag: optionalString(d.tag),
                                    anchor: optionalString(d.anchor), range: range)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            builder.endCollection(at: range.end)
        case YAML_ALIAS_EVENT:
            builder.alias(optionalString(event.data.alias.anchor) ?? "", range: range)
        default:
            break // stream start/end, document end: nothing to build
        }
    }

    private func style(_ s: yaml_scalar_style_t) -> ScalarStyle {
        switch s {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private func string(_ p: UnsafeMutablePointer<yaml_char_t>?, count: Int) -> String {
        guard let p, count > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: p, count: count), as: UTF8.self)
    }

    private func optionalString(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let p else { return nil }
        return String(cString: p)
    }

    private mutating func parserIssue(_ p: yaml_parser_t) -> YAMLIssue {
        let problem = p.problem.map { String(cString: $0) } ?? "unknown problem"
        if p.error == YAML_READER_ERROR {
            let at = offsets.mark(ofByte: p.problem_offset)
            var message = problem
            if p.problem_value >= 0 {
                message += " (byte 0x\(String(p.problem_value, radix: 16, uppercase: true)) at offset \(p.problem_offset))"
            } else {
                message += " (at byte offset \(p.problem_offset))"
            }
            return YAMLIssue(kind: .syntax, message: message, range: SourceRange(at: at))
        }
        let at = mark(p.problem_mark)
        let context = p.context.map { String(cString: $0) }
        return YAMLIssue(kind: .syntax, message: problem, context: context, range: SourceRange(at: at))
    }
}
