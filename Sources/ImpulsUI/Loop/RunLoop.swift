import ImpulsCore
import ImpulsText

/// Runs the interface until the update function asks to quit or a signal arrives:
/// render → draw → wait for a key or the watch → update → perform the effects. It knows the
/// terminal only as a `TerminalDevice`, so tests run it with scripted keys and file changes.
public enum RunLoop {
    /// `perform` carries out effects other than quitting and may return events to feed back;
    /// `clock` gives the moment each key is handled (recorded with the changes it makes).
    ///
    /// A draft of what is typed is kept when typing pauses (300 ms after the last key, `TypingPause`),
    /// before any other effect (a save, a sync), before the process is suspended and before the
    /// loop ends — never per key, so typing never waits for the disk. A closed form's draft is
    /// removed at once.
    ///
    /// `watch` (the data folder's) is asked what came in each time the loop wakes; `inbox` brings
    /// what work on another thread (a sync) posts. Their events take the same road as a key's.
    public static func run(terminal: some TerminalDevice, state initial: AppState, clock: () -> Timestamp,
                           watch: Watch? = nil, inbox: Inbox? = nil,
                           perform: (Effect, inout AppState) -> [Event] = { _, _ in [] }) -> AppState {
        var state = initial
        var pendingDraft: Effect?
        var typing = TypingPause(at: .now)
        func keepDraft(_ state: inout AppState) -> [Event] {
            guard let draft = pendingDraft else { return [] }
            pendingDraft = nil
            return perform(draft, &state)
        }
        /// Handles `events` and all they lead to; true when the update asked to quit.
        func handle(_ events: [Event]) -> Bool {
            var pending = events
            var quit = false
            while !pending.isEmpty {
                let event = pending.removeFirst()
                for effect in Update.apply(event, to: &state) {
                    switch effect {
                    case .quit: quit = true
                    case .keepDraft(.none):
                        // The form is closed (saved or dropped): its draft goes now, not after a pause,
                        // so a process killed meanwhile does not offer it again. A removal is cheap.
                        pendingDraft = nil
                        pending += perform(effect, &state)
                    case .keepDraft: pendingDraft = effect
                    case .suspend:
                        // What is typed is on disk before the process stops (it may never be continued).
                        pending += keepDraft(&state)
                        if let (columns, rows) = terminal.suspend() {
                            pending.append(.key(.resize(columns: columns, rows: rows)))
                        } else {
                            state.message = Message.terminal(.cannotSuspend).text(state.language)
                        }
                    default:
                        pending += keepDraft(&state)
                        pending += perform(effect, &state)
                    }
                }
            }
            return quit
        }
        let (columns, rows) = terminal.size
        _ = Update.apply(.key(.resize(columns: columns, rows: rows)), to: &state)
        terminal.draw(Render.screen(state))
        while terminal.terminationSignal == nil {
            if pendingDraft != nil, typing.isOver(at: .now) { _ = keepDraft(&state) }
            let key = terminal.readKey(waitingAtMost: typing.readWait(draftWaiting: pendingDraft != nil, at: .now),
                                       wakingOn: (watch?.descriptors() ?? []) + (inbox.map { [$0.descriptor] } ?? []))
            var pending: [Event] = []
            if let key {
                typing.key(at: .now)
                state.caseload.now = clock()
                pending.append(.key(key))
            }
            if let inbox { pending += inbox.take() }
            if let watch { pending += watch.check(state) }
            if pending.isEmpty { continue }
            if handle(pending) { break }
            terminal.draw(Render.screen(state))
        }
        // Work beside the loop (a sync) is asked to stop and waited for, so nothing is left half
        // done: its end, and the saves that waited for it, are handled before the terminal is given back.
        if state.sync != nil, let inbox {
            for effect in Update.cancelSync(&state) { _ = perform(effect, &state) }
            while state.sync != nil {
                inbox.wait(milliseconds: Int32(TypingPause.longestRead / .milliseconds(1)))
                _ = handle(inbox.take())
                terminal.draw(Render.screen(state))
            }
        }
        _ = keepDraft(&state)
        terminal.stop()
        return state
    }
}
