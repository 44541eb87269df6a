import ImpulsCore

/// Help, generated from the key map so it cannot drift from what the keys do.
enum HelpView {
    static func lines(_ language: Language) -> [(String, Style)] {
        var lines: [(String, Style)] = []
        let sections: [(View, HelpSection)] = [(.region, .region), (.dossier, .dossier), (.agenda, .agenda), (.dashboard, .dashboard), (.form, .form)]
        for (view, heading) in sections {
            lines.append((Message.helpHeading(heading).text(language), Style(bold: true, underline: true)))
            for binding in KeyMap.bindings where binding.views.contains(view) {
                lines.append(("  " + DisplayWidth.pad(binding.label, to: 8) + " " + binding.hint.text(language), .plain))
            }
            lines.append(("", .plain))
        }
        for part in Message.formKeys.text(language).split(separator: "·") { lines.append(("  " + part.trimmingSpaces, Style(dim: true))) }
        lines.append(("", .plain))
        lines.append((Message.helpFooter.text(language), Style(dim: true)))
        return lines
    }

    static func draw(_ state: AppState, scroll: Int, into grid: inout CellGrid) {
        let all = Array(lines(state.language).dropFirst(scroll))
        // Two columns when the window is wide enough, so all of help fits at 80×24.
        let columnWidth = state.columns >= 80 ? state.columns / 2 - 1 : state.columns - 2
        let perColumn = state.bodyHeight
        for (index, line) in all.enumerated() {
            let column = index / perColumn
            let x = 1 + column * (columnWidth + 1)
            guard x + 4 < state.columns else { break }
            grid.put(line.0, x: x, y: 1 + index % perColumn, style: line.1, limit: min(columnWidth, state.columns - x - 1))
        }
    }
}
