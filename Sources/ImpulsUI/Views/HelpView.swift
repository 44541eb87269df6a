import ImpulsCore
import ImpulsText

/// Help, generated from the key map so it cannot drift from what the keys do: one section after
/// another, in one column that scrolls — the views' keys, then a form's keys and its editing keys.
enum HelpView {
    /// Help's lines for a window `width` columns wide: a hint that does not fit wraps under itself.
    static func lines(_ language: Language, width: Int = 80) -> [(String, Style)] { layout(language, width: width).lines }

    /// The line where the keys of `section` begin (its heading), at this width.
    static func start(of section: HelpSection, _ language: Language, width: Int) -> Int {
        layout(language, width: width).starts[section] ?? 0
    }

    /// Help's lines, and where each view's section begins.
    static func layout(_ language: Language, width: Int) -> (lines: [(String, Style)], starts: [HelpSection: Int]) {
        var starts: [HelpSection: Int] = [:]
        var lines: [(String, Style)] = []
        let textWidth = max(20, width - 2)
        let heading = Style(bold: true, underline: true)
        func section(_ title: String, _ entries: [(label: String, hint: String)]) {
            lines.append((title, heading))
            var seen = Set<String>()
            let unique = entries.filter { seen.insert($0.label + "\u{0}" + $0.hint).inserted }
            let width = min(12, unique.map { DisplayWidth.of($0.label) }.max() ?? 0)
            let indent = 2 + width + 2
            for entry in unique {
                let wrapped = Text.wrap(entry.hint, width: max(10, textWidth - indent))
                for (i, part) in wrapped.enumerated() {
                    let head = i == 0 ? "  " + DisplayWidth.pad(entry.label, to: width) + "  " : String(repeating: " ", count: indent)
                    lines.append((head + part, .plain))
                }
            }
            lines.append(("", .plain))
        }
        let views: [(View, HelpSection)] = [(.region, .region), (.dossier, .dossier), (.stepChooser, .step), (.agenda, .agenda),
                                            (.dashboard, .dashboard), (.form, .form)]
        for (view, title) in views {
            var entries = KeyMap.bindings.filter { $0.views.contains(view) }.map { ($0.label, $0.hint.text(language)) }
            if view == .stepChooser {
                // The dialog that follows the choice answers its own keys (`StepFeature`).
                entries += [("Enter y", Message.ui(.hintStepConfirm).text(language)), ("n Esc", Message.ui(.hintStepCancel).text(language)),
                            ("Tab", Message.ui(.hintStepField).text(language))]
            }
            starts[title] = lines.count
            section(Message.helpHeading(title).text(language), entries)
        }
        section(Message.ui(.helpEditing).text(language),
                [("a-z 0-9", Message.ui(.editType).text(language))] + KeyMap.edits.map { ($0.label, $0.hint.text(language)) })
        for text in [Message.ui(.helpFormats).text(language), Message.helpFooter.text(language)] {
            lines += Text.wrap(text, width: textWidth).map { ($0, Style(dim: true)) }
        }
        return (lines, starts)
    }

    static func draw(_ state: AppState, help: HelpFeature.State, into grid: inout CellGrid) {
        let all = lines(state.language, width: state.columns)
        var measured = help
        measured.lineCount = all.count
        let first = measured.firstLine(state.viewport)
        let height = state.viewport.bodyHeight
        for (offset, line) in all.dropFirst(first).prefix(height).enumerated() {
            grid.put(" " + line.0, x: 0, y: 1 + offset, style: line.1, limit: state.columns - 1)
        }
        // Where in help this is, on the header's right.
        let position = " " + Message.ui(.helpPosition(first: first + 1, last: min(all.count, first + height), total: all.count)).text(state.language) + " "
        let x = state.columns - DisplayWidth.of(position)
        if x > 16 { grid.put(position, x: x, y: 0, style: Style(bold: true, reverse: true)) }
    }
}
