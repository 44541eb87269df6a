#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore

/// Runs the system `git` in one folder and collects what it prints. Started with posix_spawn and a
/// clean signal mask (a child inherits blocked signals otherwise), with `LC_ALL=C` so its output can
/// be read, and without a terminal prompt unless `interactive`.
public struct Git: Sendable {
    public let folder: String
    /// May git ask for a password or passphrase on the terminal? Not while the interface owns it.
    public var interactive: Bool

    public struct Result: Sendable {
        public let status: Int32
        public let output: String
        public let error: String
        public var succeeded: Bool { status == 0 }
    }

    public struct Missing: Error, Sendable {}

    public init(folder: String, interactive: Bool) {
        self.folder = folder
        self.interactive = interactive
    }

    /// The git found on `PATH`, if any.
    public static var executable: String? {
        let path = FileIO.environment("PATH") ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where dir.hasPrefix("/") {
            let candidate = String(dir) + "/git"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    @discardableResult
    public func run(_ arguments: [String], input: [UInt8]? = nil) throws -> Result {
        guard let git = Git.executable else { throw Missing() }
        var environment: [String] = []
        for (key, value) in Git.environment() where !["LC_ALL", "LANG", "GIT_TERMINAL_PROMPT", "GIT_SSH_COMMAND"].contains(key) {
            environment.append(key + "=" + value)
        }
        environment.append("LC_ALL=C")
        if !interactive {
            environment.append("GIT_TERMINAL_PROMPT=0")
            environment.append("GIT_SSH_COMMAND=ssh -o BatchMode=yes -o ConnectTimeout=15")
        }
        return try Git.spawn([git, "-C", folder] + arguments, environment: environment, input: input)
    }

    private static func environment() -> [(String, String)] {
        var result: [(String, String)] = []
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") { result.append((String(text[..<eq]), String(text[text.index(after: eq)...]))) }
            pointer += 1
        }
        return result
    }

    /// Runs `argv`, feeding `input` and reading stdout and stderr through temporary files (no pipe
    /// can fill up and stall the child).
    private static func spawn(_ argv: [String], environment: [String], input: [UInt8]?) throws -> Result {
        let scratch = (FileIO.environment("TMPDIR") ?? "/tmp") + "/impuls-git-" + String(getpid()) + "-" + String(UInt64.random(in: 0...UInt64.max), radix: 16)
        guard mkdir(scratch, 0o700) == 0 else { throw FileIO.Failure(operation: "mkdir", path: scratch, code: errno) }
        defer {
            for name in ["in", "out", "err"] { unlink(scratch + "/" + name) }
            rmdir(scratch)
        }
        try FileIO.writeAtomically(input ?? [], to: scratch + "/in")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, scratch + "/in", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, scratch + "/out", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, scratch + "/err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = environment.map { strdup($0) } + [nil]
        defer { for p in cArgs + cEnv { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, &cArgs, &cEnv)
        guard spawned == 0 else { throw FileIO.Failure(operation: "spawn", path: argv[0], code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signal = status & 0x7F
        let out = (try? FileIO.read(scratch + "/out")) ?? []
        let err = (try? FileIO.read(scratch + "/err")) ?? []
        return Result(status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
                      output: String(decoding: out, as: UTF8.self), error: String(decoding: err, as: UTF8.self))
    }
}
