/// What one person did in one dossier lately, as its history tells: the advisers table counts
/// everyone who did work, not only the dossiers' owners (a colleague covering during a holiday).
public struct AdviserWork: Sendable, Equatable {
    /// Sessions they logged, dated 0–29 and 0–89 days before today (sessions after today count in neither).
    public var sessionsLast30Days = 0
    public var sessionsLast90Days = 0
    /// They recorded a change of any kind 0–89 days before today.
    public var active = false

    public init(sessionsLast30Days: Int = 0, sessionsLast90Days: Int = 0, active: Bool = false) {
        self.sessionsLast30Days = sessionsLast30Days
        self.sessionsLast90Days = sessionsLast90Days
        self.active = active
    }

    /// Both together (one person's work in two dossiers).
    public static func + (a: AdviserWork, b: AdviserWork) -> AdviserWork {
        AdviserWork(sessionsLast30Days: a.sessionsLast30Days + b.sessionsLast30Days, sessionsLast90Days: a.sessionsLast90Days + b.sessionsLast90Days,
                    active: a.active || b.active)
    }

    /// Each person's work in `dossier`, by name.
    static func byName(in dossier: Dossier, today: CalendarDay) -> [String: AdviserWork] {
        var loggings: [(key: String, by: String)] = [], days: [(by: String, on: CalendarDay)] = []
        for entry in dossier.history {
            if entry.action == .created, case .session(let id) = entry.subject { loggings.append((id, entry.by)) }
            if days.last?.by != entry.by || days.last?.on != entry.on { days.append((entry.by, entry.on)) }
        }
        return byName(sessions: dossier.sessions.map { (key: $0.id, date: $0.date) }, loggings: loggings, days: days,
                      adviser: dossier.adviser, today: today)
    }

    /// Each person's work, by name, from what a dossier's history says: its sessions (each by a key
    /// of its id, with its date), who logged which session (in the history's order) and who
    /// recorded anything on which day. A session counts for whoever logged it (its first logging
    /// by someone in particular); one whose logging is not recorded, or was by nobody in particular
    /// (no adviser set), for the dossier's `adviser` — `""` when it has none. Nobody in particular
    /// is never a person of the table.
    public static func byName<Key: Hashable>(sessions: [(key: Key, date: CalendarDay)], loggings: [(key: Key, by: String)],
                                             days: [(by: String, on: CalendarDay)], adviser: String, today: CalendarDay) -> [String: AdviserWork] {
        var work: [String: AdviserWork] = [:]
        var lastActive = ""
        for (by, on) in days {
            let ago = on.days(until: today)
            guard ago >= 0 && ago < 90, by != lastActive, !Author.isUnknown(by) else { continue }
            work[by, default: AdviserWork()].active = true
            lastActive = by
        }
        var recent: [Key: Int] = [:]
        for session in sessions {
            let ago = session.date.days(until: today)
            if ago >= 0 && ago < 90 { recent[session.key] = ago }
        }
        guard !recent.isEmpty else { return work }
        var loggedBy: [Key: String] = [:]
        for logging in loggings where recent[logging.key] != nil && loggedBy[logging.key] == nil && !Author.isUnknown(logging.by) {
            loggedBy[logging.key] = logging.by
        }
        for (key, ago) in recent {
            let name = loggedBy[key] ?? adviser
            work[name, default: AdviserWork()].sessionsLast90Days += 1
            if ago < 30 { work[name, default: AdviserWork()].sessionsLast30Days += 1 }
        }
        return work
    }
}
