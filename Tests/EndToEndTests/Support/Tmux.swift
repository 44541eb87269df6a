import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Runs a short helper program (tmux, pgrep, kill) with a deadline: its standard output, or a
/// recorded issue and `TimedOut` when it does not end within `timeout` seconds. Standard input
/// and error are /dev/null and a scratch file.
@discardableResult
func spawn(_ argv: [String], readOutput: Bool, timeout: Double = 30, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let outcome = try BoundedChild(argv, environment: ProcessInfo.processInfo.environment, timeout: timeout).wait()
    if outcome.timedOut {
        Issue.record("hang: `\(argv.joined(separator: " "))` did not end within \(Int(timeout)) s and was killed", sourceLocation: sourceLocation)
        throw TmuxSession.TimedOut()
    }
    return readOutput ? outcome.out : ""
}

struct SpawnFailed: Error {}

/// The built `impuls` binary (or `$IMPULS_BIN`).
enum Binary {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var path: String {
        if let explicit = ProcessInfo.processInfo.environment["IMPULS_BIN"] { return explicit }
        return packageRoot.appendingPathComponent(".build/debug/impuls").path
    }
}

/// A pinned environment: no user config, a fixed day, a known terminal and locale.
func pinnedEnvironment(home: String, today: String = "2023-10-16", extra: [String: String] = [:]) -> [String: String] {
    var env = [
        "HOME": home, "XDG_CONFIG_HOME": home + "/.config", "XDG_DATA_HOME": home + "/.local/share",
        "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TZ": "Europe/Amsterdam",
        "TERM": "xterm-256color", "IMPULS_TODAY": today,
    ]
    env.merge(extra) { $1 }
    return env
}

/// A fresh temporary folder, removed by the caller.
func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "impuls-test-" + UUID().uuidString.prefix(8)
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Runs the impuls binary to completion or its deadline: exit status, stdout, stderr. A hang or a
/// crash is recorded as an issue (see `runBounded`).
@discardableResult
func run(_ arguments: [String], environment: [String: String], stdin: String? = nil, in directory: String? = nil,
         timeout: Double = 60, sourceLocation: SourceLocation = #_sourceLocation) throws -> (status: Int32, out: String, err: String) {
    let outcome = impuls(arguments, environment, stdin: stdin, in: directory, timeout: timeout, sourceLocation: sourceLocation)
    return (outcome.status, outcome.out, outcome.err)
}

/// Runs any program to completion or its deadline; a hang is recorded as an issue, a signal is
/// the program's own business (strace's fault injection ends it with one on purpose).
@discardableResult
func runProgram(_ argv: [String], environment: [String: String], stdin: String? = nil, in directory: String? = nil,
                timeout: Double = 120, sourceLocation: SourceLocation = #_sourceLocation) throws -> (status: Int32, out: String, err: String) {
    let outcome = runBounded(argv, environment: environment, stdin: stdin, in: directory, timeout: timeout, killExpected: true,
                             sourceLocation: sourceLocation)
    return (outcome.status, outcome.out, outcome.err)
}

/// Test threads block most signals, and a spawned process inherits the mask: give it a clean one.
func cleanSignalAttributes() -> posix_spawnattr_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    var empty = sigset_t()
    sigemptyset(&empty)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    return attributes
}

/// The real program in a real terminal: a tmux server of its own, keys sent, the screen read.
/// Waits for text to appear instead of sleeping.
final class TmuxSession {
    let socket = "impuls-e2e-" + UUID().uuidString.prefix(8)
    let statusFile: String

    /// `configuration`: tmux commands in force before the program starts (e.g. `set -g window-style bg=white`).
    init(command: [String], environment: [String: String], columns: Int = 80, rows: Int = 24, folder: String, configuration: String? = nil) throws {
        statusFile = folder + "/exit-status"
        var file = "/dev/null"
        if let configuration {
            file = folder + "/tmux.conf"
            try configuration.write(toFile: file, atomically: true, encoding: .utf8)
        }
        let exports = environment.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.sorted().joined(separator: " ")
        let line = "env -i \(exports) \(command.map(TmuxSession.quote).joined(separator: " ")); echo $? > \(TmuxSession.quote(statusFile)); sleep 30"
        try tmux(["-f", file, "new-session", "-d", "-x", String(columns), "-y", String(rows), line], readOutput: false)
    }

    deinit { close() }

    /// Ends the tmux server and everything in it.
    func close() { _ = try? tmux(["kill-server"]) }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    func tmux(_ arguments: [String], readOutput: Bool = true) throws -> String {
        try spawn(["/usr/bin/env", "tmux", "-L", socket] + arguments, readOutput: readOutput)
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

    /// Sends keys as tmux names them (`Down`, `Enter`, `C-c`) or literal text with `literal`.
    func send(_ keys: String...) throws { try tmux(["send-keys"] + keys) }
    func type(_ text: String) throws { try tmux(["send-keys", "-l", text]) }

    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-x", String(columns), "-y", String(rows)])
    }

    /// Waits until the screen satisfies `condition` (at most `seconds`); returns the screen.
    @discardableResult
    func waitFor(_ description: String, seconds: Double = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(description); screen was:\n\(last)")
        throw TimedOut()
    }

    @discardableResult
    func waitFor(text: String, seconds: Double = 15) throws -> String {
        try waitFor("'\(text)'", seconds: seconds) { $0.contains(text) }
    }

    /// The program's exit status once it has ended.
    func exitStatus(seconds: Double = 15) throws -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: statusFile, encoding: .utf8), let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the program did not end")
        throw TimedOut()
    }

    struct TimedOut: Error {}
}
