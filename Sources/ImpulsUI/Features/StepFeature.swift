import ImpulsCore

/// A step in the workflow: the chooser (`s`) lists the steps the chosen application can take;
/// Enter opens the step dialog, which names the application, says what will happen and takes the
/// step on Enter.
public enum StepFeature {
    /// The step chooser.
    public struct Chooser: Sendable, Equatable {
        public var code: MunicipalityCode
        /// The application the step is for: the one chosen in the dossier.
        public var applicationID: String
        public var options: [ApplicationStatus]
        public var position = ListPosition()

        public var selection: Int { position.selection }
    }

    static func choose(_ state: inout Chooser, _ action: Action, _ context: inout Context) -> [Command] {
        // A few steps: a page is all of them, so PgUp/Home go to the first and PgDn/End to the last (as help says).
        switch ListFeature.reduce(&state.position, action, count: state.options.count, page: state.options.count) {
        case .open(let index):
            guard let application = context.caseload.dossiers[state.code]?.applications.first(where: { $0.id == state.applicationID }) else {
                return [.close, .refused(Refusal([.recordNotFound]), context.language)]   // gone meanwhile (a sync)
            }
            var form = Forms.step(state.code, application: application, target: state.options[index], context)
            check(&form, context)  // a step the rules refuse says why at once
            return [.replace(.form(form))]
        case let outcome: return ListFeature.commands(outcome)
        }
    }

    /// The step dialog. Before a field is entered: Enter or `y` confirms, `n` or Esc cancels, Tab
    /// enters the fields. In a field: keys edit it, Enter (or Ctrl-S) confirms, Tab and Shift-Tab
    /// move, Esc cancels (asking first when something was typed).
    static func dialog(_ form: inout Form, _ key: Key, _ context: inout Context) -> [Command] {
        let count = form.fields.count
        if !form.focusInFields {
            switch key {
            case .enter, .character("y"), .character("j"), .control("s"): return confirm(&form, &context)
            case .character("n"), .character("q"), .escape: return [.close]
            case .character("?"): return [.openHelp]
            case .tab: form.focus = 0
            case .backTab: form.focus = count - 1
            default: return []
            }
            form.focusInFields = true
            return []
        }
        // `?` is help, except in text that is being typed (a note may ask a question).
        if key == .character("?"), !form.fields[form.focus].takesQuestionMark { return [.openHelp] }
        switch key {
        case .enter, .control("s"): return confirm(&form, &context)
        case .tab: FormFeature.move(&form, by: 1)
        case .backTab: FormFeature.move(&form, by: -1)
        case .escape:
            if form.isDirty { form.confirmingCancel = true } else { return [.close] }
            return []
        default: _ = form.fields[form.focus].apply(key, today: context.today)
        }
        check(&form, context)
        return []
    }

    /// Takes the step when nothing stands in its way; otherwise says why, beside the field (the
    /// cursor goes there) or under the dialog.
    static func confirm(_ form: inout Form, _ context: inout Context) -> [Command] {
        guard let dossier = context.caseload.dossiers[form.purpose.code] else { return [] }
        form.attempted = true
        form.failure = nil
        check(&form, context)
        guard form.errors.isEmpty, form.refusal.isEmpty else {
            if let first = form.fields.firstIndex(where: { form.errors[$0.id] != nil }) {
                form.focus = first
                form.focusInFields = true
            }
            return []
        }
        return FormFeature.applyAndSave(&form, to: dossier, &context)
    }

    static func check(_ form: inout Form, _ context: Context) {
        guard let dossier = context.caseload.dossiers[form.purpose.code] else { return }
        Forms.checkStep(&form, dossier: dossier, context: context.caseload.context, language: context.language)
    }
}

extension FormField {
    /// A `?` typed here is text: a text field with something in it already. In a date, an amount
    /// or an empty field of the step dialog `?` opens help.
    var takesQuestionMark: Bool {
        switch kind {
        case .text, .multiline: !editor.value.isEmpty
        default: false
        }
    }
}
