#if canImport(Glibc)
import Glibc
#endif
import ImpulsStore

/// Runs a program with a deadline (for `impuls doctor`, which must not hang on a network that
/// does not answer): in a process group of its own, killed with everything it started when the
/// deadline passes. Output goes through temporary files, so no pipe can fill up and stall it.
enum TimedRun {
    /// The program could not be started (or no scratch folder made): the call and errno.
    struct Failed: Error, CustomStringConvertible {
        let operation: String
        let code: Int32
        var description: String { operation + ": " + String(cString: strerror(code)) }
    }

    struct Result {
        let status: Int32
        let output: String
        let error: String
        let timedOut: Bool
    }

    static func run(_ argv: [String], environment overrides: [String: String], seconds: Int) throws -> Result {
        let scratch = (FileIO.environment("TMPDIR") ?? "/tmp") + "/impuls-run-" + String(getpid()) + "-" + String(UInt64.random(in: 0...UInt64.max), radix: 16)
        guard mkdir(scratch, 0o700) == 0 else { throw Failed(operation: "mkdir " + scratch, code: errno) }
        defer {
            for name in ["out", "err"] { unlink(scratch + "/" + name) }
            rmdir(scratch)
        }
        var environment: [String] = []
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "="), overrides[String(text[..<eq])] == nil { environment.append(text) }
            pointer += 1
        }
        environment += overrides.map { $0.key + "=" + $0.value }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
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
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = environment.map { strdup($0) } + [nil]
        defer { for p in cArgs + cEnv { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, &cArgs, &cEnv)
        guard spawned == 0 else { throw Failed(operation: "spawn " + argv[0], code: spawned) }

        var status: Int32 = 0
        var timedOut = false
        var waited = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0, errno != EINTR { break }
            if waited >= seconds * 1000 {
                timedOut = true
                kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0, errno == EINTR {}
                break
            }
            usleep(20_000)
            waited += 20
        }
        let signal = status & 0x7F
        let out = (try? FileIO.read(scratch + "/out", limit: 1 << 20)) ?? []
        let err = (try? FileIO.read(scratch + "/err", limit: 1 << 20)) ?? []
        return Result(status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
                      output: String(decoding: out, as: UTF8.self), error: String(decoding: err, as: UTF8.self), timedOut: timedOut)
    }
}
