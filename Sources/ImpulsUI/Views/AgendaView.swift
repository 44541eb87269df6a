import ImpulsCore

/// Follow-ups and project deadlines of the region: overdue first, then this week, then later.
enum AgendaView {
    static func draw(_ state: AppState, position: ListPosition, into grid: inout CellGrid) {
        let l = state.language
        let items = state.agenda
        let today = state.caseload.today
        let header = Style(bold: true, underline: true)
        let whenWidth = 11
        grid.fill(y: 1, from: 1, width: state.columns - 2, style: header)  // one continuous rule
        let municipalityWidth = state.columns >= 80 ? 22 : 14
        grid.put(DisplayWidth.pad(Message.columnWhen.text(l), to: whenWidth) + " " + DisplayWidth.pad(Message.columnDate.text(l), to: 10) + " "
                 + DisplayWidth.pad(Message.columnName.text(l), to: municipalityWidth) + " " + Message.columnWhat.text(l),
                 x: 1, y: 1, style: header, limit: state.columns - 2)
        if items.isEmpty {
            grid.put(Message.nothingYet.text(l), x: 1, y: 2, style: Style(dim: true))
            return
        }
        for (index, y, selected) in position.visible(count: items.count, height: max(1, state.bodyHeight - 1), top: 2) {
            let item = items[index]
            let days = today.days(until: item.day)
            let (group, color): (Message, Color?) = days < 0 ? (.agendaOverdue, .red) : days <= 7 ? (.agendaThisWeek, .yellow) : (.agendaLater, nil)
            if selected { grid.fill(y: y, style: Style(bold: true, reverse: true)) }
            let kind: String
            switch item.kind {
            case .followUp: kind = ""
            case .projectEnd: kind = Message.agendaProjectEnd.text(l) + ": "
            case .projectStart: kind = Message.agendaProjectStart.text(l) + ": "
            case .notice: kind = "⚠ "
            }
            var x = 1
            x = grid.put(DisplayWidth.pad(group.text(l), to: whenWidth), x: x, y: y, style: Style(bold: selected, reverse: selected, color: selected ? nil : color)) + 1
            x = grid.put(item.day.description, x: x, y: y, style: Style(bold: selected, reverse: selected)) + 1
            x = grid.put(DisplayWidth.pad(item.municipality.name, to: municipalityWidth), x: x, y: y, style: Style(bold: selected, reverse: selected), limit: municipalityWidth) + 1
            grid.put(kind + item.text, x: x, y: y, style: Style(bold: selected, reverse: selected), limit: max(0, state.columns - x - 1))
        }
    }
}
