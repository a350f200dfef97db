#if canImport(Glibc)
import Glibc
#endif
import PlanRules

/// A file as it was at a git revision: the output of `git show REV:./PATH`, run in the
/// file's folder (so any path inside a work tree works). For `planlint diff --git`.
enum GitBlob {
    /// The bytes, or nil when the file did not exist at that revision; throws when git
    /// cannot be run or the revision is unknown.
    static func read(revision: String, path: String, japanese ja: Bool) throws -> [UInt8]? {
        let folder = FileSystem.directory(of: path), name = FileSystem.name(of: path)
        guard !revision.hasPrefix("-") else {
            throw SetupError(file: revision, message: ja ? "リビジョンが正しくありません" : "not a revision")
        }
        let exists = try run(["git", "-C", folder, "cat-file", "-e", "\(revision):./\(name)"], ja).status == 0
        guard exists else {
            let known = try run(["git", "-C", folder, "rev-parse", "--verify", "--quiet", "\(revision)^{commit}"], ja).status == 0
            if known { return nil }
            throw SetupError(file: revision, message: ja ? "git のリビジョンが見つかりません（\(folder)）" : "no such git revision (in \(folder))")
        }
        let shown = try run(["git", "-C", folder, "show", "\(revision):./\(name)"], ja)
        guard shown.status == 0 else {
            throw SetupError(file: path, message: ja ? "git show が失敗しました" : "git show failed")
        }
        return shown.output
    }

    /// Runs a program from PATH with no shell; its standard output (at most 16 MiB) and status.
    static func run(_ arguments: [String], _ ja: Bool) throws -> (status: Int32, output: [UInt8]) {
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { throw SetupError(file: "git", message: FileSystem.errnoText()) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        close(pipe[1])
        defer { close(pipe[0]) }
        guard spawned == 0 else {
            throw SetupError(file: arguments[0], message: ja ? "git を実行できません（インストールされていますか）" : "cannot run git (is it installed?)")
        }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(pipe[0], $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            if output.count < 16 << 20 { output += buffer[0..<n] }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = (status & 0x7f) == 0
        return (exited ? (status >> 8) & 0xff : 128, output)
    }
}
