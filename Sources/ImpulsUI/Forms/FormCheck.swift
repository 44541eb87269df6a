import ImpulsCore
import ImpulsText

/// Every rule a form can break, beside the field it is about, as the user types: the form's
/// change is tried on the dossier after every key (nothing is saved) and each reason the rules
/// give goes to its field, in words of the interface; what is about the form as a whole goes
/// under it.
extension Forms {
    /// The field of `form` a reason is about; nil for the form as a whole.
    static func field(for reason: Reason, in form: Form) -> FieldID? {
        let candidate: FieldID? = switch form.purpose {
        case .step: stepField(reason)?.id
        case .newSession, .edit(_, kind: .session, _): sessionField(reason)?.id
        case .newApplication, .edit(_, kind: .application, _): applicationField(reason)?.id
        case .newContact, .edit(_, kind: .contact, _): reason == .emptyText ? ContactField.name.id : nil
        case .edit(_, kind: .followUp, _): reason == .emptyText ? FollowUpField.text.id : nil
        }
        // An edited session has no follow-ups field: what is about them is about the session.
        return candidate.flatMap { form.field($0) == nil ? nil : $0 }
    }

    static func sessionField(_ reason: Reason) -> SessionField? {
        switch reason {
        case .emptySummary: .summary
        case .emptyText: .followUps
        case .noActionLine, .unknownActionLine: .actionLines
        case .sessionInFuture: .date
        case .minutesNotPositive: .minutes
        default: nil
        }
    }

    static func applicationField(_ reason: Reason) -> ApplicationField? {
        switch reason {
        case .emptyTitle: .title
        case .amountNotPositive(field: .requested), .amountAboveMaximum(field: .requested, _, _): .amount
        case .endNotAfterStart, .projectTooLong: .end
        case .noActionLine, .unknownActionLine: .actionLines
        default: nil
        }
    }

    /// A reason that only says a field is empty: said once the cursor has left the field or the
    /// user tried to save, not before anything is typed.
    static func isMissingInput(_ reason: Reason) -> Bool {
        switch reason {
        case .noteRequired, .endDateRequired, .grantedMissing, .emptyTitle, .emptySummary, .emptyText, .noActionLine: true
        default: false
        }
    }

    /// A field that does not parse already says so (`fieldErrors`); the dry run's word on it is not repeated.
    static func isParseFailure(_ reason: Reason) -> Bool {
        switch reason {
        case .invalidDate, .invalidAmount, .invalidNumber, .invalidFollowUp: true
        default: false
        }
    }

    /// Sets the form's errors (beside its fields) and refusal (the form as a whole) for the
    /// dossier as it is now. A date or amount that is empty or does not parse says so beside its
    /// field, and the rules are tried with a stand-in for it, so that what they say about the
    /// other fields shows all the same.
    static func check(_ form: inout Form, dossier: Dossier, context: ChangeContext, language l: Language) {
        var errors = fieldErrors(form, language: l, rules: context.rules)
        var probe = form
        var standIns = Set<FieldID>()
        if !form.isStep {
            for (i, field) in form.fields.enumerated() where field.kind == .date || field.kind == .amount {
                let empty = field.value.trimmingSpaces.isEmpty
                guard empty || errors[field.id] != nil else { continue }
                if empty, form.attempted || form.touched.contains(field.id) {
                    errors[field.id] = Message.ui(field.kind == .date ? .missingDate : .missingAmount).text(l)
                }
                probe.fields[i].editor = TextField(field.kind == .date ? context.today.description : "1")
                standIns.insert(field.id)
            }
        }
        var refusal: [String] = []
        var fromRules = Set<FieldID>()   // fields the rules spoke about: each of their reasons is said
        var ids = SeededGenerator(seed: 0)  // a dry run: its record ids are thrown away
        if case .failure(let refused) = apply(probe, to: dossier, context: context, ids: &ids) {
            for reason in refused.reasons where !isParseFailure(reason) {
                if let field = field(for: reason, in: form) {
                    if standIns.contains(field) || (field == ApplicationField.end.id && standIns.contains(ApplicationField.start.id)) { continue }
                    let shown = form.attempted || form.touched.contains(field) || !isMissingInput(reason)
                    guard shown else { continue }
                    if errors[field] == nil {
                        errors[field] = Message.formReason(reason, l)
                        fromRules.insert(field)
                    } else if fromRules.contains(field) {
                        errors[field]! += "; " + Message.formReason(reason, l)   // every reason, not the first
                    }
                } else {
                    refusal.append(Message.formReason(reason, l))
                }
            }
        }
        form.errors = errors
        form.refusal = refusal
        form.warnings = fieldWarnings(form, language: l, rules: context.rules)
    }
}

extension Form {
    /// The step dialog (its empty fields are the workflow's to judge).
    var isStep: Bool { if case .step = purpose { true } else { false } }
}
