import ImpulsCore

/// The step dialog's checks: the workflow's reasons, each beside the field it is about or under
/// the dialog when it is about the step as a whole, as the user types.
extension Forms {
    /// The field of the step dialog a reason is about; nil for the step as a whole.
    static func stepField(_ reason: Reason) -> String? {
        switch reason {
        case .noteRequired: "note"
        case .endDateRequired, .stepInFuture, .stepBeforePrevious, .beforeOpening, .afterClosing: "date"
        case .grantedMissing, .grantedAboveRequested, .amountNotPositive(field: .granted), .amountAboveMaximum(field: .granted, _, _): "granted"
        default: nil
        }
    }

    /// A reason that only says a field is empty: said once the user tries to confirm, not before
    /// anything is typed.
    static func isMissingInput(_ reason: Reason) -> Bool {
        switch reason {
        case .noteRequired, .endDateRequired, .grantedMissing: true
        default: false
        }
    }

    /// Sets the step dialog's errors (beside its fields) and refusal (the step as a whole) for the
    /// dossier as it is now.
    static func checkStep(_ form: inout Form, dossier: Dossier, context: ChangeContext, language l: Language) {
        var errors = fieldErrors(form, language: l, rules: context.rules)
        var refusal: [String] = []
        var ids = SeededGenerator(seed: 0)  // a step makes no records
        if case .failure(let refused) = apply(form, to: dossier, context: context, ids: &ids) {
            for reason in refused.reasons {
                if let field = stepField(reason), form.fields.contains(where: { $0.id == field }) {
                    if errors[field] == nil, form.attempted || !isMissingInput(reason) { errors[field] = Message.stepFieldReason(reason, l) }
                } else {
                    refusal.append(Message.stepFieldReason(reason, l))
                }
            }
        }
        form.errors = errors
        form.refusal = refusal
    }
}
