import LanguageServer
import PlanLint
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PlanLanguageServer {
    /// Serves LSP on standard input and output until `exit` or the end of input, and
    /// returns the exit code (0 after `shutdown`, else 1). SIGPIPE is ignored, so a client
    /// that goes away makes writes fail (and be dropped) instead of killing the server.
    public static func serve(options: LintOptions, input: Int32 = 0, output: Int32 = 1) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        let log: @Sendable (String) -> Void = { text in
            let line = Array((text + "\n").utf8)
            _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        }
        let connection = Connection(writer: MessageWriter(descriptor: output), log: log)
        connection.onExit = { code in exit(code) }
        var reader = MessageReader(descriptor: input)
        return connection.run(reader: &reader, handler: PlanLanguageServer(options: options, log: log))
    }
}
