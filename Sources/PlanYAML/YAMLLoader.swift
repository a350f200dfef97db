import CYAML

/// The result of loading one YAML file: its single document (if any) and every problem found.
public struct YAMLDocument: Sendable {
    /// The document's root node; nil for an empty stream, when a syntax error or a limit
    /// stopped loading, or when the stream holds more than one document.
    public var root: Node?
    /// Problems in source order. A syntax error or an exceeded limit ends loading;
    /// repeated keys and a second document do not (later documents are still parsed).
    public var issues: [YAMLIssue]
    /// The lines whose break is wider than one byte (CRLF, NEL, LS, PS), for working out
    /// positions inside multi-line scalars from their ranges.
    public var lineBreaks: LineBreaks
    /// Repeated keys past `max-diagnostics`, counted but not kept.
    public var suppressedIssues = 0
    /// Where the first of them is.
    public var firstSuppressedIssue: SourceRange?

    public init(root: Node?, issues: [YAMLIssue], lineBreaks: LineBreaks = LineBreaks()) {
        self.root = root
        self.issues = issues
        self.lineBreaks = lineBreaks
    }
}

/// Loads YAML text into a positioned node tree, using the system libyaml's event parser.
///
/// The loader resolves aliases, keeps every scalar as text with its style, and reports
/// what libyaml does not: repeated keys, several documents, and exceeded limits.
public enum YAMLLoader {
    /// Loads UTF-8 bytes (with or without a byte-order mark), or UTF-16 with a byte-order
    /// mark, which is turned into UTF-8 first (see `Mark.offset`).
    public static func load(_ bytes: [UInt8], limits: LoadLimits = .default) -> YAMLDocument {
        loadStream(bytes, limits: limits).document
    }

    /// Loads every document of a stream: the plan's single document and its problems, and
    /// the roots of all documents (for the YAML test suite, whose streams may hold several).
    static func loadStream(_ bytes: [UInt8], limits: LoadLimits = .default) -> (document: YAMLDocument, roots: [Node]) {
        if bytes.count > limits.maxBytes {
            let issue = YAMLIssue(
                kind: .limit,
                message: "the file has \(bytes.count) bytes, more than the limit of \(limits.maxBytes)",
                range: SourceRange(at: .start), subject: "max-bytes")
            return (YAMLDocument(root: nil, issues: [issue]), [])
        }
        var text = bytes
        var fileOffset: ((Int) -> Int)?
        switch UTF16Input.transcode(bytes) {
        case .failure(let issue)?:
            return (YAMLDocument(root: nil, issues: [issue]), [])
        case .success(let utf8)?:
            text = utf8
            fileOffset = { UTF16Input.fileOffset(ofUTF8: $0, in: utf8) }
        case nil:
            break
        }
        if text.isEmpty { return (YAMLDocument(root: nil, issues: []), []) }
        return text.withUnsafeBufferPointer { buffer in
            var run = LoaderRun(buffer: buffer, limits: limits, fileOffset: fileOffset)
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
    /// For a transcoded UTF-16 file: the file's byte offset of a UTF-8 offset, for messages.
    let fileOffset: ((Int) -> Int)?
    var offsets: ByteOffsets
    var builder: TreeBuilder

    init(buffer: UnsafeBufferPointer<UInt8>, limits: LoadLimits, fileOffset: ((Int) -> Int)?) {
        self.buffer = buffer
        self.limits = limits
        self.fileOffset = fileOffset
        offsets = ByteOffsets(buffer)
        builder = TreeBuilder(limits: limits, textCapacity: buffer.count)
    }

    mutating func run() -> (document: YAMLDocument, roots: [Node]) {
        // libyaml keeps a pointer to the input inside the parser, so the parser must live
        // at a stable address for the whole run.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            return (YAMLDocument(root: nil, issues: [
                YAMLIssue(kind: .syntax, message: "libyaml could not be initialised", range: SourceRange(at: .start)),
            ]), [])
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
        let (finished, tree) = builder.finish()
        var document = finished
        if document.root != nil { document.lineBreaks = LineBreaks(utf8: buffer) }
        return (document, builder.roots.map(tree.node))
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
            let value = UnsafeBufferPointer<UInt8>(start: s.value.map { UnsafePointer($0) }, count: s.value == nil ? 0 : s.length)
            builder.scalar(value, style: style(s.style), tag: optionalString(s.tag),
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

    private func optionalString(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let p else { return nil }
        return String(cString: p)
    }

    private mutating func parserIssue(_ p: yaml_parser_t) -> YAMLIssue {
        let problem = p.problem.map { String(cString: $0) } ?? "unknown problem"
        if p.error == YAML_READER_ERROR {
            return readerIssue(problem, offset: p.problem_offset, value: Int(p.problem_value))
        }
        let at = mark(p.problem_mark)
        let context = p.context.map { String(cString: $0) }
        var issue = YAMLIssue(kind: .syntax, message: problem, context: context, range: SourceRange(at: at))
        let contextOffset = p.context == nil ? nil : offsets.offset(ofCharacter: p.context_mark.index)
        if let (mistake, culprit) = MistakeFinder.find(in: buffer, at: at.offset, context: contextOffset, offsets: offsets) {
            issue.mistake = mistake
            issue.range = SourceRange(at: culprit)
        }
        return issue
    }

    /// An encoding problem: libyaml gives the byte offset and the offending value (a
    /// character for control characters, a byte otherwise). The message gives the offset
    /// in the file as given, also for a UTF-16 file.
    private func readerIssue(_ problem: String, offset: Int, value: Int) -> YAMLIssue {
        let hex = String(value, radix: 16, uppercase: true)
        let inFile = fileOffset.map { $0(offset) } ?? offset
        var message = problem
        if value < 0 {
            message += " (at byte offset \(inFile))"
        } else if problem.hasPrefix("control characters") || problem.hasPrefix("invalid Unicode") {
            message += " (character U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) at byte offset \(inFile))"
        } else {
            message += " (byte 0x\(hex) at byte offset \(inFile))"
        }
        if value == 0, fileOffset == nil, looksLikeUTF16() {
            message += "; the file looks like UTF-16 without a byte-order mark: save it as UTF-8"
        }
        return YAMLIssue(kind: .syntax, message: message, range: SourceRange(at: offsets.mark(ofByte: offset)))
    }

    /// Whether the input starts like BOM-less UTF-16 text (a NUL in one of its first two bytes).
    private func looksLikeUTF16() -> Bool {
        buffer.count >= 2 && (buffer[0] == 0) != (buffer[1] == 0)
    }
}
