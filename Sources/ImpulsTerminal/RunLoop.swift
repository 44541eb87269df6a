import ImpulsCore
import ImpulsUI

/// Runs the interface until the update function asks to quit or a signal arrives:
/// render → draw → read a key → update → perform the effects.
public enum RunLoop {
    /// `perform` carries out effects other than quitting and may return events to feed back;
    /// `clock` gives the moment each key is handled (recorded with the changes it makes).
    public static func run(terminal: Terminal, state initial: AppState, clock: () -> Timestamp,
                           perform: (Effect, inout AppState) -> [Event] = { _, _ in [] }) -> AppState {
        var state = initial
        let (columns, rows) = terminal.size
        _ = Update.apply(.key(.resize(columns: columns, rows: rows)), to: &state)
        terminal.draw(Render.screen(state))
        while terminal.terminationSignal == nil {
            guard let key = terminal.readKey() else { continue }
            state.caseload.now = clock()
            var pending: [Event] = [.key(key)]
            var quit = false
            while !pending.isEmpty {
                let event = pending.removeFirst()
                let effects = Update.apply(event, to: &state)
                // What the update says before a slow effect (a sync) is on screen while it runs.
                if effects.contains(.sync) { terminal.draw(Render.screen(state)) }
                for effect in effects {
                    if effect == .quit { quit = true } else { pending += perform(effect, &state) }
                }
            }
            if quit { break }
            terminal.draw(Render.screen(state))
        }
        terminal.stop()
        return state
    }
}
