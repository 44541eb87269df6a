/// Figures made again from what a store kept of them (the data folder's summary), without the
/// dossier: every value as it was worked out when the file was read.
extension DossierFigures {
    public init(code: MunicipalityCode, row: Row, adviser: String, hasSessions: Bool, work: [String: AdviserWork],
                applications: [ApplicationFigures], hasOverdueFollowUps: Bool, hasProjectsPastEnd: Bool,
                hasStaleDrafts: Bool, hasApprovedNotStarted: Bool, hasOpenNotices: Bool) {
        self.code = code
        self.row = row
        self.adviser = adviser
        self.hasSessions = hasSessions
        self.work = work
        self.applications = applications
        self.hasOverdueFollowUps = hasOverdueFollowUps
        self.hasProjectsPastEnd = hasProjectsPastEnd
        self.hasStaleDrafts = hasStaleDrafts
        self.hasApprovedNotStarted = hasApprovedNotStarted
        self.hasOpenNotices = hasOpenNotices
    }
}

extension DossierFigures.Row {
    public init(current: DossierFigures.ApplicationFigures?, lastContact: CalendarDay?, openFollowUps: Int, overdueFollowUps: Int) {
        self.current = current
        self.lastContact = lastContact
        self.openFollowUps = openFollowUps
        self.overdueFollowUps = overdueFollowUps
    }
}

extension DossierFigures.ApplicationFigures {
    public init(status: ApplicationStatus, requested: Cents, granted: Cents?) {
        self.status = status
        self.requested = requested
        self.granted = granted
    }
}
