/// The text checks (issue #16), in the order they run.
enum TextChecks {
    static let all: [any PlanCheck.Type] = [
        TextCharacter.self,
        TextDoubled.self,
        TextLatin.self,
        TextWidth.self,
        TextBracket.self,
        TextMisconversion.self,
        TextStyle.self,
    ]
}
