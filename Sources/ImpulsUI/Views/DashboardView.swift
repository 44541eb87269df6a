import ImpulsCore

/// The team lead's view: a table of regions with their figures (←→ picks one, Enter lists the
/// municipalities behind it), and bar charts of the selected region's status funnel and budget.
enum DashboardView {
    static func draw(_ state: AppState, row selectedRow: Int, figure selectedFigure: Int, into grid: inout CellGrid) {
        let l = state.language
        guard let report = state.report else { return }
        let rows = report.regions + [report.total]
        let figures = DashboardFigure.allCases
        let nameWidth = min(24, max(12, state.columns / 4))
        let cell = 8
        let visible = max(1, (state.columns - nameWidth - 3) / (cell + 1))
        let first = max(0, min(selectedFigure - visible + 1, figures.count - visible))
        let shown = Array(first..<min(figures.count, first + visible))
        // Header row, under one continuous rule.
        grid.fill(y: 1, from: 1, width: state.columns - 2, style: Style(bold: true, underline: true))
        var x = grid.put(" " + DisplayWidth.pad(Message.columnRegion.text(l), to: nameWidth), x: 0, y: 1, style: Style(bold: true, underline: true)) + 1
        for f in shown {
            x = grid.put(DisplayWidth.pad(figures[f].short(l), to: cell, alignRight: true), x: x, y: 1,
                         style: Style(bold: true, underline: true, color: f == selectedFigure ? .cyan : nil)) + 1
        }
        let tableHeight = min(rows.count, max(1, state.bodyHeight / 2 - 1))
        let firstRow = max(0, min(selectedRow - tableHeight + 1, rows.count - tableHeight))
        for (line, index) in (firstRow..<min(rows.count, firstRow + tableHeight)).enumerated() {
            let r = rows[index]
            let y = 2 + line
            let name = r.name.isEmpty ? Message.reportTotal.text(l) : r.name
            let selected = index == selectedRow
            var x = grid.put(" " + DisplayWidth.pad(name, to: nameWidth), x: 0, y: y, style: Style(bold: selected || r.name.isEmpty)) + 1
            for f in shown {
                let count = figures[f].codes(r).count
                let isCell = selected && f == selectedFigure
                x = grid.put(DisplayWidth.pad(String(count), to: cell, alignRight: true), x: x, y: y,
                             style: Style(bold: isCell, reverse: isCell)) + 1
            }
        }
        // Bars for the selected region.
        let r = rows[min(selectedRow, rows.count - 1)]
        var y = 3 + tableHeight
        let barWidth = max(4, state.columns - 36)
        let block: Character = state.asciiOnly ? "#" : "█"
        let maxCount = max(1, ApplicationStatus.allCases.map { r.count($0) }.max() ?? 1)
        func bar(_ label: String, _ filled: Int, _ total: Int, _ text: String, _ color: Color?) {
            guard y < state.rows - 1 else { return }
            let width = total == 0 ? 0 : Int((Int64(filled) * Int64(barWidth)) / Int64(max(1, total)))
            var x = grid.put(" " + DisplayWidth.pad(label, to: 18), x: 0, y: y, style: .plain) + 1
            x = grid.put(String(repeating: block, count: width), x: x, y: y, style: Style(color: color)) + 1
            grid.put(text, x: x, y: y, style: Style(dim: true), limit: max(0, state.columns - x - 1))
            y += 1
        }
        grid.put(" " + Message.dashboardFunnel(r.name.isEmpty ? Message.reportTotal.text(l) : r.name).text(l), x: 0, y: y, style: Style(bold: true))
        y += 1
        for status in ApplicationStatus.allCases {
            bar(Message.status(status, l), r.count(status), maxCount, String(r.count(status)), Badge.style(status).color)
        }
        guard y < state.rows - 2 else { return }
        y += 1
        grid.put(" " + Message.dashboardBudget.text(l), x: 0, y: y, style: Style(bold: true))
        y += 1
        let ceiling = Int(max(1, r.ceiling.value / 100))
        bar(Message.reportRequested.text(l), Int(r.requested.value / 100), ceiling, r.requested.formattedExact(l), .blue)
        bar(Message.reportGranted.text(l), Int(r.granted.value / 100), ceiling,
            r.granted.formattedExact(l) + " / " + r.ceiling.formattedExact(l) + " (\(r.grantedPermille / 10)%)", .green)
    }
}

/// The municipalities behind a dashboard figure, with their status; Enter opens a dossier.
enum DrillView {
    static func draw(_ state: AppState, title: String, codes: [MunicipalityCode], position: ListPosition, into grid: inout CellGrid) {
        let l = state.language
        grid.put(" " + title + " (\(codes.count))", x: 0, y: 1, style: Style(bold: true, underline: true), limit: state.columns)
        if codes.isEmpty {
            grid.put(" " + Message.nothingYet.text(l), x: 0, y: 2, style: Style(dim: true))
            return
        }
        for (index, y, selected) in position.visible(count: codes.count, height: max(1, state.bodyHeight - 1), top: 2) {
            let code = codes[index]
            if selected { grid.fill(y: y, style: Style(bold: true, reverse: true)) }
            let name = ReferenceData.shared.municipality(code)?.name ?? code.rawValue
            let status = state.caseload.dossiers[code]?.applicationStatus
            var style = Badge.style(status)
            style.reverse = selected
            let x = grid.put(" " + DisplayWidth.pad(name, to: 28), x: 0, y: y, style: Style(bold: selected, reverse: selected)) + 1
            grid.put(status.map { Message.status($0, l) } ?? "–", x: x, y: y, style: style)
        }
    }
}
