import ImpulsCore

/// Draws the state into a cell grid of the state's size. Pure: the same state gives the same grid.
public enum Render {
    public static func screen(_ state: AppState) -> CellGrid {
        var grid = CellGrid(width: state.columns, height: state.rows)
        if state.isTooSmall {
            drawTooSmall(state, into: &grid)
            return grid
        }
        drawHeader(state, into: &grid)
        MunicipalityListView.draw(state, into: &grid, top: 1, height: state.listHeight + 1)
        drawHintBar(state, into: &grid)
        return grid
    }

    static func drawHeader(_ state: AppState, into grid: inout CellGrid) {
        let header = Style(bold: true, reverse: true)
        grid.fill(y: 0, style: header)
        let count = Message.municipalitiesCount(state.municipalities.count).text(state.language)
        let x = grid.put(" impuls · ", x: 0, y: 0, style: header)
        let right = " " + count + " "
        let rightWidth = DisplayWidth.of(right)
        grid.put(state.title, x: x, y: 0, style: header, limit: max(0, state.columns - x - rightWidth))
        if state.columns - rightWidth > x { grid.put(right, x: state.columns - rightWidth, y: 0, style: header) }
    }

    static func drawHintBar(_ state: AppState, into grid: inout CellGrid) {
        let y = state.rows - 1
        let bar = Style(reverse: true)
        grid.fill(y: y, style: bar)
        var x = 1
        for binding in KeyMap.list where binding.inHintBar {
            let item = binding.label + " " + binding.hint.text(state.language) + "  "
            guard x + DisplayWidth.of(item) <= state.columns else { break }
            x = grid.put(binding.label, x: x, y: y, style: Style(bold: true, reverse: true))
            x = grid.put(" " + binding.hint.text(state.language) + "  ", x: x, y: y, style: bar)
        }
    }

    static func drawTooSmall(_ state: AppState, into grid: inout CellGrid) {
        let text = Message.windowTooSmall(columns: state.columns, rows: state.rows,
                                          minimumColumns: AppState.minimumColumns,
                                          minimumRows: AppState.minimumRows).text(state.language)
        // Wrap the notice over as many rows as the window has.
        var y = 0
        var line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if DisplayWidth.of(candidate) > state.columns, !line.isEmpty {
                grid.put(line, x: 0, y: y, style: Style(bold: true))
                y += 1
                line = String(word)
            } else {
                line = candidate
            }
        }
        grid.put(line, x: 0, y: y, style: Style(bold: true))
    }
}
