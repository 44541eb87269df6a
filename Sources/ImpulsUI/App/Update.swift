import ImpulsCore
import ImpulsText

/// The whole behaviour of the interface: an event in, the new state and the effects out. The app
/// handles what holds in every view (Ctrl-C, Ctrl-Z, a resize, Alt, `S`) and the run loop's
/// answers; a key else goes to the feature of the view on top, which changes its own state and
/// asks for the rest with commands (`perform`).
public enum Update {
    public static func apply(_ event: Event, to state: inout AppState) -> [Effect] {
        let effects = react(event, &state)
        return state.sync == nil ? effects : besideSync(effects, &state)
    }

    /// While a sync holds the folder, a save waits for it (written when it ends, in order), and
    /// quitting first asks it to stop: the loop ends once it has.
    static func besideSync(_ effects: [Effect], _ state: inout AppState) -> [Effect] {
        var kept: [Effect] = []
        for effect in effects {
            if case .save(let dossier) = effect {
                state.sync?.waitingSaves.append(dossier)
                state.message = Message.syncSaveWaits.text(state.language)
            } else {
                kept.append(effect)
            }
        }
        if kept.contains(.quit), state.sync?.cancelling == false {
            state.sync?.cancelling = true
            kept.insert(.cancelSync, at: 0)
        }
        return kept
    }

    static func react(_ event: Event, _ state: inout AppState) -> [Effect] {
        guard case .key(let key) = event else { return answer(event, &state) }
        // A resize is no answer to the message line (the run loop's first one would wipe what
        // opening the folder found).
        if case .resize(let columns, let rows) = key {
            state.columns = columns
            state.rows = rows
            state.home.fit(state.viewport)
            // The agenda's selection stays on screen too.
            return perform([.refit], &state)
        }
        state.message = nil
        if key == .control("c") { return [.quit] }
        if key == .control("z") { return [.suspend] }  // in every view, a form included
        // The terminal cannot tell Alt-x from Esc and x typed quickly: outside a form's word jumps,
        // take it as the two keys.
        if case .alt(let c) = key, !(state.view == .form && (c == "b" || c == "f")) {
            let first = react(.key(.escape), &state)
            if first.contains(.quit) { return first }
            return first + react(.key(.character(c)), &state)
        }
        state.measure()
        if state.home.isTypingFilter { return home(&state) { RegionFeature.typeFilter(&$0, key, &$1) } }
        if state.view == .form { return form(key, &state) }
        if state.view == .confirm { return top(&state) { screen, context in ConfirmFeature.reduce(screen, key, &context) } }
        if case .mouseClick(_, let y) = key { return click(row: y, &state) }
        guard let action = KeyMap.action(for: key, in: state.view) else { return [] }
        if action == .sync { return sync(&state) }
        if action == .cancelSync { return cancelSync(&state) }
        if state.stack.isEmpty { return home(&state) { RegionFeature.reduce(&$0, action, &$1) } }
        return top(&state) { $0.reduce(action, &$1) }
    }

    /// A key for the region view.
    static func home(_ state: inout AppState, _ reduce: (inout RegionFeature.State, inout Context) -> [Command]) -> [Effect] {
        var context = state.context
        let commands = reduce(&state.home, &context)
        state.ids = context.ids
        return perform(commands, &state)
    }

    /// A key for the view on top: its feature's state is written back before its commands run.
    static func top(_ state: inout AppState, _ reduce: (inout AppState.Screen, inout Context) -> [Command]) -> [Effect] {
        guard var screen = state.stack.last else { return [] }
        var context = state.context
        let commands = reduce(&screen, &context)
        state.stack[state.stack.count - 1] = screen
        state.ids = context.ids
        return perform(commands, &state)
    }

    /// A key in a form; what is typed is handed on as a draft with every key (the run loop writes
    /// it when typing pauses), so it survives a crash.
    static func form(_ key: Key, _ state: inout AppState) -> [Effect] {
        if case .form(let form)? = state.stack.last, form.saving, state.sync != nil {
            // Its save waits for the sync: what is typed is in it, and stays until it is written.
            state.message = Message.syncSaveWaits.text(state.language)
            return []
        }
        let effects = top(&state) { screen, context in
            guard case .form(var form) = screen else { return [] }
            defer { screen = .form(form) }
            return FormFeature.reduce(&form, key, &context)
        }
        if effects.contains(where: { if case .save = $0 { return true } else { return false } }) { return effects }
        if case .form(let form)? = state.stack.last {
            return effects + (form.isDirty ? [.keepDraft(form.draft)] : [])
        }
        if case .help? = state.stack.last { return effects }
        return effects + [.keepDraft(nil)]
    }

    static func click(row y: Int, _ state: inout AppState) -> [Effect] {
        switch state.view {
        case .region: return home(&state) { RegionFeature.click(&$0, row: y, &$1) }
        case .agenda:
            return top(&state) { screen, context in
                guard case .agenda(var position) = screen else { return [] }
                defer { screen = .agenda(position) }
                return AgendaFeature.click(&position, row: y, &context)
            }
        default: return []
        }
    }

    /// Starts sharing the folder beside the work; the header shows its step until it ends.
    static func sync(_ state: inout AppState) -> [Effect] {
        guard !state.readOnly else {
            state.message = Message.readOnlyNoSync.text(state.language)
            return []
        }
        guard state.sync == nil else {
            state.message = Message.syncAlreadyRunning.text(state.language)
            return []
        }
        state.sync = SyncActivity()
        return [.sync]
    }

    /// `X`: the running sync stops at its next safe point (it says so when it has).
    static func cancelSync(_ state: inout AppState) -> [Effect] {
        guard state.sync != nil else {
            state.message = Message.syncNotRunning.text(state.language)
            return []
        }
        if state.sync?.cancelling == true { return [] }
        state.sync?.cancelling = true
        return [.cancelSync]
    }
}

extension AppState.Screen {
    /// The action for the view's own feature (a form and a question read keys, not actions).
    mutating func reduce(_ action: Action, _ context: inout Context) -> [Command] {
        switch self {
        case .dossier(var s): defer { self = .dossier(s) }; return DossierFeature.reduce(&s, action, &context)
        case .agenda(var s): defer { self = .agenda(s) }; return AgendaFeature.reduce(&s, action, &context)
        case .help(var s): defer { self = .help(s) }; return HelpFeature.reduce(&s, action, &context)
        case .stepChooser(var s): defer { self = .stepChooser(s) }; return StepFeature.choose(&s, action, &context)
        case .dashboard(var s): defer { self = .dashboard(s) }; return DashboardFeature.reduce(&s, action, &context)
        case .drill(var s): defer { self = .drill(s) }; return DrillFeature.reduce(&s, action, &context)
        case .form, .confirmDelete, .confirmUndo, .confirmResolve, .offerDraft: return []
        }
    }
}
