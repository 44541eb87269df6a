/// Questions later views and reports ask of a dossier, with `today` passed in.
extension Dossier {
    /// The application that says where the municipality stands: the open one, else the latest.
    public var currentApplication: Application? { openApplication ?? applications.last }

    /// The status shown for the municipality; nil when it has no application.
    public var applicationStatus: ApplicationStatus? { currentApplication?.status }

    /// The day of the latest advice session.
    public var lastContact: CalendarDay? { sessions.map(\.date).max() }

    /// Follow-ups not done, earliest due first.
    public var openFollowUps: [FollowUp] {
        sessions.flatMap(\.followUps).filter { !$0.done }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
    }

    /// Open follow-ups whose due day has passed.
    public func overdueFollowUps(today: CalendarDay) -> [FollowUp] { openFollowUps.filter { $0.due < today } }

    /// Running projects past their planned end.
    public func projectsPastEnd(today: CalendarDay) -> [Application] {
        applications.filter { $0.status == .running && $0.plannedEnd < today }
    }

    /// Drafts nobody touched for `days` days or more (by the history, else the draft's date).
    public func staleDrafts(today: CalendarDay, days: Int = 30) -> [Application] {
        let drafts = applications.filter { $0.status == .draft }
        guard !drafts.isEmpty else { return [] }
        // One pass over the history for all drafts (it is read for every dossier of a status).
        let ids = Set(drafts.map(\.id))
        var touched: [String: CalendarDay] = [:]
        for entry in history {
            guard case .application(let id) = entry.subject, ids.contains(id) else { continue }
            touched[id] = max(touched[id] ?? entry.on, entry.on)
        }
        return drafts.filter { ((touched[$0.id] ?? $0.stepDates[.draft]) ?? today).days(until: today) >= days }
    }

    /// Approved applications not started `days` days or more after approval.
    public func approvedNotStarted(today: CalendarDay, days: Int = 30) -> [Application] {
        applications.filter { $0.status == .approved && ($0.stepDates[.approved].map { $0.days(until: today) >= days } ?? false) }
    }

    /// History entries about one subject, oldest first.
    public func history(of subject: Subject) -> [HistoryEntry] { history.filter { $0.subject == subject } }

    /// The history as people read it: by the day each change was made, in recorded order within a
    /// day (the stored order is by moment, which can put a change recorded later for an earlier day
    /// after later days). Only the entries about `subject` when given.
    public func historyByDay(of subject: Subject? = nil) -> [HistoryEntry] {
        let entries = subject.map { history(of: $0) } ?? history
        return entries.enumerated().sorted { ($0.element.on, $0.offset) < ($1.element.on, $1.offset) }.map(\.element)
    }
}
