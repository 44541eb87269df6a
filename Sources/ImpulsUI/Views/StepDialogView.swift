import ImpulsCore
import ImpulsText

/// The step dialog: the application and the step, what confirming does with the keys to do it
/// ("Indienen op 2023-10-16 — Enter/y bevestigen · n/Esc annuleren · Tab datum of toelichting"),
/// then the step's fields with their errors beside them, and why the rules refuse the step.
enum StepDialogView {
    static func draw(_ state: AppState, form: Form, into grid: inout CellGrid) {
        guard case .step(let code, let id, let target) = form.purpose else { return }
        let l = state.language
        let width = max(1, state.columns - 2)
        grid.put(" " + FormView.title(form, l), x: 0, y: 1, style: Style(bold: true, underline: true), limit: state.columns)
        // In a short window the fields and what is said beside them come first: no blank lines,
        // and the step's line (the statement below says it too) is left out.
        let short = state.rows < 20
        var y = short ? 2 : 3
        if !short, let application = state.caseload.dossiers[code]?.applications.first(where: { $0.id == id }) {
            grid.put(Message.status(application.status, l) + " → " + Message.status(target, l) + " · ‘" + application.title + "’",
                     x: 1, y: y, style: Style(dim: true), limit: width)
            y += 2
        }
        // One line when it fits; else what will happen, and the keys on lines of their own (no
        // dash left dangling at a line's end).
        let said = statement(form, target: target, l)
        let whole = said + " — " + keys(form, l)
        // In a short window the keys are left to the bottom line (it says them too).
        let keyLines = short ? [] : Text.wrap(keys(form, l), width: width)
        let lines = DisplayWidth.of(whole) <= width ? [whole] : Text.wrap(said, width: width) + keyLines
        for line in lines where y < state.rows - 2 {
            grid.put(line, x: 1, y: y, style: Style(bold: true))
            y += 1
        }
        FormView.drawFields(state, form: form, from: short ? y : y + 1, into: &grid)
    }

    /// What confirming does, with the date and amount as typed so far.
    static func statement(_ form: Form, target: ApplicationStatus, _ l: Language) -> String {
        let typed = form[StepField.date]
        let date = typed.isEmpty ? "–" : CalendarDay(parsing: typed, acceptDutchOrder: true)?.description ?? typed
        let granted = target == .approved ? Cents(parsing: form[StepField.granted]) : nil
        return Message.stepStatement(target, date: date, granted: granted).text(l)
    }

    /// The keys that work now: before a field is entered, or in one.
    static func keys(_ form: Form, _ l: Language) -> String {
        Message.stepKeys(inField: form.focusInFields, fields: form.fields.map { $0.label.text(l) }).text(l)
    }
}
