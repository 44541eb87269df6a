import ImpulsCore
import ImpulsText

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
        // A start or completion outside the planned period: allowed, said beside the date.
        guard case .step(_, let id, let target) = form.purpose, let application = dossier.applications.first(where: { $0.id == id }),
              form.errors[StepField.date.id] == nil,
              let date = CalendarDay(parsing: form[StepField.date], acceptDutchOrder: true) else { return }
        let said = Warnings.step(target, on: date, of: application).map { Message.reason($0).text(l) }
        if !said.isEmpty { form.warnings[StepField.date.id] = said.joined(separator: "; ") }
    }
}
