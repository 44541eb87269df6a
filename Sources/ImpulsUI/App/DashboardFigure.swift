import ImpulsCore
import ImpulsText

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
        case .share: return Message.tenths(r.grantedPermille).text(l) + "%"
        default: return String(codes(r).count)
        }
    }

    /// The figure's name, as `impuls status` heads its column.
    func title(_ l: Language) -> String {
        if let status { return Message.statusHeading(status).text(l) }
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
