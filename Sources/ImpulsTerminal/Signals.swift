#if canImport(Glibc)
import Glibc
#endif
import CNcursesw

/// Termination signals as a flag the run loop reads between keys; the handler and its
/// `volatile sig_atomic_t` are C (CNcursesw/shim.c).
enum Signals {
    static func install() {
        // A parent may have started us with signals blocked; the ones we handle must get through.
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&handled, signal) }
        sigprocmask(SIG_UNBLOCK, &handled, nil)
        impuls_catch_termination_signals()
    }

    /// The last termination signal received (SIGTERM, SIGHUP, SIGINT), or 0.
    static var received: Int32 { impuls_termination_signal() }
}
