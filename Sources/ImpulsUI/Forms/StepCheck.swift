import ImpulsCore

/// The step dialog's checks: the workflow's reasons, each beside the field it is about or under
/// the dialog when it is about the step as a whole, as the user types.
extension Forms {
    /// The field of the step dialog a reason is about; nil for the step as a whole.
    static func stepField(_ reason: Reason) -> StepField? {
        switch reason {
        case .noteRequired: .note
        case .endDateRequired, .stepInFuture, .stepBeforePrevious, .beforeOpening, .afterClosing: .date
        case .grantedMissing, .grantedAboveRequested, .amountNotPositive(field: .granted), .amountAboveMaximum(field: .granted, _, _): .granted
        default: nil
        }
    }

    /// Sets the step dialog's errors (beside its fields) and refusal (the step as a whole) for the
    /// dossier as it is now.
    static func checkStep(_ form: inout Form, dossier: Dossier, context: ChangeContext, language l: Language) {
        check(&form, dossier: dossier, context: context, language: l)
    }
}
