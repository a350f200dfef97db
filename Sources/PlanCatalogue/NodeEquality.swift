import PlanYAML

/// Parameters are equal when their names, descriptions and default trees are (see
/// `Node.isSameTree(as:)`), so a compiled catalogue can be checked against its files.
extension ParamSpec: Equatable {
    public static func == (a: ParamSpec, b: ParamSpec) -> Bool {
        a.name == b.name && a.description == b.description && a.defaultValue.isSameTree(as: b.defaultValue)
    }
}

extension Node {
    /// Whether `other` is written the same way at the same place: the same kinds, scalar
    /// values and styles, tags and source ranges, all the way down. (`Node` itself is not
    /// `Equatable`: plans never compare trees, only a compiled rule parameter does.)
    public func isSameTree(as other: Node) -> Bool {
        guard tag == other.tag, range == other.range else { return false }
        switch (kind, other.kind) {
        case (.scalar(let a), .scalar(let b)):
            return a == b
        case (.sequence(let a), .sequence(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.isSameTree(as: $1) }
        case (.mapping(let a), .mapping(let b)):
            return a.count == b.count
                && zip(a, b).allSatisfy { $0.key.isSameTree(as: $1.key) && $0.value.isSameTree(as: $1.value) }
        default:
            return false
        }
    }
}
