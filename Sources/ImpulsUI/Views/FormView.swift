import ImpulsCore

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

    /// The fields from row `top` (the focused one marked while the cursor is in the fields), each
    /// error or warning beside its field, then the refusal. Returns the next free row.
    @discardableResult
    static func drawFields(_ state: AppState, form: Form, from top: Int, into grid: inout CellGrid) -> Int {
        let bottom = state.rows - 1
        let l = state.language
        let labelWidth = min(28, max(12, state.columns / 3))
        let valueX = labelWidth + 2
        let valueWidth = max(4, state.columns - valueX - 1)
        var y = top
        for (index, field) in form.fields.enumerated() {
            guard y < bottom - 1 else { break }
            let focused = index == form.focus && form.focusInFields
            grid.put(" " + DisplayWidth.pad(field.label.text(l), to: labelWidth), x: 0, y: y,
                     style: focused ? Style(bold: true, reverse: true) : Style(bold: true), limit: labelWidth + 1)
            for line in valueLines(field, focused: focused, width: valueWidth) {
                guard y < bottom - 1 else { break }
                var x = valueX
                for (text, style) in line { x = grid.put(text, x: x, y: y, style: style, limit: max(0, state.columns - x - 1)) }
                y += 1
            }
            if let error = form.errors[field.id] {
                for line in Text.wrap("⚠ " + error, width: valueWidth) where y < bottom - 1 {
                    grid.put(line, x: valueX, y: y, style: Style(color: .red))
                    y += 1
                }
            } else if let warning = form.warnings[field.id] {
                for line in Text.wrap("! " + warning, width: valueWidth) where y < bottom - 1 {
                    grid.put(line, x: valueX, y: y, style: Style(color: .yellow))
                    y += 1
                }
            }
        }
        y += 1
        for reason in form.refusal {
            for line in Text.wrap("✗ " + reason, width: state.columns - 2) where y < bottom {
                grid.put(line, x: 1, y: y, style: Style(bold: true, color: .red))
                y += 1
            }
        }
        return y
    }

    /// The value's lines as styled runs; the cursor is a reversed cell.
    static func valueLines(_ field: FormField, focused: Bool, width: Int) -> [[(String, Style)]] {
        switch field.kind {
        case .choice(let options):
            return [[("‹ " + options[field.optionIndex] + " ›", focused ? Style(bold: true) : .plain)]]
        case .multiChoice(let options):
            var lines: [[(String, Style)]] = [[]]
            var used = 0
            for (i, option) in options.enumerated() {
                let text = (field.chosen.contains(i) ? "[x] " : "[ ] ") + option + "  "
                if used + DisplayWidth.of(text) > width, used > 0 {
                    lines.append([])
                    used = 0
                }
                lines[lines.count - 1].append((text, focused && i == field.optionIndex ? Style(reverse: true) : .plain))
                used += DisplayWidth.of(text)
            }
            return lines
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
                let before = String(chars[start..<column])
                let at = column < chars.count ? String(chars[column]) : " "
                let after = column < chars.count ? String(chars[(column + 1)...]) : ""
                result.append([(before, underline), (at, Style(reverse: true)), (after, underline)])
            }
            return result
        }
    }
}

enum StepChooserView {
    static func draw(_ state: AppState, code: MunicipalityCode, options: [ApplicationStatus], selection: Int, into grid: inout CellGrid) {
        let l = state.language
        grid.put(" " + Message.stepChooserTitle.text(l), x: 0, y: 1, style: Style(bold: true, underline: true))
        let application = state.caseload.dossiers[code]?.openApplication
        for (i, status) in options.enumerated() {
            let y = 3 + i
            let selected = i == selection
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
