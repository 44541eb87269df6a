import ImpulsCore
import ImpulsText

/// The team lead's view, with every figure `impuls status` gives, from the same `StatusReport`:
/// a table of the regions (and their total, named for what it covers) with their main figures, then everything
/// about the selected region — reach, applications per status, budget against the ceiling, the
/// overdue work, the advisers. ←→ select a figure, Enter lists the municipalities behind it.
enum DashboardView {
    static func draw(_ state: AppState, row selectedRow: Int, figure selectedFigure: Int, into grid: inout CellGrid) {
        guard let report = state.report else { return }
        let rows = report.rows
        let row = min(selectedRow, rows.count - 1)
        let top = 1
        let bottom = state.rows - 1
        let tableHeight = min(rows.count, max(1, (bottom - top) / 3 - 1))
        drawTable(state, rows: rows, scope: report.totalScope, selected: row, height: tableHeight, y: top, into: &grid)
        let detail = DashboardDetail(state, region: rows[row], scope: report.totalScope, selected: selectedFigure)
        let y = top + tableHeight + 2
        detail.draw(from: y, to: bottom, into: &grid)
    }

    /// The regions' table: the name and as many main figures as fit with whole headings.
    static func drawTable(_ state: AppState, rows: [RegionStatus], scope: StatusReport.TotalScope, selected: Int, height: Int, y: Int,
                          into grid: inout CellGrid) {
        let l = state.language
        let candidates: [DashboardFigure] = [.municipalities, .reached, .notReached, .requested, .granted, .share]
        var figures: [(DashboardFigure, Int)] = []
        var used = 0
        // Names are kept whole up to 24 columns (the total's "Totaal (3 regio's)" says what it covers)
        // before a figure gets a column; a figure left out is still in the panel below.
        let nameMinimum = max(16, min(24, rows.map { DisplayWidth.of(Message.statusRowName($0, scope).text(l)) }.max() ?? 0))
        for f in candidates {
            let width = max(DisplayWidth.of(f.title(l)), rows.map { DisplayWidth.of(f.value($0, l)) }.max() ?? 0)
            guard state.columns - 2 - used - width - 2 >= nameMinimum else { break }
            figures.append((f, width))
            used += width + 2
        }
        let nameWidth = state.columns - 2 - used
        let header = Style(bold: true, underline: true)
        grid.fill(y: y, from: 1, width: state.columns - 2, style: header)  // one continuous rule
        var x = grid.put(" " + DisplayWidth.pad(Message.columnRegion.text(l), to: nameWidth), x: 0, y: y, style: header)
        for (f, width) in figures {
            x = grid.put("  ", x: x, y: y, style: header)
            x = grid.put(DisplayWidth.pad(f.title(l), to: width, alignRight: true), x: x, y: y, style: header)
        }
        let first = max(0, min(selected - height + 1, rows.count - height))
        for (line, index) in (first..<min(rows.count, first + height)).enumerated() {
            let r = rows[index]
            let rowY = y + 1 + line
            let isSelected = index == selected
            let style = Style(bold: isSelected || r.name.isEmpty, reverse: isSelected)
            if isSelected { grid.fill(y: rowY, style: style) }
            let name = Message.statusRowName(r, scope).text(l)
            var x = grid.put(" " + DisplayWidth.pad(name, to: nameWidth), x: 0, y: rowY, style: style, limit: nameWidth + 1)
            for (f, width) in figures {
                x = grid.put("  " + DisplayWidth.pad(f.value(r, l), to: width, alignRight: true), x: x, y: rowY, style: style)
            }
        }
    }
}
