

/// What the run loop needs of a terminal: its size, keys in (waiting at most so long, and waking
/// early when another descriptor — the folder watch — becomes readable), a cell grid out, Ctrl-Z,
/// and the terminal given back. `Terminal` is the ncurses one; tests drive the loop with a
/// scripted one.
public protocol TerminalDevice: AnyObject {
    var size: (columns: Int, rows: Int) { get }
    /// The signal that asked the program to end, if one came (the loop then ends).
    var terminationSignal: Int32? { get }
    /// Whether the locale is UTF-8 (else the grid is drawn in ASCII).
    var isUnicode: Bool { get }
    func draw(_ grid: CellGrid)
    /// The next key; nil when none came within `milliseconds`, or when one of `descriptors` became
    /// readable first (the loop then asks its watch what came in).
    func readKey(waitingAtMost milliseconds: Int32, wakingOn descriptors: [Int32]) -> Key?
    /// Ctrl-Z: stops until continued; the size then, or nil where nothing could continue it.
    func suspend() -> (columns: Int, rows: Int)?
    /// Gives the terminal back. Safe to call more than once.
    func stop()
}

/// What besides keys the loop waits on: descriptors that wake it (inotify's), and what to ask each
/// time it wakes — after a key, a read that timed out, or a descriptor that became readable. The
/// events `check` returns are handled like a key's, in the same queue.
public struct Watch {
    /// Asked before each wait: a watch may give up its descriptor (inotify lost, a stat-based check instead).
    public var descriptors: () -> [Int32]
    public var check: (AppState) -> [Event]

    public init(descriptors: @escaping () -> [Int32], check: @escaping (AppState) -> [Event]) {
        self.descriptors = descriptors
        self.check = check
    }
}
