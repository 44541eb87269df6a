import ImpulsCore
import ImpulsText

/// The dashboard: move between regions and figures, Enter lists the municipalities behind a figure.
extension Update {
    static func dashboard(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard case .dashboard(var row, var figure)? = state.stack.last, let report = state.report else { return [] }
        let rows = report.regions + [report.total]
        switch action {
        case .quit: return [.quit]
        case .back:
            state.stack.removeLast()
            state.dropReport()
            return []
        case .help: state.stack.append(.help(scroll: 0)); return []
        case .moveUp: row = max(0, row - 1)
        case .moveDown: row = min(rows.count - 1, row + 1)
        case .top: row = 0
        case .bottom: row = rows.count - 1
        case .nextFigure: figure = (figure + 1) % DashboardFigure.allCases.count
        case .previousFigure: figure = (figure + DashboardFigure.allCases.count - 1) % DashboardFigure.allCases.count
        case .nextSection, .previousSection:
            // The first figure of the next (or previous) part.
            let all = DashboardFigure.allCases, groups = DashboardGroup.allCases
            let current = groups.firstIndex(of: all[figure].group)!
            let next = groups[(current + (action == .nextSection ? 1 : groups.count - 1)) % groups.count]
            figure = all.firstIndex { $0.group == next }!
        case .open:
            let f = DashboardFigure.allCases[figure]
            let region = rows[row]
            let title = (region.name.isEmpty ? Message.reportTotal.text(state.language) : region.name) + " · " + f.title(state.language)
            state.stack.append(.drill(title: title, codes: Array(Set(f.codes(region))).sorted(), position: ListPosition()))
            return []
        default: return []
        }
        state.stack[state.stack.count - 1] = .dashboard(row: row, figure: figure)
        return []
    }

    static func drill(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard case .drill(let title, let codes, var position)? = state.stack.last else { return [] }
        let height = max(1, state.bodyHeight - 1)
        switch action {
        case .quit: return [.quit]
        case .back: state.stack.removeLast(); return []
        case .help: state.stack.append(.help(scroll: 0)); return []
        case .open:
            guard position.selection < codes.count else { return [] }
            openDossier(codes[position.selection], &state)
            return []
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            position.move(delta(action, height: height, count: codes.count, at: position.selection), count: codes.count, height: height)
        default: return []
        }
        state.stack[state.stack.count - 1] = .drill(title: title, codes: codes, position: position)
        return []
    }
}
