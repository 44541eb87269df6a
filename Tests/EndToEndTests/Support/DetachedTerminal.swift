import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The program on a pseudo-terminal that is NOT its controlling terminal: closing the terminal
/// then sends no SIGHUP, and every read returns at once — the case of a terminal that goes away
/// without telling the program (a dropped ssh pipe, a multiplexer killed hard).
final class DetachedTerminal {
    private var master: Int32
    let pid: pid_t
    private(set) var output = ""

    struct Failed: Error {}

    init(_ argv: [String], environment: [String: String], columns: Int = 80, rows: Int = 24) throws {
        // openpty lives in libc since glibc 2.34 but Swift's Glibc module does not declare it.
        typealias OpenPty = @convention(c) (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<CChar>?,
                                            UnsafeRawPointer?, UnsafeRawPointer?) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "openpty") else { throw Failed() }
        let openpty = unsafeBitCast(symbol, to: OpenPty.self)
        var (m, s): (Int32, Int32) = (-1, -1)
        guard openpty(&m, &s, nil, nil, nil) == 0 else { throw Failed() }
        master = m
        // Neither end may leak into the child (a master held there would keep the terminal alive).
        _ = fcntl(m, F_SETFD, FD_CLOEXEC)
        _ = fcntl(s, F_SETFD, FD_CLOEXEC)
        var attributes = cleanSignalAttributes()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        for fd in [Int32(0), 1, 2] { posix_spawn_file_actions_adddup2(&actions, s, fd) }
        let env = environment.merging(["COLUMNS": String(columns), "LINES": String(rows)]) { $1 }.map { "\($0.key)=\($0.value)" }
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = env.map { strdup($0) } + [nil]
        defer {
            for p in cArgs + cEnv { free(p) }
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
            close(s)
        }
        var child: pid_t = 0
        guard posix_spawn(&child, argv[0], &actions, &attributes, &cArgs, &cEnv) == 0 else { close(m); throw Failed() }
        pid = child
    }

    deinit {
        if master >= 0 { close(master) }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, WNOHANG)
    }

    /// Reads the screen's bytes until `text` has appeared, at most `seconds`.
    func waitFor(text: String, seconds: Double = 15) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while Date() < end {
            if output.contains(text) { return true }
            var ready = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 100) > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { return output.contains(text) }
            output += String(decoding: buffer[0..<n], as: UTF8.self)
        }
        return output.contains(text)
    }

    /// Reads until nothing more comes for `quiet` seconds (the program has drawn what it was
    /// sent), at most `seconds`; false when it never went quiet.
    func settle(quiet: Double = 0.3, seconds: Double = 15) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while Date() < end {
            var ready = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, Int32(quiet * 1000)) > 0 else { return true }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { return false }
            output += String(decoding: buffer[0..<n], as: UTF8.self)
        }
        return false
    }

    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// The terminal goes away.
    func hangUp() {
        close(master)
        master = -1
    }

    /// The exit status (128 + signal when a signal ended it), or nil when it has not ended
    /// within `seconds` (it is then killed).
    func exitStatus(seconds: Double = 10) -> Int32? {
        let end = Date().addingTimeInterval(seconds)
        var status: Int32 = 0
        while Date() < end {
            if waitpid(pid, &status, WNOHANG) == pid {
                let signal = status & 0x7F
                return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
            }
            usleep(20_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        return nil
    }
}
