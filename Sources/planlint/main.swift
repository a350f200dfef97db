// The planlint command line: argument parsing and wiring only; behaviour lives in PlanLint.
import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

StandardStreams.holdClosedDescriptors()

// A path that begins with '-' (`-h.yaml`) reads as a cluster of short options, and
// `-h` in it would print the help and exit 0 without linting anything: refuse it, and
// say how to write it. No short option holds '.' or '/', so this is never a real option.
let arguments = Array(CommandLine.arguments.dropFirst())
if let path = arguments.prefix(while: { $0 != "--" }).first(where: {
    $0.hasPrefix("-") && !$0.hasPrefix("--") && ($0.contains(".") || $0.contains("/"))
}) {
    StandardStreams.error("planlint: error: '\(path)' reads as options, not a path; to lint a file whose name begins "
        + "with '-', write -- before the paths (planlint lint -- \(path)) or ./\(path)\n")
    exit(2)
}

// cli.md's contract: a bad flag is exit status 2 (ArgumentParser's default would be 64).
do {
    var command = try PlanlintCommand.parseAsRoot(arguments)
    try command.run()
} catch {
    if PlanlintCommand.exitCode(for: error) == .validationFailure {
        StandardStreams.error(PlanlintCommand.fullMessage(for: error) + "\n")
        exit(2)
    }
    PlanlintCommand.exit(withError: error)
}
