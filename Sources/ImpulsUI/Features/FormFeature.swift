import ImpulsCore
import ImpulsText

/// An open form: editing keys go to the focused field (as the key map's `edits` say), Tab and
/// Shift-Tab move, Ctrl-S (or Enter on a last field of one line) saves, Enter starts a new line in text
/// of several lines, Esc cancels, F1 opens help; every
/// key checks the form again, so what the rules refuse shows beside its field as the user types.
/// The step dialog is a form too, with keys of its own (`StepFeature.dialog`).
enum FormFeature {
    static func reduce(_ form: inout Form, _ key: Key, _ context: inout Context) -> [Command] {
        if form.saving { return [] }
        if form.confirmingCancel {
            switch key {
            case .character("y"), .character("j"), .enter: return [.close]
            case .character("n"), .escape: form.confirmingCancel = false
            default: break
            }
            return []
        }
        if KeyMap.action(for: key, in: .form) == .help, key != .enter { return [.openHelp] }
        form.failure = nil   // said once; the fields come back with the next key
        if case .step = form.purpose { return StepFeature.dialog(&form, key, &context) }
        if key == .enter {
            // In text of several lines Enter is the field's own key (a new line, as help says); the
            // form's Enter (next field, or save on the last one) is for the others.
            if form.fields[form.focus].kind == .multiline {
                _ = form.fields[form.focus].apply(key, today: context.today)
            } else if form.focus == form.fields.count - 1 {
                return submit(&form, &context)
            } else {
                move(&form, by: 1)
            }
        } else {
            switch KeyMap.action(for: key, in: .form) {
            case .save?: return submit(&form, &context)
            case .nextField?: move(&form, by: 1)
            case .previousField?: move(&form, by: -1)
            case .back?:
                guard form.isDirty else { return [.close] }
                form.confirmingCancel = true   // "discard what was typed?"
                return []
            default:
                if let refused = refusedTyping(&form, key, context.language) { return refused }
                _ = form.fields[form.focus].apply(key, today: context.today)
            }
        }
        check(&form, context)
        return []
    }

    /// A character typed in a pick list or a list with ticks is refused with a word on the bottom
    /// line, never dropped silently; after one, a space or `x` (the keys that tick) is refused
    /// too until a key that is no character, so a sentence typed into the wrong field ticks
    /// nothing. Nil: the key is the field's.
    static func refusedTyping(_ form: inout Form, _ key: Key, _ language: Language) -> [Command]? {
        let field = form.fields[form.focus]
        guard !field.options.isEmpty, case .character = key else {
            form.typingInList = false
            return nil
        }
        let listKey = KeyMap.edit(for: key, in: field.scopes) != nil
        if listKey, !form.typingInList { return nil }
        form.typingInList = true   // until a key that is no character (an arrow, Tab)
        let ticks = if case .multiChoice = field.kind { true } else { false }
        return [.say(Message.ui(.typingInList(ticks: ticks)).text(language))]
    }

    /// A form as it opens, checked at once: what its starting values already break (an old
    /// record's period, say) shows before the first key.
    static func opened(_ form: Form, _ context: Context) -> Form {
        var checked = form
        check(&checked, context)
        return checked
    }

    /// Moves the focus, marking the field left behind as passed (so that an empty one says so).
    static func move(_ form: inout Form, by step: Int) {
        let count = form.fields.count
        form.touched.insert(form.fields[form.focus].id)
        form.typingInList = false
        form.focus = (form.focus + step + count) % count
    }

    static func check(_ form: inout Form, _ context: Context) {
        Forms.check(&form, dossier: context.dossier(form.purpose.code), context: context.caseload.context, language: context.language)
    }

    /// Saves when nothing stands in the way; otherwise every reason shows beside its field and the
    /// cursor goes to the first field that has one.
    static func submit(_ form: inout Form, _ context: inout Context) -> [Command] {
        form.attempted = true
        form.failure = nil
        check(&form, context)
        guard form.errors.isEmpty, form.refusal.isEmpty else {
            if let first = form.fields.firstIndex(where: { form.errors[$0.id] != nil }) { form.focus = first }
            return []
        }
        return applyAndSave(&form, to: context.dossier(form.purpose.code), &context)
    }

    /// The form's change applied to `dossier` and saved; a refusal stays with the form, in words.
    static func applyAndSave(_ form: inout Form, to dossier: Dossier, _ context: inout Context) -> [Command] {
        switch Forms.apply(form, to: dossier, context: context.caseload.context, ids: &context.ids) {
        case .failure(let refusal):
            form.refusal = refusal.reasons.map { Message.formReason($0, context.language) }
            return []
        case .success(let next):
            form.saving = true
            return [.save(next)]
        }
    }
}
