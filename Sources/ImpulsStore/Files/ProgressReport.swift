/// Told how far a long piece of work is: `done` of `total` steps. Called from whichever thread
/// did a step, so it must be safe to call from any thread; it must not block.
public typealias ProgressReport = @Sendable (_ done: Int, _ total: Int) -> Void
