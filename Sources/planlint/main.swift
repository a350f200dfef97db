// The planlint command line: argument parsing and wiring only; behaviour lives in PlanLint.
import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

// cli.md's contract: a bad flag is exit status 2 (ArgumentParser's default would be 64).
do {
    var command = try PlanlintCommand.parseAsRoot()
    try command.run()
} catch {
    if PlanlintCommand.exitCode(for: error) == .validationFailure {
        Output.write(PlanlintCommand.fullMessage(for: error) + "\n", to: 2)
        exit(2)
    }
    PlanlintCommand.exit(withError: error)
}
