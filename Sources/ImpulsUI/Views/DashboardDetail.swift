import ImpulsCore
import ImpulsText

/// The selected region's figures as lines: a part's name, then its figures as "name value"
/// pieces, wrapped; the advisers as a table. Scrolls so the selected figure is on screen.
struct DashboardDetail {
    struct Line {
        var x: Int
        var runs: [(String, Style)]
        var figures: [Int] = []
    }

    let state: AppState
    let selected: Int
    var lines: [Line] = []

    init(_ state: AppState, region r: RegionStatus, scope: StatusReport.TotalScope, selected: Int) {
        self.state = state
        self.selected = selected
        let l = state.language
        let all = DashboardFigure.allCases
        let labelWidth = state.columns >= 60 ? (DashboardGroup.allCases.map { DisplayWidth.of(Message.ui($0.title).text(l)) }
            + [DisplayWidth.of(Message.ui(.groupAdvisers).text(l))]).max()! + 2 : 0
        let valueX = labelWidth > 0 ? 1 + labelWidth : 3
        let width = max(10, state.columns - valueX - 1)
        lines.append(Line(x: 1, runs: [(Message.statusRowName(r, scope).text(l), Style(bold: true, underline: true))]))
        for group in DashboardGroup.allCases {
            let title = Message.ui(group.title).text(l)
            if labelWidth == 0 { lines.append(Line(x: 1, runs: [(title, Style(bold: true))])) }
            var current = Line(x: valueX, runs: [])
            var used = 0
            var first = true
            for (index, f) in all.enumerated() where f.group == group {
                let piece = f.title(l) + " " + f.value(r, l)
                let separator = current.runs.isEmpty ? "" : " · "
                if used + DisplayWidth.of(separator + piece) > width, !current.runs.isEmpty {
                    lines.append(DashboardDetail.labelled(current, title, labelWidth, first: first))
                    first = false
                    current = Line(x: valueX, runs: [])
                    used = 0
                }
                let sep = current.runs.isEmpty ? "" : " · "
                if !sep.isEmpty { current.runs.append((sep, Style(dim: true))) }
                let selectedStyle = Style(bold: true, reverse: true)
                current.runs.append((piece, index == selected ? selectedStyle : DashboardDetail.style(f, r)))
                current.figures.append(index)
                used += DisplayWidth.of(sep + piece)
            }
            lines.append(DashboardDetail.labelled(current, title, labelWidth, first: first))
            if group == .budget { lines.append(bar(r, x: valueX, width: width)) }
        }
        advisers(r, labelWidth: labelWidth, valueX: valueX, width: width)
    }

    /// A part's line, with the part's name on its first line when names have a column.
    static func labelled(_ line: Line, _ title: String, _ labelWidth: Int, first: Bool) -> Line {
        guard labelWidth > 0, first else { return line }
        var copy = line
        copy.runs.insert((DisplayWidth.pad(title, to: labelWidth), Style(bold: true)), at: 0)
        copy.x = 1
        return copy
    }

    /// Counts of work that is late stand out when they are not zero; statuses in their colour.
    static func style(_ f: DashboardFigure, _ r: RegionStatus) -> Style {
        if let status = f.status { return Badge.style(status) }
        if f.group == .overdue, !f.codes(r).isEmpty { return Style(bold: true, color: .red) }
        return .plain
    }

    /// The share of the ceiling granted, as a bar.
    func bar(_ r: RegionStatus, x: Int, width: Int) -> Line {
        let barWidth = max(4, min(40, width - 2))
        let filled = min(barWidth, r.granted.parts(of: r.ceiling, per: barWidth))
        let block = state.asciiOnly ? "#" : "█", empty = state.asciiOnly ? "." : "░"
        return Line(x: x, runs: [(String(repeating: block, count: filled), Style(color: .green)),
                                 (String(repeating: empty, count: barWidth - filled), Style(dim: true))])
    }

