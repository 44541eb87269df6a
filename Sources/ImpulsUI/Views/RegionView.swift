import ImpulsCore
import ImpulsText

/// The home view: the region's municipalities with where each stands.
enum RegionView {
    /// The column titles with the current sort shown: `▼` after the sorted column's title, or,
    /// when that column is not on screen (last contact in a narrow window), after the name's:
    /// `Naam (▼ Contact)`.
    static func sortMarked(_ columns: [Column], _ state: AppState) -> [String] {
        let l = state.language
        let sorted: String = switch state.home.sort {
        case .name: Message.columnName.text(l)
        case .status: Message.columnStatus.text(l)
        case .lastContact: Message.columnLastContact.text(l)
        case .overdue: Message.columnFollowUps.text(l)
        }
        var titles = columns.map(\.title)
        if let index = titles.firstIndex(of: sorted) {
            titles[index] += " ▼"
        } else {
            titles[0] += " (▼ " + sorted + ")"
        }
        return titles
    }

    struct Column {
        let title: String
        let width: Int
        let alignRight: Bool
    }

    /// Where the filter found a row's text, when not in its name or code: "gesprek 2023-09-10: …tekst".
    static func matchText(_ row: RegionRow, _ state: AppState, width: Int) -> String {
        guard let text = state.home.searchTexts[row.municipality.code],
              let (part, _, word) = text.matchKeepingWord(state.home.filter, width: width), part.field != .name, part.field != .code else { return "" }
        // Where, with the record's date or name when there is room beside the matched word (it stays whole).
        var place = Message.ui(.matchIn(part.field)).text(state.language) + (part.context.isEmpty ? "" : " " + part.context) + ": "
        if DisplayWidth.of(place) + word + 2 > width { place = Message.ui(.matchIn(part.field)).text(state.language) + ": " }
        if DisplayWidth.of(place) + word + 2 > width { place = "" }
        let snippet = text.match(state.home.filter, width: width - DisplayWidth.of(place))?.snippet ?? ""
        return place + snippet
    }

    /// The column headings; the last (the follow-ups, right-aligned) may start left of its column,
    /// over the unused end of the heading before it, so that it is never cut for want of a
    /// column as wide as the word.
    static func putHeader(_ titles: [String], _ columns: [Column], y: Int, style: Style, into grid: inout CellGrid) {
        var x = 1
        var end = 1
        for (index, (column, title)) in zip(columns, titles).enumerated() {
            if index == columns.count - 1, column.alignRight {
                let start = max(end + 1, x + column.width - DisplayWidth.of(title))
                grid.put(title, x: start, y: y, style: style, limit: x + column.width - start)
            } else {
                grid.put(DisplayWidth.pad(title, to: column.width, alignRight: column.alignRight), x: x, y: y, style: style, limit: column.width)
                end = column.alignRight ? x + column.width : x + min(column.width, DisplayWidth.of(title))
                x += column.width + 1
            }
        }
    }

