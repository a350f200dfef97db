import ArgumentParser
import PlanLint
import PlanRules

/// `planlint init --prefecture 38`: a starting plan for one prefecture.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starting plan for a prefecture (NN-romaji.yaml), with comments on every field.")

    @Option(help: "The prefecture: its code (38), its name (愛媛, 愛媛県) or its romaji (ehime).")
    var prefecture: String

    @Option(help: "The file to write, or a folder to write NN-romaji.yaml in (default: the current folder).")
    var output: String?

    @Flag(help: "Overwrite the file if it exists.")
    var force = false

    @Option(help: "Language of the comments: ja or en (default: from LANG).")
    var lang: Language?

    func run() throws {
        let (status, lines) = PlanInit.run(prefecture: prefecture, output: output, force: force, language: lang,
                                           environment: Environment.current())
        let standardError = DescriptorSink(fd: 2, name: "standard error")
        try? standardError.write(lines.map { $0 + "\n" }.joined())
        try? standardError.flush()
        if status != 0 { throw ExitCode(status) }
    }
}