    /// The advisers: a table with headings on two lines when it fits, else a line of pieces each.
    mutating func advisers(_ r: RegionStatus, labelWidth: Int, valueX: Int, width: Int) {
        let l = state.language
        let title = Message.ui(.groupAdvisers).text(l)
        if labelWidth == 0 { lines.append(Line(x: 1, runs: [(title, Style(bold: true))])) }
        guard !r.advisers.isEmpty else {
            lines.append(DashboardDetail.labelled(Line(x: valueX, runs: [(Message.ui(.dashboardNoAdvisers).text(l), Style(dim: true))]),
                                                  title, labelWidth, first: true))
            return
        }
        let headings = [Message.reportAdviser.text(l), Message.columnMunicipalities.text(l), Message.reportOpenApplications.text(l),
                        Message.reportSessions(30).text(l), Message.reportSessions(90).text(l)]
        let values: [[String]] = r.advisers.map { a in
            [a.name, String(a.municipalities), String(a.openApplications), String(a.sessionsLast30Days), String(a.sessionsLast90Days)]
        }
        // Each heading on at most two lines, as narrow as its longest word allows.
        var columns: [(lines: [String], width: Int)] = []
        for (i, heading) in headings.enumerated() {
            let longestValue = values.map { DisplayWidth.of($0[i]) }.max() ?? 0
            var w = max(longestValue, heading.split(separator: " ").map { DisplayWidth.of(String($0)) }.max() ?? 0)
            if i == 0 { w = min(max(w, 8), 20) }
            while Text.wrap(heading, width: w).count > 2 { w += 1 }
            columns.append((Text.wrap(heading, width: w), w))
        }
        let tableWidth = columns.map(\.width).reduce(0, +) + 2 * (columns.count - 1)
        guard tableWidth <= width else {
            for (n, a) in r.advisers.enumerated() {
                let text = a.name + " — " + zip(headings.dropFirst(), values[n].dropFirst()).map { $0 + " " + $1 }.joined(separator: " · ")
                for (i, part) in Text.wrap(text, width: width).enumerated() {
                    lines.append(DashboardDetail.labelled(Line(x: valueX, runs: [(part, .plain)]), title, labelWidth, first: n == 0 && i == 0))
                }
            }
            return
        }
        func row(_ cells: [String], style: Style, first: Bool) -> Line {
            var runs: [(String, Style)] = []
            for (i, (cell, column)) in zip(cells, columns).enumerated() {
                runs.append(((i == 0 ? "" : "  ") + DisplayWidth.pad(cell, to: column.width, alignRight: i > 0), style))
            }
            return DashboardDetail.labelled(Line(x: valueX, runs: runs), title, labelWidth, first: first)
        }
        for line in 0..<2 {
            let cells = columns.map { column -> String in
                let offset = line - (2 - column.lines.count)   // headings end on the same line
                return offset >= 0 ? column.lines[offset] : ""
            }
            lines.append(row(cells, style: Style(bold: true, underline: line == 1), first: line == 0))
        }
        for cells in values { lines.append(row(cells, style: .plain, first: false)) }
    }

    /// Draws from row `top` to `bottom` (exclusive), scrolled so the selected figure shows.
    func draw(from top: Int, to bottom: Int, into grid: inout CellGrid) {
        let height = max(1, bottom - top)
        let selectedLine = lines.firstIndex { $0.figures.contains(selected) } ?? 0
        let scroll = max(0, min(selectedLine - height + 1 + (selectedLine + 1 < lines.count ? 1 : 0), lines.count - height))
        for (offset, line) in lines.dropFirst(scroll).prefix(height).enumerated() {
            var x = line.x
            for (text, style) in line.runs { x = grid.put(text, x: x, y: top + offset, style: style, limit: max(0, state.columns - x - 1)) }
        }
        if scroll > 0 { grid.put("↑", x: state.columns - 1, y: top, style: Style(bold: true)) }
        if scroll + height < lines.count { grid.put("↓", x: state.columns - 1, y: top + height - 1, style: Style(bold: true)) }
    }
}
