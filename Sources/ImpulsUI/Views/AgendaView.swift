import ImpulsCore
import ImpulsText

/// Follow-ups and project deadlines of the region: overdue first, then this week, then later.
/// Wide: one line an item; narrow: when and where on one line, what on the next.
enum AgendaView {
    static func draw(_ state: AppState, position: ListPosition, into grid: inout CellGrid) {
        let l = state.language
        let items = state.agenda
        let today = state.caseload.today
        let header = Style(bold: true, underline: true)
        let viewport = state.viewport
        let narrow = viewport.agendaLinesPerItem == 2
        let whenWidth = 11
        grid.fill(y: 1, from: 1, width: state.columns - 2, style: header)  // one continuous rule
        let municipalityWidth = state.columns >= 80 ? 22 : narrow ? max(8, state.columns - 2 - whenWidth - 12) : 14
        var title = DisplayWidth.pad(Message.columnWhen.text(l), to: whenWidth) + " " + DisplayWidth.pad(Message.columnDate.text(l), to: 10) + " "
        title += narrow ? Message.columnName.text(l) : DisplayWidth.pad(Message.columnName.text(l), to: municipalityWidth) + " " + Message.columnWhat.text(l)
        grid.put(title, x: 1, y: 1, style: header, limit: state.columns - 2)
        if items.isEmpty {
            grid.put(Message.nothingYet.text(l), x: 1, y: 2, style: Style(dim: true))
            return
        }
        for (index, line, selected) in position.visible(count: items.count, height: viewport.agendaHeight, top: 0) {
            let y = 2 + line * viewport.agendaLinesPerItem
            let item = items[index]
            let (group, color): (Message, Color?)
            switch item.when(today: today) {
            case .overdue: (group, color) = (.agendaOverdue, .red)
            case .thisWeek: (group, color) = (.agendaThisWeek, .yellow)
            case .later: (group, color) = (.agendaLater, nil)
            }
            let style = Style(bold: selected, reverse: selected)
            if selected { for row in y..<(y + viewport.agendaLinesPerItem) { grid.fill(y: row, style: style) } }
            let kind: String
            switch item.kind {
            case .followUp: kind = ""
            case .projectEnd: kind = Message.agendaProjectEnd.text(l) + ": "
            case .projectStart: kind = Message.agendaProjectStart.text(l) + ": "
            case .notice: kind = "⚠ "
            }
            var x = 1
            x = grid.put(DisplayWidth.pad(group.text(l), to: whenWidth), x: x, y: y, style: Style(bold: selected, reverse: selected, color: selected ? nil : color)) + 1
            x = grid.put(item.day.description, x: x, y: y, style: style) + 1
            x = grid.put(DisplayWidth.pad(item.municipality.name, to: municipalityWidth), x: x, y: y, style: style, limit: municipalityWidth) + 1
            if narrow {
                grid.put(kind + item.text, x: 3, y: y + 1, style: style, limit: max(0, state.columns - 4))
            } else {
                grid.put(kind + item.text, x: x, y: y, style: style, limit: max(0, state.columns - x - 1))
            }
        }
    }
}
