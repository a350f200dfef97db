import PlanYAML

/// What the language features need from a plan's YAML tree: its goals (for references,
/// hover, completion and definition), its `supports` references, the elements for the
/// outline, and the id a JSON pointer's finding is about. Built from the positioned
/// loader's tree, so it works on any plan that parses, even one the decoder rejects.
struct PlanOutline {
    struct Goal {
        var vision: String
        var visionTitle: String?
        var id: String
        var heading: String?
        var text: String?
        var range: SourceRange
        var idRange: SourceRange
        var reference: String { "\(vision)/\(id)" }
    }

    struct Reference {
        var text: String
        var range: SourceRange
    }

    let document: YAMLDocument
    private(set) var goals: [Goal] = []
    private(set) var references: [Reference] = []

    init(bytes: [UInt8], limits: LoadLimits) {
        document = YAMLLoader.load(bytes, limits: limits)
        guard let root = document.root else { return }
        for vision in root["visions"]?.sequence ?? [] {
            guard let vid = vision["id"]?.scalar?.value else { continue }
            for goal in vision["goals"]?.sequence ?? [] {
                guard let idNode = goal["id"], let gid = idNode.scalar?.value else { continue }
                goals.append(Goal(vision: vid, visionTitle: vision["title"]?.scalar?.value, id: gid,
                                  heading: goal["heading"]?.scalar?.value, text: goal["text"]?.scalar?.value,
                                  range: goal.range, idRange: idNode.range))
            }
        }
        for kpi in root["kpis"]?.sequence ?? [] {
            guard let supports = kpi["supports"] else { continue }
            let items = supports.sequence ?? [supports]
            for item in items {
                if let s = item.scalar, !s.isNull { references.append(Reference(text: s.value, range: item.range)) }
            }
        }
    }

    func goal(_ reference: String) -> Goal? {
        goals.first { $0.reference == reference }
    }

    /// The `supports` reference whose scalar holds byte `offset`.
    func reference(at offset: Int) -> Reference? {
        references.first { $0.range.start.offset <= offset && offset <= $0.range.end.offset }
    }

    /// The id of the innermost KPI, target, vision or goal that `pointer` lies in (what a
    /// waiver's `at` names); nil for the plan as a whole.
    func subject(of pointer: String) -> String? {
        guard var node = document.root else { return nil }
        var subject: String?
        var previous: String?
        for token in pointer.split(separator: "/").map(Self.unescape) {
            if let items = node.sequence {
                guard let i = Int(token), items.indices.contains(i) else { break }
                node = items[i]
                if ["kpis", "targets", "visions", "goals"].contains(previous), let id = node["id"]?.scalar?.value {
                    subject = id
                }
            } else if let child = node[token] {
                node = child
            } else {
                break
            }
            previous = token
        }
        return subject
    }

    /// For a `duplicate-id` finding at `…/N/id`: the `id` of the first earlier item of the
    /// same list with the same id (the other position of the duplicate).
    func firstDuplicate(of pointer: String) -> SourceRange? {
        let tokens = pointer.split(separator: "/").map(Self.unescape)
        guard tokens.count >= 2, tokens.last == "id", let index = Int(tokens[tokens.count - 2]),
              var node = document.root else { return nil }
        for token in tokens.dropLast(2) {
            if let items = node.sequence, let i = Int(token), items.indices.contains(i) {
                node = items[i]
            } else if let child = node[token] {
                node = child
            } else {
                return nil
            }
        }
        guard let items = node.sequence, items.indices.contains(index),
              let id = items[index]["id"]?.scalar?.value else { return nil }
        return items[..<index].first { $0["id"]?.scalar?.value == id }?["id"]?.range
    }

    private static func unescape(_ token: Substring) -> String {
        token.replacingOccurrences("~1", "/").replacingOccurrences("~0", "~")
    }
}

extension StringProtocol {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }

    func range(of target: String) -> Range<Index>? {
        guard !target.isEmpty else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(target) { return i..<index(i, offsetBy: target.count) }
            i = index(after: i)
        }
        return nil
    }
}

/// Converts planlint's positions (1-based line and column in Unicode scalars, lines
/// ended as libyaml ends them: LF, CRLF, CR, NEL, LS, PS; a byte-order mark not counted
/// in columns) to byte offsets in the UTF-8 text.
struct ScalarLines {
    let bytes: [UInt8]
    private var starts: [Int] = [0]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var i = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            i = 3
            starts = [3]
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 10 {
                starts.append(i + 1)
            } else if b == 13 {
                if i + 1 < bytes.count && bytes[i + 1] == 10 { i += 1 }
                starts.append(i + 1)
            } else if b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0x85 {
                i += 1
                starts.append(i + 1)
            } else if b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) {
                i += 2
                starts.append(i + 1)
            }
            i += 1
        }
    }

    /// The byte offset of `line`:`column` (clamped to the line and the text).
    func offset(line: Int, column: Int) -> Int {
        guard line >= 1 else { return 0 }
        guard line <= starts.count else { return bytes.count }
        var i = starts[line - 1]
        let end = line < starts.count ? starts[line] : bytes.count
        var column = column
        while column > 1 && i < end {
            let b = bytes[i]
            if b == 10 || b == 13 { break }
            i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            column -= 1
        }
        return min(i, bytes.count)
    }
}
