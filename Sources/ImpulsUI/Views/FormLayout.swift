import ImpulsCore

/// A form laid out as lines, before it is placed on screen: per field its label, its value's
/// lines, its error or warning; and where each field's lines begin and end, so the form can
/// scroll to the focused one.
struct FormLayout {
    struct Line {
        var label: (text: String, focused: Bool)?
        var runs: [(String, Style)]
        /// The line with the text cursor: it stands after the first run.
        var cursor = false
    }

    var lines: [Line] = []
    /// Per field: its first line, the line after its last, and the line the user is at (the
    /// cursor's line, the focused option).
    var blocks: [(start: Int, end: Int, at: Int)] = []

    /// `stacked`: each label on a line of its own above its value (a narrow window), else beside it.
    /// A label longer than `labelWidth` wraps onto the lines beside (or, stacked, above) its value.
    init(_ state: AppState, form: Form, valueWidth: Int, stacked: Bool, labelWidth: Int = 80) {
        let l = state.language
        for (index, field) in form.fields.enumerated() {
            let focused = index == form.focus && form.focusInFields
            let start = lines.count
            let label = Text.wrap(field.label.text(l), width: max(4, labelWidth))
            if stacked { lines += label.map { Line(label: ($0, focused), runs: []) } }
            let valueStart = lines.count
            for (i, runs) in FormView.valueLines(field, focused: focused, width: valueWidth).enumerated() {
                lines.append(Line(label: !stacked && i < label.count ? (label[i], focused) : nil, runs: runs))
            }
            if lines.count == valueStart { lines.append(Line(label: stacked ? nil : (label[0], focused), runs: [])) }
            if !stacked, lines.count - valueStart < label.count {
                lines += label.dropFirst(lines.count - valueStart).map { Line(label: ($0, focused), runs: []) }
            }
            var at = valueStart
            switch field.kind {
            case .multiChoice:
                let starts = FormView.optionLines(field, focused: focused, width: valueWidth).starts
                at = valueStart + (starts.indices.contains(field.optionIndex) ? starts[field.optionIndex] : 0)
            case .multiline: at = valueStart + FormLayout.cursorRow(field)
            default: break
            }
            if focused, field.options.isEmpty, lines.indices.contains(at) { lines[at].cursor = true }
            if let error = form.errors[field.id] {
                for line in Text.wrap("⚠ " + error, width: valueWidth) { lines.append(Line(runs: [(line, Style(color: .red))])) }
            } else if let warning = form.warnings[field.id] {
                for line in Text.wrap("! " + warning, width: valueWidth) { lines.append(Line(runs: [(line, Style(color: .yellow))])) }
            }
            blocks.append((start, lines.count, at))
        }
    }

    /// The cursor's row among a multi-line field's shown lines (they scroll with the cursor).
    static func cursorRow(_ field: FormField) -> Int {
        let count = field.editor.lines.count
        let shown = max(3, min(6, count))
        let first = max(0, min(field.editor.cursorLine - shown + 1, count - shown))
        return field.editor.cursorLine - first
    }

    /// The first line on screen for a window of `height` lines: 0 while the focused field fits
    /// from the top, else as little scrolled as keeps the whole field — at least the line the user
    /// is at — in view.
    func scroll(height: Int, focus: Int?) -> Int {
        guard let focus, blocks.indices.contains(focus) else { return 0 }
        let block = blocks[focus]
        var scroll = max(0, block.end - height)
        if block.start < scroll { scroll = block.start }
        if block.at >= scroll + height { scroll = block.at - height + 1 }
        if block.at < scroll { scroll = block.at }
        return max(0, min(scroll, max(0, lines.count - 1)))
    }
}
