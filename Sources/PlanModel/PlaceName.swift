import PlanYAML

/// A place in a plan named the way its author sees it, in both languages:
/// 「KPI『seminars』の2番目の目標値（metric: 相談件数）の value」 and
/// "value of target 2 (metric: 相談件数) of KPI 'seminars'", rather than the JSON pointer
/// `/kpis/1/targets/1/value` (which JSON and SARIF keep). Positions count from 1.
///
/// A message template shows it as one placeholder: ``arguments(_:)`` gives the English name
/// under the placeholder's name and the Japanese one under `name@ja`, which
/// `Template.word` uses in Japanese (see docs/rules-authoring.md).
public struct PlaceName: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var ja: String
    public var en: String

    public init(ja: String, en: String) {
        self.ja = ja
        self.en = en
    }

    /// The same text in both languages (a pointer, when no better name is known).
    public init(_ text: String) {
        self.init(ja: text, en: text)
    }

    /// A literal names the place the same way in both languages.
    public init(stringLiteral text: String) {
        self.init(text)
    }

    public var description: String { en }

    /// `rest` with this place under `name` (see ``arguments(_:)``).
    public func arguments(_ name: String, with rest: [String: String]) -> [String: String] {
        rest.merging(arguments(name)) { _, place in place }
    }

    /// The placeholder values: `name` in English and `name@ja` in Japanese.
    public func arguments(_ name: String) -> [String: String] {
        [name: en, name + "@ja": ja]
    }

    /// The plan as a whole.
    public static let plan = PlaceName(ja: "計画の最上位", en: "the plan's top level")

    /// `key` of the value named `owner` (「…の value」, "value of …").
    public func field(_ key: String) -> PlaceName {
        self == .plan ? PlaceName(key) : PlaceName(ja: ja + Self.no(after: ja) + key, en: key + " of " + en)
    }

    /// The `index`-th (0-based) item of the list `key` of `owner`.
    public func item(_ key: String, _ index: Int) -> PlaceName {
        let n = index + 1
        return self == .plan ? PlaceName(ja: "\(key) の\(n)番目", en: "item \(n) of \(key)")
            : PlaceName(ja: ja + Self.no(after: ja) + "\(key) の\(n)番目", en: "item \(n) of \(key) of " + en)
    }

    /// A KPI by its id, or by its position when it has none.
    public static func kpi(_ id: String?, index: Int) -> PlaceName {
        if let id, !id.isEmpty { return PlaceName(ja: "KPI『\(id)』", en: "KPI '\(id)'") }
        return PlaceName(ja: "\(index + 1)番目のKPI", en: "KPI \(index + 1)")
    }

    /// A vision by its id, or by its position.
    public static func vision(_ id: String?, index: Int) -> PlaceName {
        if let id, !id.isEmpty { return PlaceName(ja: "ビジョン『\(id)』", en: "vision '\(id)'") }
        return PlaceName(ja: "\(index + 1)番目のビジョン", en: "vision \(index + 1)")
    }

    /// A goal of the vision `self`, by its id or position.
    public func goal(_ id: String?, index: Int) -> PlaceName {
        if let id, !id.isEmpty { return PlaceName(ja: ja + "の目標『\(id)』", en: "goal '\(id)' of " + en) }
        return PlaceName(ja: ja + "の\(index + 1)番目の目標", en: "goal \(index + 1) of " + en)
    }

    /// The `index`-th (0-based) target of the KPI or goal `self`, with its metric or id.
    public func target(index: Int, metric: String?, id: String?) -> PlaceName {
        let n = index + 1
        var what = ""
        if let metric, !metric.isEmpty { what = "metric: " + Self.short(metric) } else if let id, !id.isEmpty { what = "id: " + id }
        let ja = ja + "の\(n)番目の目標値" + (what.isEmpty ? "" : "（\(what)）")
        let en = "target \(n)" + (what.isEmpty ? "" : " (\(what))") + " of " + en
        return PlaceName(ja: ja, en: en)
    }

    /// The `index`-th (0-based) waiver.
    public static func waiver(index: Int) -> PlaceName {
        PlaceName(ja: "\(index + 1)番目の例外（waivers）", en: "waiver \(index + 1)")
    }

    /// The の before a key: spaced after a key (「baseline の year」), not after Japanese
    /// (「目標値の value」).
    private static func no(after text: String) -> String {
        text.unicodeScalars.last.map { $0.isASCII && $0 != "）" } == true ? " の " : "の "
    }

    /// A metric as a name shows it: its first line, at most 20 characters.
    static func short(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        return line.count > 20 ? String(line.prefix(20)) + "…" : line
    }

    /// The value at `pointer` in the plan whose node tree is `root`, named by the ids and
    /// metrics written there (or by positions where they are missing).
    public static func at(_ pointer: String, in root: Node) -> PlaceName {
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: true).map(\.unescapedToken)
        var name = PlaceName.plan
        var node: Node? = root
        var parentKey: String?
        var i = 0
        func text(_ n: Node?, _ key: String) -> String? { n?[key]?.scalar.map(\.value) }
        while i < tokens.count {
            let token = tokens[i]
            if let index = Int(token), node?.sequence != nil {
                let child = node?.sequence.flatMap { index < $0.count ? $0[index] : nil }
                switch (parentKey, name == .plan, name.isVision) {
                case ("kpis"?, true, _): name = .kpi(text(child, "id"), index: index)
                case ("visions"?, true, _): name = .vision(text(child, "id"), index: index)
                case ("waivers"?, true, _): name = .waiver(index: index)
                case ("goals"?, false, true): name = name.goal(text(child, "id"), index: index)
                case ("targets"?, false, _):
                    name = name.target(index: index, metric: text(child, "metric"), id: text(child, "id"))
                default: name = name.item(parentKey ?? "", index)
                }
                node = child
                parentKey = nil
            } else {
                if let key = parentKey { name = name.field(key) }
                node = node?[token]
                parentKey = token
            }
            i += 1
        }
        if let key = parentKey { name = name.field(key) }
        return name
    }

    /// Whether this names a vision (and not yet one of its goals).
    private var isVision: Bool { en.hasPrefix("vision ") && !en.contains(" of ") }
}

extension Substring {
    /// An RFC 6901 token unescaped: `~1` is `/`, `~0` is `~`.
    fileprivate var unescapedToken: String {
        guard contains("~") else { return String(self) }
        var out = "", tilde = false
        for ch in self {
            if tilde {
                out.append(ch == "1" ? "/" : ch == "0" ? "~" : ch)
                tilde = false
            } else if ch == "~" {
                tilde = true
            } else {
                out.append(ch)
            }
        }
        return out
    }
}
