/// What the status report needs of one dossier on one day: a few numbers and flags instead of the
/// whole dossier, so that a report over tens of thousands of records can read each file, keep its
/// figures and let the file's records go.
public struct DossierFigures: Sendable, Equatable {
    public struct ApplicationFigures: Sendable, Equatable {
        public let status: ApplicationStatus
        public let requested: Cents
        public let granted: Cents?
    }

    public let code: MunicipalityCode
    public let adviser: String
    public let hasSessions: Bool
    /// Sessions 0–29 and 0–89 days before `today` (sessions after today count in neither).
    public let sessionsLast30Days: Int
    public let sessionsLast90Days: Int
    public let applications: [ApplicationFigures]
    public let hasOverdueFollowUps: Bool
    public let hasProjectsPastEnd: Bool
    public let hasStaleDrafts: Bool
    public let hasApprovedNotStarted: Bool
    public let hasOpenNotices: Bool

    public init(_ dossier: Dossier, today: CalendarDay) {
        code = dossier.code
        adviser = dossier.adviser
        hasSessions = !dossier.sessions.isEmpty
        var last30 = 0, last90 = 0
        for session in dossier.sessions {
            let days = session.date.days(until: today)
            if days >= 0 && days < 30 { last30 += 1 }
            if days >= 0 && days < 90 { last90 += 1 }
        }
        sessionsLast30Days = last30
        sessionsLast90Days = last90
        applications = dossier.applications.map { ApplicationFigures(status: $0.status, requested: $0.requested, granted: $0.granted) }
        hasOverdueFollowUps = dossier.sessions.contains { $0.followUps.contains { !$0.done && $0.due < today } }
        hasProjectsPastEnd = !dossier.projectsPastEnd(today: today).isEmpty
        hasStaleDrafts = !dossier.staleDrafts(today: today).isEmpty
        hasApprovedNotStarted = !dossier.approvedNotStarted(today: today).isEmpty
        hasOpenNotices = !dossier.openNotices.isEmpty
    }
}
