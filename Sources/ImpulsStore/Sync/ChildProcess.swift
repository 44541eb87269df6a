#if canImport(Glibc)
import Glibc
#endif

/// Runs another program (git) and collects what it prints: started with posix_spawn and a clean
/// signal mask (a child inherits blocked signals otherwise), output through temporary files (no pipe
/// can fill up and stall it), and with a deadline when one is given — then in a process group of
/// its own, killed with everything it started when the deadline passes.
public enum ChildProcess {
    public struct Result: Sendable {
        public let status: Int32
        public let output: String
        public let error: String
        public let timedOut: Bool
        /// What it printed, byte for byte (`output` is the same as text).
        public let outputBytes: [UInt8]
        public var succeeded: Bool { status == 0 }
    }

    /// `environment` is complete (`NAME=value` each); `input` is fed on stdin (nothing: empty).
    /// `inherit` is a descriptor the child keeps open under the same number (close-on-exec
    /// cleared): the data folder's lock, so that no child can outlive it (see `DataFolder.withLock`).
    /// `ownGroup`: a process group of its own, which a Ctrl-C at the terminal does not reach (a
    /// child in ours can ask for a passphrase); at the deadline the whole group is killed.
    /// `cancelled` is asked every 20 ms while it runs: true kills it, as the deadline does.
    public static func run(_ argv: [String], environment: [String], input: [UInt8]? = nil, seconds: Int? = nil,
                           inherit: Int32? = nil, ownGroup: Bool = true, cancelled: (@Sendable () -> Bool)? = nil) throws -> Result {
        let scratch = (ProcessEnvironment.value("TMPDIR") ?? "/tmp") + "/impuls-run-" + String(getpid()) + "-" + String(UInt64.random(in: 0...UInt64.max), radix: 16)
        guard mkdir(scratch, 0o700) == 0 else { throw FileIO.Failure(operation: "mkdir", path: scratch, code: errno) }
        defer {
            for name in ["in", "out", "err"] { unlink(scratch + "/" + name) }
            rmdir(scratch)
        }
        try FileIO.writeAtomically(input ?? [], to: scratch + "/in", durable: false)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, scratch + "/in", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, scratch + "/out", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, scratch + "/err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // dup2 onto itself clears close-on-exec in the child (POSIX 2024, glibc 2.29 and later).
        if let inherit { posix_spawn_file_actions_adddup2(&actions, inherit, inherit) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        if ownGroup {
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= POSIX_SPAWN_SETPGROUP
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = environment.map { strdup($0) } + [nil]
        defer { for p in cArgs + cEnv { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, &cArgs, &cEnv)
        guard spawned == 0 else { throw FileIO.Failure(operation: "spawn", path: argv[0], code: spawned) }
        var status: Int32 = 0
        var timedOut = false
        if seconds != nil || cancelled != nil {
            var waited = 0
            while true {
                let done = waitpid(pid, &status, WNOHANG)
                if done == pid { break }
                if done < 0, errno != EINTR { break }
                // A deadline typed by hand (`doctor --timeout`) may be any number: no product that overflows.
                if seconds.map({ $0 < Int.max / 1000 && waited >= $0 * 1000 }) == true || cancelled?() == true {
                    timedOut = true
                    // In our own group (a fetch that may ask for a password) its children are not
                    // reached by the group's kill: ssh would live on, adopted by init.
                    if !ownGroup { for child in descendants(of: pid).reversed() { kill(child, SIGKILL) } }
                    kill(ownGroup ? -pid : pid, SIGKILL)
                    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
                    break
                }
                usleep(20_000)
                waited += 20
            }
        } else {
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        }
        let signal = status & 0x7F
        let out = (try? FileIO.read(scratch + "/out")) ?? []
        let err = (try? FileIO.read(scratch + "/err")) ?? []
        return Result(status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
                      output: String(decoding: out, as: UTF8.self), error: String(decoding: err, as: UTF8.self), timedOut: timedOut,
                      outputBytes: out)
    }

    /// Every process below `pid` (children first, then theirs), from /proc.
    static func descendants(of pid: pid_t) -> [pid_t] {
        var parents: [pid_t: pid_t] = [:]
        if let proc = opendir("/proc") {
            defer { closedir(proc) }
            while let entry = readdir(proc) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard let child = pid_t(name) else { continue }
                // /proc's files say size 0: read until the end.
                let fd = open("/proc/\(name)/stat", O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else { continue }
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = read(fd, &buffer, buffer.count)
                close(fd)
                guard count > 0 else { continue }
                // pid (comm) state ppid …: the command may hold spaces and parentheses, so read after the last ')'.
                let text = String(decoding: buffer[0..<count], as: UTF8.self)
                guard let close = text.lastIndex(of: ")") else { continue }
                let fields = text[text.index(after: close)...].split(separator: " ")
                if fields.count > 1, let parent = pid_t(fields[1]) { parents[child] = parent }
            }
        }
        var found: [pid_t] = []
        var frontier = [pid]
        while let next = frontier.popLast() {
            let children = parents.filter { $0.value == next }.map(\.key)
            found += children
            frontier += children
        }
        return found
    }

    /// This process's environment, as `NAME=value` lines, without the names in `leaving`.
    public static func environment(leaving out: Set<String> = []) -> [String] {
        var result: [String] = []
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "="), !out.contains(String(text[..<eq])) { result.append(text) }
            pointer += 1
        }
        return result
    }
}
