#if canImport(Glibc)
import Glibc
#endif

/// The last termination signal received (SIGTERM, SIGHUP, SIGINT), or 0. Written only by the
/// signal handler, read by the run loop between keys, so the terminal is restored on the main path.
nonisolated(unsafe) private var pendingSignal: sig_atomic_t = 0

enum Signals {
    static func install() {
        // A parent may have started us with signals blocked; the ones we handle must get through.
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&handled, signal) }
        sigprocmask(SIG_UNBLOCK, &handled, nil)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in pendingSignal = signal }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a blocking read returns, so the loop sees the signal
        for signal in [SIGTERM, SIGHUP, SIGINT] { sigaction(signal, &action, nil) }
    }

    static var received: Int32 { pendingSignal }
}
