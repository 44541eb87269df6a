import ImpulsCore

/// One municipality's dossier: a tab line of sections, then the section's items, the selected line
/// (or the chosen notice or application) in reverse.
enum DossierView {
    static func draw(_ state: AppState, dossier: DossierFeature.State, into grid: inout CellGrid) {
        let l = state.language
        let (code, section, position, expanded) = (dossier.code, dossier.section, dossier.position, dossier.expanded)
        let name = ReferenceData.shared.municipality(code)?.name ?? code.rawValue
        grid.put(" " + name, x: 0, y: 1, style: Style(bold: true))
        let x = DisplayWidth.of(name) + 3
        let titles = DossierSection.allCases.map { " " + DossierLayout.title($0, l) + " " }
        if x + titles.reduce(0, { $0 + DisplayWidth.of($1) + 1 }) <= state.columns {
            var tabX = x
            for (s, title) in zip(DossierSection.allCases, titles) {
                tabX = grid.put(title, x: tabX, y: 1, style: s == section ? Style(bold: true, reverse: true) : Style(dim: true)) + 1
            }
        } else if let index = DossierSection.allCases.firstIndex(of: section) {
            // Narrow window: the tabs do not all fit, so name the current one on the right.
            let label = "[\(index + 1)/\(DossierSection.allCases.count)] " + DossierLayout.title(section, l)
            grid.put(label, x: max(x, state.columns - DisplayWidth.of(label) - 1), y: 1, style: Style(bold: true, reverse: true),
                     limit: max(0, state.columns - x - 1))
        }
        let items = DossierLayout.items(section, code: code, state: state)
        // A section with entries (notices, applications) shows the chosen one's marked lines as chosen.
        let chosen = dossier.chosen(among: DossierLayout.entries(items).count)
        let height = state.viewport.dossierHeight
        let top = 1 + Viewport.dossierHeaderLines
        var y = top
        var index = position.scroll
        let width = state.columns - 2
        while y < top + height, index < items.count {
            let item = items[index]
            let selected = if let chosen { item.marked && item.entry == chosen } else { index == position.selection && section != .overview }
            var style = item.style
            if selected {
                style = Style(reverse: true)  // the whole row in one style
                grid.fill(y: y, style: style)
            }
            grid.put(item.text, x: 1, y: y, style: style, limit: width)
            y += 1
            if selected, expanded {
                for line in item.detail.flatMap({ Text.wrap($0, width: width - 4) }) {
                    guard y < top + height else { break }
                    grid.put("    " + line, x: 1, y: y, style: .plain, limit: width)
                    y += 1
                }
            }
            index += 1
        }
    }
}
