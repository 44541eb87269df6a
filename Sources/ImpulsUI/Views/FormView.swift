import ImpulsCore
import ImpulsText

/// A form: a label and value per field, the focused one marked and its cursor shown, the error of
/// each field beside it as the user types, the rules' refusal below.
enum FormView {
    static func title(_ form: Form, _ l: Language) -> String {
        switch form.purpose {
        case .newSession(let code):
            return Message.formNewSession.text(l) + " · " + (ReferenceData.shared.municipality(code)?.name ?? code.rawValue)
        case .newApplication(let code):
            return Message.formNewApplication.text(l) + " · " + (ReferenceData.shared.municipality(code)?.name ?? code.rawValue)
        case .newContact(let code):
            return Message.formNewContact.text(l) + " · " + (ReferenceData.shared.municipality(code)?.name ?? code.rawValue)
        case .edit(let code, _, _):
            return Message.formEdit.text(l) + " · " + (ReferenceData.shared.municipality(code)?.name ?? code.rawValue)
        case .step(let code, _, let target):
            return Message.stepVerb(target, l).capitalizedFirst + " · " + (ReferenceData.shared.municipality(code)?.name ?? code.rawValue)
        }
    }

    static func draw(_ state: AppState, form: Form, into grid: inout CellGrid) {
        if case .step = form.purpose {
            StepDialogView.draw(state, form: form, into: &grid)
            return
        }
        grid.put(" " + title(form, state.language), x: 0, y: 1, style: Style(bold: true, underline: true), limit: state.columns)
        drawFields(state, form: form, from: 3, into: &grid)
    }

    /// The fields from row `top` to the hint bar (the focused one marked while the cursor is in
    /// the fields), each error or warning beside its field, and under them what refuses the form
    /// as a whole. The fields scroll so that the focused one — its cursor line, its focused
    /// option — is always on screen; ↑ and ↓ in the last column say there is more.
    static func drawFields(_ state: AppState, form: Form, from top: Int, into grid: inout CellGrid) {
        let bottom = state.rows - 1
        // Narrow: a label on its own line, its value indented under it; wide: side by side.
        let stacked = state.columns < 60
        let labelWidth = stacked ? state.columns - 2 : min(28, max(12, state.columns / 3))
        let valueX = stacked ? 3 : labelWidth + 2
        let valueWidth = max(4, state.columns - valueX - 1)
        // What refuses the form as a whole stays in view under the fields (at most half the space).
        var footer: [String] = []
        var said = form.refusal + (form.failure.map { [$0] } ?? [])
        if form.attempted, !form.isStep, case let names = form.fields.filter({ form.errors[$0.id] != nil }).map({ $0.label.text(state.language) }),
           !names.isEmpty {
            // After Ctrl-S: which fields still stand in the way, also those scrolled out of view.
            said.append(Message.ui(.notSavedYet(names)).text(state.language))
        }
        for reason in said {
            footer += Text.wrap("✗ " + reason, width: max(1, state.columns - 2))
        }
        // Whole: in a small window a long one takes the fields' place (and the blank line above them)
        // until the next key.
        footer = Array(footer.prefix(max(0, bottom - top + 1)))
        let viewport = max(0, bottom - top - (footer.isEmpty ? 0 : footer.count + 1))
        let layout = FormLayout(state, form: form, valueWidth: valueWidth, stacked: stacked, labelWidth: stacked ? labelWidth : labelWidth - 1)
        let scroll = layout.scroll(height: viewport, focus: form.focusInFields ? form.focus : nil)
        for (offset, line) in layout.lines.dropFirst(scroll).prefix(viewport).enumerated() {
            let y = top + offset
            if let label = line.label {
                grid.put(" " + DisplayWidth.pad(label.text, to: labelWidth), x: 0, y: y,
                         style: label.focused ? Style(bold: true, reverse: true) : Style(bold: true), limit: labelWidth + 1)
            }
            var x = valueX
            for (i, (text, style)) in line.runs.enumerated() {
                x = grid.put(text, x: x, y: y, style: style, limit: max(0, state.columns - x - 1))
                if line.cursor, i == 0, !form.confirmingCancel { grid.cursor = (min(x, state.columns - 2), y) }   // the terminal's cursor, where typing goes
            }
        }
        if scroll > 0, viewport > 0 { grid.put("↑", x: state.columns - 1, y: top, style: Style(bold: true)) }
        if viewport > 0, scroll + viewport < layout.lines.count {
            grid.put("↓", x: state.columns - 1, y: top + viewport - 1, style: Style(bold: true))
        }
        for (offset, line) in footer.enumerated() {
            grid.fill(y: bottom - footer.count + offset, style: .plain)
            grid.put(line, x: 1, y: bottom - footer.count + offset, style: Style(bold: true, color: .red))
        }
    }

