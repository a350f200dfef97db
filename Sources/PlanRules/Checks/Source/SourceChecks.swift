/// The source checks (issue #17): a plan against the source document it was transcribed
/// from. They run only when the engine has a source (`planlint verify --source`).
enum SourceChecks {
    static let all: [any PlanCheck.Type] = [
        SourceText.self,
        SourceKPI.self,
        SourceNumber.self,
    ]
}

/// The first words of a text, for a message that names it.
func sourceExcerpt(_ text: String, _ count: Int = 20) -> String {
    let flat = text.split(whereSeparator: { $0.isNewline }).joined()
    return flat.count > count ? String(flat.prefix(count)) + "…" : flat
}
