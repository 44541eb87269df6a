#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization
import ImpulsCore
import ImpulsStore

/// A progress line on standard error for work that takes longer than a second (a demo at stress
/// scale, a big import, reading a big folder): only when standard error is a terminal, from one
/// second after the work began, redrawn ten times a second in place (`\r`), and erased when the
/// work is done or before anything else is written to the terminal. Piped or redirected, it
/// writes nothing at all.
enum Progress {
    private struct State {
        var label = ""
        var done = 0
        var total: Int?
        /// When the current piece of work began (nanoseconds of uptime); nil: none is going on.
        var began: UInt64?
        /// The columns the line now on the terminal takes (0: none is shown).
        var shown = 0
        /// Which ticker may draw: a finished piece of work stops its ticker.
        var generation = 0
    }

    private static let state = Mutex(State())
    /// Only a terminal gets a progress line.
    static let enabled = isatty(STDERR_FILENO) == 1

    /// Begins (or moves on to) a step of the work: `label` in the configured language, `total`
    /// when the number of steps is known. The one-second delay counts from the first step.
    static func step(_ label: String, total: Int? = nil) {
        guard enabled else { return }
        let generation: Int? = state.withLock { s in
            s.label = label
            s.done = 0
            s.total = total
            guard s.began == nil else { return nil }
            s.began = DispatchTime.now().uptimeNanoseconds
            s.generation += 1
            return s.generation
        }
        if let generation { schedule(generation, after: 1.0) }
    }

    /// `done` of `total` steps (from any thread).
    static func update(_ done: Int, of total: Int) {
        guard enabled else { return }
        state.withLock { s in
            s.done = max(s.done, done)
            s.total = total
        }
    }

    /// A report for the storage layer that updates this line.
    static func report(_ label: String) -> ProgressReport? {
        guard enabled else { return nil }
        step(label)
        return { done, total in update(done, of: total) }
    }

    /// The work is done: the line is erased and the ticker stops.
    static func finish() {
        guard enabled else { return }
        state.withLock { s in
            erase(&s)
            s.began = nil
            s.generation += 1
        }
    }

    /// Runs `write` (of other output to the terminal) with the line erased first, so the two
    /// never mix; the ticker draws the line again below it.
    static func interrupting(_ write: () -> Void) {
        guard enabled else { return write() }
        state.withLock { s in
            erase(&s)
            write()
        }
    }

    private static func schedule(_ generation: Int, after seconds: Double) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
            let going = state.withLock { s -> Bool in
                guard s.generation == generation, s.began != nil else { return false }
                draw(&s)
                return true
            }
            if going { schedule(generation, after: 0.1) }
        }
    }

    private static func draw(_ s: inout State) {
        var text = "impuls: " + s.label
        if let total = s.total, total > 0 {
            text += " \(min(s.done, total))/\(total) (\(min(s.done, total) * 100 / total)%)"
        } else if let began = s.began {
            text += " … \((DispatchTime.now().uptimeNanoseconds - began) / 1_000_000_000) s"
        }
        let limit = max(10, (TerminalWidth.of(STDERR_FILENO) ?? 80) - 1)
        text = DisplayWidth.truncate(text, to: limit)
        let width = DisplayWidth.of(text)
        put("\r" + text + String(repeating: " ", count: max(0, s.shown - width)))
        s.shown = width
    }

    private static func erase(_ s: inout State) {
        guard s.shown > 0 else { return }
        put("\r" + String(repeating: " ", count: s.shown) + "\r")
        s.shown = 0
    }

    private static func put(_ text: String) {
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress! + done, bytes.count - done) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return }
            done += n
        }
    }
}
