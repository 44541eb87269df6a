import ImpulsCore

/// The step dialog (`s`, then a step): it says what will happen and takes the step on Enter.
extension Update {
    /// Before a field is entered: Enter or `y` confirms, `n` or Esc cancels, Tab enters the fields.
    /// In a field: keys edit it, Enter (or Ctrl-S) confirms, Tab and Shift-Tab move, Esc cancels
    /// (asking first when something was typed).
    static func stepKey(_ key: Key, _ form: inout Form, _ state: inout AppState) -> [Effect] {
        let count = form.fields.count
        if !form.focusInFields {
            switch key {
            case .enter, .character("y"), .character("j"), .control("s"): return confirmStep(&form, &state)
            case .character("n"), .character("q"), .escape:
                state.stack.removeLast()
                return []
            case .tab: form.focus = 0
            case .backTab: form.focus = count - 1
            default: return []
            }
            form.focusInFields = true
            return []
        }
        switch key {
        case .enter, .control("s"): return confirmStep(&form, &state)
        case .tab: move(&form, by: 1)
        case .backTab: move(&form, by: -1)
        case .escape:
            if form.isDirty { form.confirmingCancel = true } else { state.stack.removeLast() }
            return []
        default: _ = form.fields[form.focus].apply(key, today: state.caseload.today)
        }
        checkStep(&form, &state)
        return []
    }

    /// Takes the step when nothing stands in its way; otherwise says why, beside the field (the
    /// cursor goes there) or under the dialog.
    static func confirmStep(_ form: inout Form, _ state: inout AppState) -> [Effect] {
        guard let dossier = state.caseload.dossiers[form.purpose.code] else { return [] }
        form.attempted = true
        form.failure = nil
        checkStep(&form, &state)
        guard form.errors.isEmpty, form.refusal.isEmpty else {
            if let first = form.fields.firstIndex(where: { form.errors[$0.id] != nil }) {
                form.focus = first
                form.focusInFields = true
            }
            return []
        }
        return applyAndSave(&form, to: dossier, &state)
    }

    static func checkStep(_ form: inout Form, _ state: inout AppState) {
        guard let dossier = state.caseload.dossiers[form.purpose.code] else { return }
        Forms.checkStep(&form, dossier: dossier, context: state.caseload.context, language: state.language)
    }
}
