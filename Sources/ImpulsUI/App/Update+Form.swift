import ImpulsCore
import ImpulsText

/// An open form: editing keys go to the focused field (as the key map's `edits` say), Tab and
/// Shift-Tab move, Ctrl-S (or Enter on the last field) saves, Esc cancels, F1 opens help; every
/// key checks the form again, so what the rules refuse shows beside its field as the user types.
extension Update {
    static func form(_ key: Key, _ state: inout AppState) -> [Effect] {
        let effects = formKey(key, &state)
        if effects.contains(where: { if case .save = $0 { return true } else { return false } }) { return effects }
        // Keep the draft in step with the form: what is typed survives a crash.
        if case .form(let form)? = state.stack.last {
            return effects + (form.isDirty ? [.keepDraft(form.draft)] : [])
        }
        if case .help? = state.stack.last { return effects }
        return effects + [.keepDraft(nil)]
    }

    static func formKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard case .form(var form)? = state.stack.last else { return [] }
        defer { if case .form? = state.stack.last { state.stack[state.stack.count - 1] = .form(form) } }
        if form.saving { return [] }
        if form.confirmingCancel {
            switch key {
            case .character("y"), .character("j"), .enter: state.stack.removeLast()
            case .character("n"), .escape: form.confirmingCancel = false
            default: break
            }
            return []
        }
        if key == .control("c") { return [.quit] }
        form.failure = nil   // said once; the fields come back with the next key
        if KeyMap.action(for: key, in: .form) == .help, key != .enter {
            state.stack.append(.help(scroll: 0))
            return []
        }
        if case .step = form.purpose { return stepKey(key, &form, &state) }
        let field = form.fields[form.focus]
        if key == .enter, field.kind != .multiline {
            if form.focus == form.fields.count - 1 { return submit(&form, &state) }
            move(&form, by: 1)
        } else {
            switch KeyMap.action(for: key, in: .form) {
            case .save?: return submit(&form, &state)
            case .nextField?: move(&form, by: 1)
            case .previousField?: move(&form, by: -1)
            case .back?:
                if form.isDirty { form.confirmingCancel = true } else { state.stack.removeLast() }
                return []
            default:
                _ = form.fields[form.focus].apply(key, today: state.caseload.today)
            }
        }
        checkForm(&form, &state)
        return []
    }

    /// Opens a form, checked at once: what its starting values already break (an old record's
    /// period, say) shows before the first key.
    static func openForm(_ form: Form, _ state: inout AppState) {
        var checked = form
        checkForm(&checked, &state)
        state.stack.append(.form(checked))
    }

    /// Moves the focus, marking the field left behind as passed (so that an empty one says so).
    static func move(_ form: inout Form, by step: Int) {
        let count = form.fields.count
        form.touched.insert(form.fields[form.focus].id)
        form.focus = (form.focus + step + count) % count
    }

    static func checkForm(_ form: inout Form, _ state: inout AppState) {
        let code = form.purpose.code
        let dossier = state.caseload.dossiers[code] ?? Dossier(code: code, adviser: state.caseload.actor)
        Forms.check(&form, dossier: dossier, context: state.caseload.context, language: state.language)
    }

    /// Saves when nothing stands in the way; otherwise every reason shows beside its field and the
    /// cursor goes to the first field that has one.
    static func submit(_ form: inout Form, _ state: inout AppState) -> [Effect] {
        form.attempted = true
        form.failure = nil
        checkForm(&form, &state)
        guard form.errors.isEmpty, form.refusal.isEmpty else {
            if let first = form.fields.firstIndex(where: { form.errors[$0.id] != nil }) { form.focus = first }
            return []
        }
        let code = form.purpose.code
        let dossier = state.caseload.dossiers[code] ?? Dossier(code: code, adviser: state.caseload.actor)
        return applyAndSave(&form, to: dossier, &state)
    }

    /// The form's change applied to `dossier` and saved; a refusal stays with the form, in words.
    static func applyAndSave(_ form: inout Form, to dossier: Dossier, _ state: inout AppState) -> [Effect] {
        switch Forms.apply(form, to: dossier, context: state.caseload.context, ids: &state.ids) {
        case .failure(let refusal):
            form.refusal = refusal.reasons.map { Message.formReason($0, state.language) }
            return []
        case .success(let next):
            form.saving = true
            return save(next, &state)
        }
    }
}