    static func draw(_ state: AppState, into grid: inout CellGrid) {
        let l = state.language
        var top = 1
        let home = state.home
        let rows = home.rows
        if home.filterLineShown {
            let prompt = "/" + home.filter + (home.isTypingFilter ? "▏" : "")
            grid.put(" " + prompt, x: 0, y: top, style: Style(bold: true))
            if home.isTypingFilter { grid.cursor = (min(state.columns - 1, 1 + DisplayWidth.of("/" + home.filter)), top) }
            let count = " " + Message.matches(rows.count).text(l)
            grid.put(count, x: max(0, state.columns - DisplayWidth.of(count) - 1), y: top, style: Style(dim: true))
            top += 1
        }
        if home.matchLineShown(state.viewport) {
            // Narrow: where the selected row matched, on a line of its own.
            if home.list.selection < rows.count {
                let text = matchText(rows[home.list.selection], state, width: state.columns - 4)
                if !text.isEmpty { grid.put(" ↳ " + text, x: 0, y: top, style: Style(dim: true), limit: state.columns - 1) }
            }
            top += 1
        }
        let wide = state.columns >= 80
        let matching = wide && home.isFiltering
        let veryWide = state.columns >= 110
        let showRegion = state.region == nil && veryWide && !matching
        // The follow-ups column as wide as its figures (`12!/15`); its heading may reach left over
        // the status column's heading (see `putHeader`).
        let followWidth = 8
        // Narrow: the status as wide as leaves 17 columns for names (Noardeast-Fryslân), at least 10.
        let statusWidth = wide ? 14 : max(10, min(14, state.columns - 2 - followWidth - 2 - 17))
        let amountWidth = wide && !matching ? 11 : 0
        let contactWidth = wide && !matching ? 10 : 0
        let regionWidth = showRegion ? 16 : 0
        let matchWidth = matching ? (state.columns - 2 - statusWidth - followWidth - 3) * 2 / 3 : 0
        let fixed = [statusWidth, amountWidth, contactWidth, followWidth, regionWidth, matchWidth].filter { $0 > 0 }
        let nameWidth = max(8, state.columns - 2 - fixed.reduce(0, +) - fixed.count)
        var columns = [Column(title: Message.columnName.text(l), width: nameWidth, alignRight: false)]
        if showRegion { columns.append(Column(title: Message.columnProvince.text(l), width: regionWidth, alignRight: false)) }
        columns.append(Column(title: Message.columnStatus.text(l), width: statusWidth, alignRight: false))
        if amountWidth > 0 { columns.append(Column(title: Message.columnAmount.text(l), width: amountWidth, alignRight: true)) }
        if contactWidth > 0 { columns.append(Column(title: Message.columnLastContact.text(l), width: contactWidth, alignRight: false)) }
        if matching { columns.append(Column(title: Message.ui(.columnMatch).text(l), width: matchWidth, alignRight: false)) }
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
        putHeader(sortMarked(columns, state), columns, y: top, style: header, into: &grid)

        if rows.isEmpty {
            grid.put(Message.noMatches.text(l), x: 1, y: top + 1, style: Style(dim: true))
            return
        }
        for (index, y, selected) in home.list.visible(count: rows.count, height: home.pageSize(state.viewport), top: top + 1) {
            let row = rows[index]
            let base = selected ? Style(bold: true, reverse: true) : Style.plain
            if selected { grid.fill(y: y, style: base) }
            // A dossier in more than one of the folders read together: how many, after the name.
            let doubled = row.copies.map { (state.asciiOnly ? " x" : " ×") + String($0) } ?? ""
            var cells: [(String, Style)] = [(row.municipality.name + (row.municipality.isFormer ? " †" : "") + doubled,
                                             doubled.isEmpty ? .plain : Style(color: .yellow))]
            if showRegion { cells.append((row.municipality.province, Style(dim: !selected))) }
            if row.unreadable != nil {
                cells.append(("⚠ " + Message.unreadableBadge.text(l), Style(color: .red)))
            } else {
                cells.append((row.status.map { Message.status($0, l) } ?? "–", Badge.style(row.status)))
            }
            if amountWidth > 0 { cells.append((row.amount.map { $0.formatted(l, withCents: false) } ?? "", .plain)) }
            if contactWidth > 0 { cells.append((row.lastContact?.description ?? "–", .plain)) }
            if matching { cells.append((matchText(row, state, width: matchWidth), Style(dim: !selected))) }
            let follow = row.openFollowUps == 0 ? "" : row.overdueFollowUps > 0 ? "\(row.overdueFollowUps)!/\(row.openFollowUps)" : "\(row.openFollowUps)"
            cells.append((follow, row.overdueFollowUps > 0 ? Style(bold: true, color: .red) : .plain))
            put(cells, y: y, base: base)
        }
    }
}
