import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// How a program run with a deadline ended.
struct Outcome {
    /// The exit status; 128 + the signal when killed (a Swift trap is 132 or 133, an abort 134).
    let status: Int32
    let out: String
    let err: String
    /// The program outlived its deadline and was killed (with everything it started).
    let timedOut: Bool

    var crashed: Bool { !timedOut && status >= 128 }
    /// The first lines of stderr, for a failure message (a crash's backtrace is long).
    var errHead: String { err.split(separator: "\n", omittingEmptySubsequences: false).prefix(12).joined(separator: "\n") }
}

/// A child started with posix_spawn in a process group of its own, its standard output and error
/// going to files. A watchdog kills the whole group when the deadline passes, so a hung program
/// (say, blocked opening a FIFO) ends the test instead of hanging it.
final class BoundedChild: @unchecked Sendable {
    let pid: pid_t
    let argv: [String]
    private let scratch: String
    private let ownsStdout: Bool
    private let lock = NSLock()
    private var reaped = false
    private var killedByWatchdog = false
    let timeout: Double

    /// - Parameters:
    ///   - stdout: a file to open (not create) as the child's standard output, e.g. /dev/full;
    ///     nil: a scratch file that `wait()` reads.
    ///   - stdinFile: a file (say a FIFO) to open as standard input instead of the text `stdin`;
    ///     it is open when `init` returns.
    ///   - directory: the child's current folder (a shell changes to it and becomes the program).
    init(_ argv: [String], environment: [String: String], stdin: String? = nil, stdinFile: String? = nil, stdout: String? = nil,
         in directory: String? = nil, timeout: Double = 20) throws {
        self.argv = argv
        self.timeout = timeout
        scratch = temporaryFolder()
        ownsStdout = stdout == nil
        try (stdin ?? "").write(toFile: scratch + "/in", atomically: false, encoding: .utf8)
        let command = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0] + argv } ?? argv

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinFile ?? scratch + "/in", O_RDONLY, 0)
        if let stdout {
            posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, scratch + "/out", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        }
        posix_spawn_file_actions_addopen(&actions, 2, scratch + "/err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = cleanSignalAttributes()
        defer { posix_spawnattr_destroy(&attributes) }
        // A process group of its own, so the watchdog can kill it and whatever it started.
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        var cArgs = command.map { strdup($0) } + [nil]
        var cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in cArgs + cEnv { free(p) } }
        var child: pid_t = 0
        guard posix_spawn(&child, command[0], &actions, &attributes, &cArgs, &cEnv) == 0 else {
            try? FileManager.default.removeItem(atPath: scratch)
            throw SpawnFailed()
        }
        pid = child
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [self] in
            lock.lock()
            defer { lock.unlock() }
            if !reaped {
                killedByWatchdog = true
                kill(-pid, SIGKILL)
            }
        }
    }

    /// Waits for the child to end (at most until the watchdog kills it) and collects its output.
    func wait() -> Outcome {
        // Wait without reaping, so the pid (and the group's id) cannot be reused while the
        // watchdog may still send its signal; then mark it reaped and reap it.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0, errno == EINTR {}
        lock.lock()
        reaped = true
        let timedOut = killedByWatchdog
        lock.unlock()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signal = status & 0x7F
        let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        let out = ownsStdout ? ((try? String(contentsOfFile: scratch + "/out", encoding: .utf8)) ?? "") : ""
        let err = (try? String(contentsOfFile: scratch + "/err", encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: scratch)
        return Outcome(status: code, out: out, err: err, timedOut: timedOut)
    }
}

/// Runs any program to completion or its deadline. A run that times out or crashes (a signal,
/// exit status 128 or more) is recorded as an issue: neither is ever acceptable — except a signal
/// with `killExpected` (a run under strace's fault injection, killed on purpose).
@discardableResult
func runBounded(_ argv: [String], environment: [String: String], stdin: String? = nil, stdout: String? = nil,
                in directory: String? = nil, timeout: Double = 20, killExpected: Bool = false,
                sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
    let outcome: Outcome
    do {
        outcome = try BoundedChild(argv, environment: environment, stdin: stdin, stdout: stdout, in: directory, timeout: timeout).wait()
    } catch {
        Issue.record("could not start \(argv.joined(separator: " "))", sourceLocation: sourceLocation)
        return Outcome(status: -1, out: "", err: "", timedOut: false)
    }
    if killExpected, !outcome.timedOut { return outcome }
    reportHangOrCrash(outcome, argv: argv, timeout: timeout, sourceLocation: sourceLocation)
    return outcome
}

/// Records a hang or a crash of a finished run (nothing for a normal exit).
func reportHangOrCrash(_ outcome: Outcome, argv: [String], timeout: Double, sourceLocation: SourceLocation = #_sourceLocation) {
    let command = argv.map { $0.count > 80 ? String($0.prefix(40)) + "…" : $0 }.joined(separator: " ")
    if outcome.timedOut {
        Issue.record("hang: `\(command)` did not end within \(Int(timeout)) s and was killed", sourceLocation: sourceLocation)
    } else if outcome.crashed {
        Issue.record("crash: `\(command)` ended with status \(outcome.status):\n\(outcome.errHead)", sourceLocation: sourceLocation)
    }
}

/// Runs the impuls binary with a deadline; a hang or a crash is recorded as an issue.
@discardableResult
func impuls(_ arguments: [String], _ environment: [String: String], stdin: String? = nil, stdout: String? = nil,
            in directory: String? = nil, timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
    runBounded([Binary.path] + arguments, environment: environment, stdin: stdin, stdout: stdout, in: directory,
               timeout: timeout, sourceLocation: sourceLocation)
}
