import ImpulsCore

/// A form as its draft and back. The draft (`FormDraft`, `FormPurpose`) is plain data in
/// ImpulsCore, which the store writes and reads (`DraftFormat`).
extension Form {
    var draft: FormDraft {
        var texts: [String: String] = [:], options: [String: Int] = [:], chosen: [String: [Int]] = [:]
        for field in fields {
            switch field.kind {
            case .choice: options[field.id.name] = field.optionIndex
            case .multiChoice: chosen[field.id.name] = field.chosen.sorted()
            default: texts[field.id.name] = field.editor.value
            }
        }
        return FormDraft(purpose: purpose, texts: texts, options: options, chosen: chosen, focus: focus)
    }
}

extension Forms {
    /// The form a draft was typed in, with what was typed; nil when its record is gone.
    static func restore(_ draft: FormDraft, _ context: Context) -> Form? {
        let code = draft.purpose.code
        let dossier = context.caseload.dossiers[code] ?? Dossier(code: code)
        var form: Form?
        switch draft.purpose {
        case .newSession: form = newSession(code, context)
        case .newApplication: form = newApplication(code, context)
        case .newContact: form = contact(code, contact: nil)
        case .edit(_, let kind, let id): form = edit(code, kind: kind, id: id, dossier: dossier, context)
        case .step(_, let id, let target):
            if let application = dossier.applications.first(where: { $0.id == id }), application.status.nextSteps.contains(target) {
                form = step(code, application: application, target: target, context)
            }
        }
        guard var restored = form else { return nil }
        let fields = restored.fields.map { field -> FormField in
            var f = field
            if let text = draft.texts[field.id.name], field.kind != .choice(field.options), field.kind != .multiChoice(field.options) {
                f.editor = TextField(text, multiline: field.kind == .multiline)
            }
            // A draft file may have been edited by hand: an index outside the form is ignored.
            if let option = draft.options[field.id.name], field.options.indices.contains(option) { f.optionIndex = option }
            if let chosen = draft.chosen[field.id.name] { f.chosen = Set(chosen.filter(field.options.indices.contains)) }
            return f
        }
        restored = Form(purpose: restored.purpose, fields: restored.fields, focus: fields.indices.contains(draft.focus) ? draft.focus : 0)
        restored.fields = fields
        return restored
    }
}
