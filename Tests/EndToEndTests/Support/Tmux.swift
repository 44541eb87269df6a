import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program and waits for it with posix_spawn and waitpid. (Foundation's Process at times
/// did not notice a child's exit here, and a test hung.) Standard error goes to
/// /dev/null; standard output to a pipe that is read to its end, or to /dev/null.
@discardableResult
func spawn(_ argv: [String], readOutput: Bool) throws -> String {
    var fds: [Int32] = [0, 0]
    if readOutput { guard pipe(&fds) == 0 else { throw SpawnFailed() } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if readOutput {
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var cArgs = argv.map { strdup($0) } + [nil]
    defer { for arg in cArgs { free(arg) } }
    var attributes = cleanSignalAttributes()
    defer { posix_spawnattr_destroy(&attributes) }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, argv[0], &actions, &attributes, &cArgs, environ)
    if readOutput { close(fds[1]) }
    guard result == 0 else {
        if readOutput { close(fds[0]) }
        throw SpawnFailed()
    }
    var output: [UInt8] = []
    if readOutput {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fds[0], &buffer, buffer.count)
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            output.append(contentsOf: buffer[0..<n])
        }
        close(fds[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    return String(decoding: output, as: UTF8.self)
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

/// Runs the impuls binary to completion: exit status, stdout, stderr.
@discardableResult
func run(_ arguments: [String], environment: [String: String], stdin: String? = nil, in directory: String? = nil) throws -> (status: Int32, out: String, err: String) {
    try runProgram([Binary.path] + arguments, environment: environment, stdin: stdin, in: directory)
}

/// Runs any program to completion, its output through files (with posix_spawn).
@discardableResult
func runProgram(_ argv: [String], environment: [String: String], stdin: String? = nil, in directory: String? = nil) throws -> (status: Int32, out: String, err: String) {
    let scratch = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    try (stdin ?? "").write(toFile: scratch + "/in", atomically: false, encoding: .utf8)
    // In another folder: a shell changes to it and then becomes the program.
    let command = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0] + argv } ?? argv
    let status = try spawnWaiting(command, environment: environment, stdin: scratch + "/in", stdout: scratch + "/out", stderr: scratch + "/err")
    let out = (try? String(contentsOfFile: scratch + "/out", encoding: .utf8)) ?? ""
    let err = (try? String(contentsOfFile: scratch + "/err", encoding: .utf8)) ?? ""
    return (status, out, err)
}

/// Spawns `argv` with the given environment and files as its standard streams; returns the exit
/// status (128 + the signal when killed).
func spawnWaiting(_ argv: [String], environment: [String: String], stdin: String, stdout: String, stderr: String) throws -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var attributes = cleanSignalAttributes()
    defer { posix_spawnattr_destroy(&attributes) }
    var cArgs = argv.map { strdup($0) } + [nil]
    var cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for p in cArgs + cEnv { free(p) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, argv[0], &actions, &attributes, &cArgs, &cEnv) == 0 else { throw SpawnFailed() }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
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
