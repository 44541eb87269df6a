#if !IMPULS_FUZZ
#if canImport(Glibc)
import Glibc
#endif

/// Makes the replayer name the file it was checking when a check traps or does not return:
/// a trap signal writes `FILE: trapped (...)` and goes on to the previous handler (the Swift
/// runtime's backtrace, or the default action); an alarm writes `FILE: timeout` and exits 3.
enum Watchdog {
    private static let trapSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]
    /// `FILE: ` of the file being checked, as a C string the handlers can write without allocating.
    nonisolated(unsafe) private static var prefix: UnsafeMutablePointer<CChar>?
    /// The handlers that were installed before ours, by signal number.
    nonisolated(unsafe) private static var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

    static func install() {
        for signal in trapSignals + [SIGALRM] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in Watchdog.handle(signal) }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, previous + Int(signal))
        }
    }

    /// Starts watching the check of `file`: an alarm in `seconds`.
    static func watch(_ file: String, seconds: Int) {
        free(prefix)
        prefix = strdup(file + ": ")
        alarm(UInt32(max(1, seconds)))
    }

    static func stop() { alarm(0) }

    private static func handle(_ signal: Int32) {
        if let prefix { write(2, prefix, strlen(prefix)) }
        if signal == SIGALRM {
            say("timeout: the check did not return in time (never-hangs)\n")
            _exit(3)
        }
        say("trapped: a runtime error or a crash signal (never-traps)\n")
        sigaction(signal, previous + Int(signal), nil)  // returning re-raises it under the old handler
    }

    private static func say(_ text: StaticString) {
        write(2, text.utf8Start, text.utf8CodeUnitCount)
    }
}
#endif
