import ImpulsCore

/// The list of municipalities: a column header, then one row each, the selection in reverse.
enum MunicipalityListView {
    static func draw(_ state: AppState, into grid: inout CellGrid, top: Int, height: Int) {
        let language = state.language
        let codeWidth = 7
        let provinceWidth = state.columns >= 80 ? 16 : 0
        let safetyWidth = state.columns >= 100 ? 28 : 0
        let nameWidth = state.columns - 2 - codeWidth - (provinceWidth > 0 ? provinceWidth + 1 : 0) - (safetyWidth > 0 ? safetyWidth + 1 : 0)

        func row(_ cells: [(String, Int)], y: Int, style: Style) {
            var x = 1
            for (text, width) in cells where width > 0 {
                grid.put(DisplayWidth.pad(text, to: width), x: x, y: y, style: style, limit: width)
                x += width + 1
            }
        }
        let headerStyle = Style(bold: true, underline: true)
        row([(Message.columnName.text(language), nameWidth), (Message.columnCode.text(language), codeWidth),
             (Message.columnProvince.text(language), provinceWidth), (Message.columnSafetyRegion.text(language), safetyWidth)],
            y: top, style: headerStyle)

        if state.municipalities.isEmpty {
            grid.put(Message.noMatches.text(language), x: 1, y: top + 1, style: Style(dim: true))
            return
        }
        let visible = height - 1
        for line in 0..<visible {
            let index = state.scroll + line
            guard index < state.municipalities.count else { break }
            let m = state.municipalities[index]
            let y = top + 1 + line
            let selected = index == state.selection
            let style = selected ? Style(bold: true, reverse: true) : .plain
            if selected { grid.fill(y: y, style: style) }
            row([(m.name, nameWidth), (m.code.rawValue, codeWidth), (m.province, provinceWidth), (m.safetyRegion, safetyWidth)],
                y: y, style: style)
        }
    }
}
