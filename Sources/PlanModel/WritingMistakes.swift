import PlanYAML

/// The typing mistakes that libyaml reads without complaint, recognised where they surface
/// as a schema finding, with the culprit character as the finding's position:
///
/// - in a flow mapping, `value：1000`, `value:1000` and `value:　1000` are one key with no
///   value, and a key after a full-width space (`　unit: 件`) is a key of its own;
/// - `{metric: 件数, value: 1,000}` reads as `value: 1` and a new key `000` (the comma is
///   the flow mapping's separator);
/// - a block mapping written `from:2020` or `from：2020` on its own is one text where a
///   mapping was expected.
///
/// (The same mistakes that make libyaml fail are recognised by the loader, `YAMLMistake`.)
extension DecodeContext {
    /// Reports the unknown key of `pairs[index]` when it is a typing mistake, and whether
    /// it did (a thousands comma's later groups, `12,345,678`'s `678`, are reported with the
    /// first and only skipped). `standsFor` gets the known key a mistaken key stands for, so
    /// that it is not also reported as missing.
    func reportKeyMistake(_ pairs: PairList, _ index: Int, parent: Source, known: [String], isFlow: Bool,
                          standsFor: inout [String]) -> Bool {
        let pair = pairs[index]
        guard let key = pair.key.scalar, key.style == .plain else { return false }
        if isFlow, index > 0, Self.isDigitGroup(key.value), pair.value.scalar.map(Self.isNull) == true {
            let previous = pairs[index - 1]
            if previous.value.scalar.map(Self.isNull) == true, let p = previous.key.scalar, Self.isDigitGroup(p.value),
               previous.key.range.end.offset + 1 == pair.key.range.start.offset {
                return true // a later group of a number already reported
            }
            if let number = previous.value.scalar, number.style == .plain, Self.isWholeNumber(Substring(number.value)),
               previous.value.range.end.offset + 1 == pair.key.range.start.offset,
               let name = previous.key.scalar?.value {
                var groups = [key.value]
                var j = index + 1
                while j < pairs.count, let k = pairs[j].key.scalar, k.style == .plain, Self.isDigitGroup(k.value),
                      pairs[j].value.scalar.map(Self.isNull) == true,
                      pairs[j - 1].key.range.end.offset + 1 == pairs[j].key.range.start.offset {
                    groups.append(k.value)
                    j += 1
                }
                let comma = previous.value.range.end
                var finding = Finding(SchemaUnknownKey.thousandsComma(key: name, written: ([number.value] + groups).joined(separator: ","),
                                                                      digits: key.value, number: number.value + groups.joined()),
                                      source: Source(pointer: parent.appending(key.value), range: SourceRange(at: comma)))
                // Certain: the digits around each comma are adjacent, so removing the commas
                // gives the number as the source writes it.
                finding.fix = Fix(edits: (index..<j).map { g in
                    let at = pairs[g].key.range.start.offset - 1
                    return TextEdit(range: at..<(at + 1), replacement: "")
                }, safety: .safe)
                append(finding)
                return true
            }
        }
        guard let (mistake, culprit) = YAMLMistake.find(inLine: key.value[...].unicodeScalars) else { return false }
        let indentation = mistake.key.isEmpty
        let name = indentation ? Self.trimmingBlanks(key.value) : mistake.key
        // A key after a full-width space is a mistake whatever it is; a colon mistake only
        // after a key the mapping knows.
        guard indentation || known.contains(name) else { return false }
        standsFor.append(name)
        let mark = Self.mark(of: culprit, in: pair.key)
        let at = Source(pointer: parent.appending(key.value), range: SourceRange(at: mark))
        if indentation {
            report(SchemaUnknownKey.fullWidthIndent(key: key.value, name: name), at: at)
            return true
        }
        var finding = Finding(SchemaUnknownKey.mistake(mistake.kind, key: key.value, written: mistake.corrected), source: at)
        // Certain after a key the mapping knows: the colon (or the space after it) becomes
        // the half-width `: ` that splits the key from its value. In a block mapping the key
        // and value would move to one line of another mapping's level: only in braces.
        if isFlow {
            let culpritWidth = mistake.kind == .missingSpace ? 1 : 3 // `:`, or `：`/`　` (3 bytes)
            let replacement = mistake.kind == .fullWidthSpace ? " " : ": "
            finding.fix = Fix(TextEdit(range: mark.offset..<(mark.offset + culpritWidth), replacement: replacement),
                              safety: .safe)
        }
        append(finding)
        return true
    }

    /// Reports a text where a mapping was expected that is a mapping written with one of
    /// the mistakes (`from:2020`, `from：2020`, `from:　2020`), and whether it did.
    func reportMappingMistake(_ node: Node, _ pointer: String, known: [String]) -> Bool {
        guard let s = node.scalar, s.style == .plain,
              let (mistake, culprit) = YAMLMistake.find(inLine: s.value[...].unicodeScalars),
              !mistake.key.isEmpty, known.contains(mistake.key) else { return false }
        // The text may hold several lines (`from:2020 to:2022`): the first pair shows how.
        var first = mistake
        first.value = String(first.value.unicodeScalars.prefix { $0 != " " && $0 != "\u{3000}" })
        report(SchemaType.mappingMistake(mistake.kind, field: place(pointer), found: Self.shown(node),
                                         written: first.corrected),
               at: Source(pointer: pointer, range: SourceRange(at: Self.mark(of: culprit, in: node))))
        return true
    }

    /// The position of the `index`th Unicode scalar of a plain scalar's first line.
    private static func mark(of index: Int, in node: Node) -> Mark {
        let start = node.range.start
        let before = node.scalar.map { $0.value.unicodeScalars.prefix(index) } ?? Substring().unicodeScalars.prefix(0)
        return Mark(line: start.line, column: start.column + before.count,
                    offset: start.offset + before.reduce(0) { $0 + UTF8.width($1) })
    }

    /// `000` or `000.5`: what follows a thousands comma (three digits, so that `0,5`, a
    /// decimal comma, is not taken for one).
    private static func isDigitGroup(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts[0].utf8.count == 3
            && parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    private static func trimmingBlanks(_ text: String) -> String {
        String(text.unicodeScalars.drop { $0 == " " || $0 == "\u{3000}" || $0 == "\t" })
    }
}
