/// What the status report needs of one dossier on one day: a few numbers and flags instead of the
/// whole dossier, so that a report over tens of thousands of records can read each file, keep its
/// figures and let the file's records go.
public struct DossierFigures: Sendable, Equatable {
    public struct ApplicationFigures: Sendable, Equatable {
        public let status: ApplicationStatus
        public let requested: Cents
        public let granted: Cents?

        init(_ application: Application) {
            status = application.status
            requested = application.requested
            granted = application.granted
        }
    }

    /// What a municipality's line in a list shows: cheap to make (no history is read), so it is
    /// made again whenever a dossier changes.
    public struct Row: Sendable, Equatable {
        /// The application that says where the municipality stands (`Dossier.currentApplication`).
        public let current: ApplicationFigures?
        public let lastContact: CalendarDay?
        public let openFollowUps: Int
        public let overdueFollowUps: Int

        public init(_ dossier: Dossier, today: CalendarDay) {
            current = dossier.currentApplication.map(ApplicationFigures.init)
            lastContact = dossier.lastContact
            var open = 0, overdue = 0
            for session in dossier.sessions {
                for followUp in session.followUps where !followUp.done {
                    open += 1
                    if followUp.due < today { overdue += 1 }
                }
            }
            openFollowUps = open
            overdueFollowUps = overdue
        }
    }

    public let code: MunicipalityCode
    public let row: Row
    public let adviser: String
    public let hasSessions: Bool
    /// Who did work here lately, by name (see `AdviserWork.byName`).
    public let work: [String: AdviserWork]
    public let applications: [ApplicationFigures]
    public let hasOverdueFollowUps: Bool
    public let hasProjectsPastEnd: Bool
    public let hasStaleDrafts: Bool
    public let hasApprovedNotStarted: Bool
    public let hasOpenNotices: Bool

    public init(_ dossier: Dossier, today: CalendarDay) {
        self.init(dossier, today: today, work: AdviserWork.byName(in: dossier, today: today))
    }

    /// The same, with the advisers' work worked out already (by a reading that let the history go).
    public init(_ dossier: Dossier, today: CalendarDay, work: [String: AdviserWork]) {
        code = dossier.code
        adviser = dossier.adviser
        hasSessions = !dossier.sessions.isEmpty
        self.work = work
        applications = dossier.applications.map(ApplicationFigures.init)
        row = Row(dossier, today: today)
        hasOverdueFollowUps = row.overdueFollowUps > 0
        hasProjectsPastEnd = !dossier.projectsPastEnd(today: today).isEmpty
        hasStaleDrafts = !dossier.staleDrafts(today: today).isEmpty
        hasApprovedNotStarted = !dossier.approvedNotStarted(today: today).isEmpty
        hasOpenNotices = !dossier.openNotices.isEmpty
    }
}
