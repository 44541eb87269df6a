import ImpulsCore

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

/// The figures of the dashboard that lead to municipalities.
public enum DashboardFigure: CaseIterable, Sendable {
    case notReached, reached, draft, submitted, approved, running, completed, overdueFollowUps, runningPastEnd, staleDrafts, approvedNotStarted
    case openNotices

    func codes(_ r: RegionStatus) -> [MunicipalityCode] {
        switch self {
        case .notReached: return r.notReached
        case .reached: return r.reached
        case .draft: return r.applications[.draft] ?? []
        case .submitted: return r.applications[.submitted] ?? []
        case .approved: return r.applications[.approved] ?? []
        case .running: return r.applications[.running] ?? []
        case .completed: return r.applications[.completed] ?? []
        case .overdueFollowUps: return r.overdueFollowUps
        case .runningPastEnd: return r.runningPastEnd
        case .staleDrafts: return r.staleDrafts
        case .approvedNotStarted: return r.approvedNotStarted
        case .openNotices: return r.openNotices
        }
    }

    func title(_ l: Language) -> String {
        switch self {
        case .notReached: return Message.reportNotReached.text(l)
        case .reached: return Message.reportReached.text(l)
        case .draft: return Message.status(.draft, l)
        case .submitted: return Message.status(.submitted, l)
        case .approved: return Message.status(.approved, l)
        case .running: return Message.status(.running, l)
        case .completed: return Message.status(.completed, l)
        case .overdueFollowUps: return Message.reportOverdueFollowUps.text(l)
        case .runningPastEnd: return Message.reportPastEnd.text(l)
        case .staleDrafts: return Message.reportStaleDrafts.text(l)
        case .approvedNotStarted: return Message.reportNotStarted.text(l)
        case .openNotices: return Message.reportNotices.text(l)
        }
    }

    /// A short column heading.
    func short(_ l: Language) -> String {
        switch self {
        case .notReached: return l == .nl ? "Niet b." : "Not r."
        case .reached: return l == .nl ? "Bereikt" : "Reached"
        case .draft: return l == .nl ? "Conc." : "Draft"
        case .submitted: return l == .nl ? "Inged." : "Subm."
        case .approved: return l == .nl ? "Toeg." : "Appr."
        case .running: return l == .nl ? "Uitv." : "Run."
        case .completed: return l == .nl ? "Afger." : "Done"
        case .overdueFollowUps: return l == .nl ? "Te laat" : "Overdue"
        case .runningPastEnd: return l == .nl ? "Over e." : "Past e."
        case .staleDrafts: return l == .nl ? "Stil" : "Stale"
        case .approvedNotStarted: return l == .nl ? "N.gest." : "N.start"
        case .openNotices: return l == .nl ? "Meld." : "Notes"
        }
    }
}
