import ImpulsCore

/// The home view: the region's municipalities with where each stands.
enum RegionView {
    struct Column {
        let title: String
        let width: Int
        let alignRight: Bool
    }

    static func draw(_ state: AppState, into grid: inout CellGrid) {
        let l = state.language
        var top = 1
        if state.filterLineShown {
            let prompt = "/" + state.filter + (state.isTypingFilter ? "▏" : "")
            grid.put(" " + prompt, x: 0, y: top, style: Style(bold: true))
            let count = " " + Message.matches(state.visibleRows.count).text(l)
            grid.put(count, x: max(0, state.columns - DisplayWidth.of(count) - 1), y: top, style: Style(dim: true))
            top += 1
        }
        let wide = state.columns >= 80
        let veryWide = state.columns >= 110
        let showRegion = state.region == nil && veryWide
        let statusWidth = wide ? 14 : 10
        let amountWidth = wide ? 11 : 0
        let contactWidth = wide ? 10 : 0
        let followWidth = 7
        let regionWidth = showRegion ? 16 : 0
        let fixed = [statusWidth, amountWidth, contactWidth, followWidth, regionWidth].filter { $0 > 0 }
        let nameWidth = max(8, state.columns - 2 - fixed.reduce(0, +) - fixed.count)
        var columns = [Column(title: Message.columnName.text(l), width: nameWidth, alignRight: false)]
        if showRegion { columns.append(Column(title: Message.columnProvince.text(l), width: regionWidth, alignRight: false)) }
        columns.append(Column(title: Message.columnStatus.text(l), width: statusWidth, alignRight: false))
        if wide { columns.append(Column(title: Message.columnAmount.text(l), width: amountWidth, alignRight: true)) }
        if wide { columns.append(Column(title: Message.columnLastContact.text(l), width: contactWidth, alignRight: false)) }
        columns.append(Column(title: Message.columnFollowUps.text(l), width: followWidth, alignRight: true))

        func put(_ cells: [(String, Style)], y: Int, base: Style) {
            var x = 1
            for (column, (text, style)) in zip(columns, cells) {
                // The selected row is one style, whatever its cells would otherwise be.
                var merged = base.reverse ? base : style
                merged.bold = merged.bold || base.bold
                grid.put(DisplayWidth.pad(text, to: column.width, alignRight: column.alignRight), x: x, y: y, style: merged, limit: column.width)
                x += column.width + 1
            }
        }
        let header = Style(bold: true, underline: true)
        grid.fill(y: top, from: 1, width: state.columns - 2, style: header)  // one continuous rule
        put(columns.map { ($0.title, header) }, y: top, base: .plain)

        let rows = state.visibleRows
        if rows.isEmpty {
            grid.put(Message.noMatches.text(l), x: 1, y: top + 1, style: Style(dim: true))
            return
        }
        for (index, y, selected) in state.list.visible(count: rows.count, height: state.listHeight, top: top + 1) {
            let row = rows[index]
            let base = selected ? Style(bold: true, reverse: true) : Style.plain
            if selected { grid.fill(y: y, style: base) }
            var cells: [(String, Style)] = [(row.municipality.name + (row.municipality.isFormer ? " †" : ""), .plain)]
            if showRegion { cells.append((row.municipality.province, Style(dim: !selected))) }
            if row.unreadable != nil {
                cells.append(("⚠ " + Message.unreadableBadge.text(l), Style(color: .red)))
            } else {
                cells.append((row.status.map { Message.status($0, l) } ?? "–", Badge.style(row.status)))
            }
            if wide { cells.append((row.amount.map { $0.formatted(l, withCents: false) } ?? "", .plain)) }
            if wide { cells.append((row.lastContact?.description ?? "–", .plain)) }
            let follow = row.openFollowUps == 0 ? "" : row.overdueFollowUps > 0 ? "\(row.overdueFollowUps)!/\(row.openFollowUps)" : "\(row.openFollowUps)"
            cells.append((follow, row.overdueFollowUps > 0 ? Style(bold: true, color: .red) : .plain))
            put(cells, y: y, base: base)
        }
    }
}
