// The planlint command line: argument parsing and wiring only; behaviour lives in PlanLint.
import ArgumentParser
import PlanLint
import PlanRules
#if canImport(Glibc)
import Glibc
#endif

StandardStreams.holdClosedDescriptors()

// A path that begins with '-' (`-h.yaml`) reads as a cluster of short options, and
// `-h` in it would print the help and exit 0 without linting anything: refuse it, and
// say how to write it. No short option holds '.' or '/', so this is never a real option.
let arguments = Array(CommandLine.arguments.dropFirst())
/// The language of what `main` itself says: `--lang`, else the locale.
func language() -> Language { UsageMessages.language(arguments: arguments, environment: Environment.current()) }
if let path = arguments.prefix(while: { $0 != "--" }).first(where: {
    $0.hasPrefix("-") && !$0.hasPrefix("--") && ($0.contains(".") || $0.contains("/"))
}) {
    StandardStreams.error(UsageMessages.pathReadsAsOptions(path, language()) + "\n")
    exit(2)
}

// cli.md's contract: a bad flag is exit status 2 (ArgumentParser's default would be 64).
do {
    var command = try PlanlintCommand.parseAsRoot(arguments)
    try command.run()
} catch {
    if PlanlintCommand.exitCode(for: error) == .validationFailure {
        let message = PlanlintCommand.fullMessage(for: error)
        // A Japanese reader gets a sentence in Japanese first; the parser's English follows.
        let lead = language() == .ja ? UsageMessages.japaneseLead(for: message) + "\n" : ""
        StandardStreams.error(lead + message + "\n")
        exit(2)
    }
    PlanlintCommand.exit(withError: error)
}
