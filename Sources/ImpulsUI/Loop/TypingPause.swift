/// When typing has paused long enough for the draft of what is typed to be written: `length`
/// after the last key, on the monotonic clock. Measured from the key, not from "a read timed out":
/// input that makes no key (an unknown escape sequence) neither starts nor ends a pause.
struct TypingPause {
    /// How long after the last key the waiting draft is written.
    static let length: Duration = .milliseconds(300)
    /// The longest a read waits for a key, so that a termination signal or a terminal gone is
    /// noticed between reads.
    static let longestRead: Duration = .milliseconds(200)

    private var lastKey: ContinuousClock.Instant

    init(at now: ContinuousClock.Instant) { lastKey = now }

    /// A key came.
    mutating func key(at now: ContinuousClock.Instant) { lastKey = now }

    /// Whether the pause is long enough now to write a waiting draft.
    func isOver(at now: ContinuousClock.Instant) -> Bool { now - lastKey >= Self.length }

    /// How many milliseconds the next read may wait for a key: with a draft waiting, until the
    /// pause is over (rounded up, so it is over when the read times out); never longer than
    /// `longestRead`.
    func readWait(draftWaiting: Bool, at now: ContinuousClock.Instant) -> Int32 {
        let wait = draftWaiting ? min(lastKey + Self.length - now, Self.longestRead) : Self.longestRead
        return Int32(max(0, (wait / .milliseconds(1)).rounded(.up)))
    }
}
