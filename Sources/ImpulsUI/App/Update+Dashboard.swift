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

/// The parts of the dashboard's figures, in the order `impuls status` gives them.
public enum DashboardGroup: CaseIterable, Sendable {
    case reach, applications, budget, overdue

    var title: InterfaceText {
        switch self {
        case .reach: .groupReach
        case .applications: .groupApplications
        case .budget: .groupBudget
        case .overdue: .groupOverdue
        }
    }
}

/// Every figure of a region's status (`RegionStatus`, the model `impuls status` prints too), each
/// with the municipalities behind it; the advisers' figures are the dashboard's last part.
public enum DashboardFigure: CaseIterable, Sendable {
    case municipalities, reached, notReached
    case draft, submitted, approved, rejected, withdrawn, running, completed
    case requested, granted, ceiling, share
    case overdueFollowUps, runningPastEnd, staleDrafts, approvedNotStarted, openNotices

    var group: DashboardGroup {
        switch self {
        case .municipalities, .reached, .notReached: .reach
        case .draft, .submitted, .approved, .rejected, .withdrawn, .running, .completed: .applications
        case .requested, .granted, .ceiling, .share: .budget
        case .overdueFollowUps, .runningPastEnd, .staleDrafts, .approvedNotStarted, .openNotices: .overdue
        }
    }

    var status: ApplicationStatus? {
        switch self {
        case .draft: .draft
        case .submitted: .submitted
        case .approved: .approved
        case .rejected: .rejected
        case .withdrawn: .withdrawn
        case .running: .running
        case .completed: .completed
        default: nil
        }
    }

    /// The municipalities behind the figure (one entry per application for the statuses).
    func codes(_ r: RegionStatus) -> [MunicipalityCode] {
        if let status { return r.applications[status] ?? [] }
        switch self {
        case .municipalities, .ceiling: return r.municipalities
        case .reached: return r.reached
        case .notReached: return r.notReached
        case .requested: return [ApplicationStatus.submitted, .approved, .running, .completed].flatMap { r.applications[$0] ?? [] }
        case .granted, .share: return [ApplicationStatus.approved, .running, .completed].flatMap { r.applications[$0] ?? [] }
        case .overdueFollowUps: return r.overdueFollowUps
        case .runningPastEnd: return r.runningPastEnd
        case .staleDrafts: return r.staleDrafts
        case .approvedNotStarted: return r.approvedNotStarted
        case .openNotices: return r.openNotices
        default: return []
        }
    }

    /// The figure as `impuls status` writes it: a count, an amount, a share in tenths of a percent.
    func value(_ r: RegionStatus, _ l: Language) -> String {
        if let status { return String(r.count(status)) }
        switch self {
        case .municipalities: return String(r.municipalities.count)
        case .requested: return r.requested.formattedExact(l)
        case .granted: return r.granted.formattedExact(l)
        case .ceiling: return r.ceiling.formattedExact(l)
        case .share: return "\(r.grantedPermille / 10)" + (l == .nl ? "," : ".") + "\(r.grantedPermille % 10)%"
        default: return String(codes(r).count)
        }
    }

    /// The figure's name, as `impuls status` heads its column.
    func title(_ l: Language) -> String {
        if let status { return Message.status(status, l) }
        switch self {
        case .municipalities: return Message.columnMunicipalities.text(l)
        case .reached: return Message.reportReached.text(l)
        case .notReached: return Message.reportNotReached.text(l)
        case .requested: return Message.reportRequested.text(l)
        case .granted: return Message.reportGranted.text(l)
        case .ceiling: return Message.reportCeiling.text(l)
        case .share: return Message.ui(.figureShare).text(l)
        case .overdueFollowUps: return Message.reportOverdueFollowUps.text(l)
        case .runningPastEnd: return Message.reportPastEnd.text(l)
        case .staleDrafts: return Message.reportStaleDrafts.text(l)
        case .approvedNotStarted: return Message.reportNotStarted.text(l)
        case .openNotices: return Message.reportNotices.text(l)
        default: return ""
        }
    }
}
