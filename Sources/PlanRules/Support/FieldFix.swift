import PlanModel

/// Fixes that write one field of a mapping: replace its value, or add it.
enum FieldFix {
    /// A fix that makes the field `key` of a mapping with `fields` (at `owner`) say `value`:
    /// the value replaced where the field is written (`replaced` safety), the field added
    /// where it is not (`added` safety): after the last value in a flow mapping
    /// (`{…, basis: annual, comparator: at-least}`), before the first key in a block
    /// mapping, on a line of its own with the mapping's indentation.
    static func set(_ key: String, to value: String, in fields: FieldSources, owner: Source,
                    replaced: FixSafety, added: FixSafety) -> Fix? {
        if let field = fields[key] {
            let r = field.range
            guard r.end.offset > r.start.offset else { return nil }
            return Fix(TextEdit(range: r.start.offset..<r.end.offset, replacement: value), safety: replaced)
        }
        if fields.isFlow {
            guard let end = fields.valuesEnd else { return nil }
            return Fix(.insert(", \(key): \(value)", at: end), safety: added)
        }
        let start = owner.range.start
        let indent = String(repeating: " ", count: max(0, start.column - 1))
        return Fix(.insert("\(key): \(value)\n\(indent)", at: start.offset), safety: added)
    }
}
