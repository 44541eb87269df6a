#if canImport(Glibc)
import Glibc
#endif

/// A program running in a pseudo-terminal of its own, driven as a person at a keyboard would: the
/// bench writes keys to the terminal and times how long the program takes to redraw. What is timed is
/// the whole path a key takes (terminal, ncurses, update, render, effects, the write to the screen).
final class PseudoTerminal {
    private let master: Int32
    let pid: pid_t
    private let started: Double
    /// What the program wrote in its last burst (escape sequences included).
    private(set) var lastOutput: [UInt8] = []
    private var lastOutputAt = 0.0

    /// Starts `argv` on a new terminal of `columns`×`rows` (given to ncurses as `COLUMNS`/`LINES`).
    init?(_ argv: [String], environment: [String], columns: Int = 80, rows: Int = 24) {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0, let unlock = PseudoTerminal.libc("unlockpt", as: Unlock.self),
              let name = PseudoTerminal.libc("ptsname_r", as: Name.self), unlock(master) == 0 else { return nil }
        var buffer = [CChar](repeating: 0, count: 128)
        guard name(master, &buffer, buffer.count) == 0 else { return nil }
        let slave = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        // POSIX_SPAWN_SETSID (glibc): a new session, so the terminal opened below becomes the
        // child's controlling terminal, as it would be under a real terminal emulator.
        posix_spawnattr_setflags(&attributes, Int16(0x80 | POSIX_SPAWN_SETSIGMASK))
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        let env = environment + ["COLUMNS=\(columns)", "LINES=\(rows)"]
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = env.map { strdup($0) } + [nil]
        defer {
            for p in cArgs + cEnv { free(p) }
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        var child: pid_t = 0
        started = now()
        guard posix_spawn(&child, argv[0], &actions, &attributes, &cArgs, &cEnv) == 0 else {
            close(master)
            return nil
        }
        pid = child
    }

    // unlockpt and ptsname_r are declared by glibc only under _XOPEN_SOURCE, which Swift's Glibc
    // module does not set: they are looked up by name.
    private typealias Unlock = @convention(c) (Int32) -> Int32
    private typealias Name = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32
    private static func libc<T>(_ symbol: String, as type: T.Type) -> T? {
        guard let handle = dlopen(nil, RTLD_NOW), let address = dlsym(handle, symbol) else { return nil }
        return unsafeBitCast(address, to: type)
    }

    /// Milliseconds from the start until the program's first screen is fully written (the end of
    /// its first burst of output); nil when nothing arrives within `limit` ms.
    func firstScreen(limit: Double = 10_000) -> Double? {
        guard let end = burstEnd(limit: limit) else { return nil }
        return end - started
    }

    /// Milliseconds from the start until the last byte of the last burst arrived.
    func lastOutputSinceStart() -> Double { lastOutputAt - started }

    /// Milliseconds from writing `key` until the program has finished redrawing for it.
    func respond(to key: String, limit: Double = 5_000) -> Double? {
        let sent = now()
        let bytes = Array(key.utf8)
        guard bytes.withUnsafeBytes({ write(master, $0.baseAddress, $0.count) }) == bytes.count else { return nil }
        guard let end = burstEnd(limit: limit) else { return nil }
        return end - sent
    }

    /// Ends the program (SIGTERM to its session, as a closed window would) and waits for it.
    func finish() {
        kill(-pid, SIGTERM)  // the whole session: a tracer and the program it runs
        drain(for: 50)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        close(master)
    }

    /// Waits for output, then reads until the program has been quiet for a moment; returns the time
    /// the last byte of that burst arrived.
    private func burstEnd(limit: Double, quiet: Int32 = 25) -> Double? {
        guard wait(upTo: Int32(limit)) else { return nil }
        var last = now()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        lastOutput = []
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count <= 0 { lastOutputAt = last; return last }
            last = now()
            lastOutput += buffer[0..<count]
            if !wait(upTo: quiet) { lastOutputAt = last; return last }
        }
    }

    private func drain(for ms: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while wait(upTo: ms) {
            if buffer.withUnsafeMutableBytes({ read(master, $0.baseAddress, $0.count) }) <= 0 { return }
        }
    }

    private func wait(upTo ms: Int32) -> Bool {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        while true {
            let ready = poll(&poller, 1, ms)
            if ready < 0, errno == EINTR { continue }
            return ready > 0
        }
    }
}