    /// The value's lines as styled runs; the cursor is a reversed cell.
    static func valueLines(_ field: FormField, focused: Bool, width: Int) -> [[(String, Style)]] {
        switch field.kind {
        case .choice:
            return [[("‹ " + field.optionLabel(field.optionIndex) + " ›", focused ? Style(bold: true) : .plain)]]
        case .multiChoice:
            return optionLines(field, focused: focused, width: width).lines
        default:
            let editorLines = field.editor.lines
            let shown = field.kind == .multiline ? max(3, min(6, editorLines.count)) : 1
            let first = max(0, min(field.editor.cursorLine - shown + 1, editorLines.count - shown))
            var result: [[(String, Style)]] = []
            for index in first..<(first + shown) {
                let text = index < editorLines.count ? editorLines[index] : ""
                let underline = Style(underline: true)
                guard focused, index == field.editor.cursorLine else {
                    result.append([(DisplayWidth.pad(text, to: min(width, max(DisplayWidth.of(text), 20))), underline)])
                    continue
                }
                // Keep the cursor in view on a long line.
                let chars = Array(text)
                let column = field.editor.cursorColumn
                let start = max(0, column - width + 2)
                // Scrolled to the cursor: `…` says the line's start is out of view.
                let before = start > 0 ? "…" + String(chars[(start + 1)..<column]) : String(chars[start..<column])
                let at = column < chars.count ? String(chars[column]) : " "
                let after = column < chars.count ? String(chars[(column + 1)...]) : ""
                result.append([(before, underline), (at, Style(reverse: true)), (after, underline)])
            }
            return result
        }
    }
}

extension FormView {
    /// A list with ticks: each option whole, a long label wrapped under itself (after its tick
    /// box); and the line each option starts on.
    static func optionLines(_ field: FormField, focused: Bool, width: Int) -> (lines: [[(String, Style)]], starts: [Int]) {
        var lines: [[(String, Style)]] = [], starts: [Int] = []
        for i in field.options.indices {
            starts.append(lines.count)
            let style = focused && i == field.optionIndex ? Style(reverse: true) : Style.plain
            let box = field.chosen.contains(i) ? "[x] " : "[ ] "
            for (n, part) in Text.wrap(field.optionLabel(i), width: max(4, width - 4)).enumerated() {
                lines.append([((n == 0 ? box : "    ") + part, style)])
            }
        }
        return (lines, starts)
    }
}

enum StepChooserView {
    static func draw(_ state: AppState, chooser: StepFeature.Chooser, into grid: inout CellGrid) {
        let l = state.language
        let options = chooser.options
        grid.put(" " + Message.stepChooserTitle.text(l), x: 0, y: 1, style: Style(bold: true, underline: true))
        // The application the step is for, by its title, under its steps.
        let application = state.caseload.dossiers[chooser.code]?.applications.first { $0.id == chooser.applicationID }
        for (i, status) in options.enumerated() {
            let y = 3 + i
            let selected = i == chooser.selection
            if selected { grid.fill(y: y, style: Style(bold: true, reverse: true)) }
            let style = selected ? Style(bold: true, reverse: true) : Badge.style(status)
            let x = grid.put(" " + Message.stepVerb(status, l).capitalizedFirst, x: 1, y: y, style: style)
            grid.put(" → " + Message.status(status, l) + " ", x: x, y: y, style: selected ? style : Style(dim: true))
        }
        if let application {
            grid.put(application.title + " · " + Message.status(application.status, l), x: 1, y: 4 + options.count, style: Style(dim: true),
                     limit: state.columns - 2)
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
