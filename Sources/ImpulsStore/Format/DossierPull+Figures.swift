import ImpulsCore

/// What a figures reading gathers for the advisers' work (`AdviserWork`) while it lets the history
/// go: the sessions by the hash of their ids, who logged which session, and who recorded anything
/// on which day. Enough to count everyone's work without keeping an entry of the history.
struct WorkFacts {
    /// The key (id's hash) of each of the dossier's sessions, in their order.
    var sessionKeys: [UInt64] = []
    /// Each session's logging: its key and its author, in the history's order.
    var loggings: [(key: UInt64, by: String)] = []
    /// Who recorded an entry on which day, a run of one author's entries on one day once.
    var days: [(by: String, on: CalendarDay)] = []

    /// One history entry; `logging`: the key of the session it logged, if it did.
    mutating func entry(by: String, on: CalendarDay, logging: UInt64?) {
        if let logging { loggings.append((logging, by)) }
        if days.last?.by != by || days.last?.on != on { days.append((by, on)) }
    }
}

extension DossierPull {
    /// A figures reading: the hollow dossier, and what its advisers' work is made from.
    struct Figures {
        let dossier: Dossier
        let work: WorkFacts

        func figures(today: CalendarDay) -> DossierFigures {
            let sessions = zip(work.sessionKeys, dossier.sessions).map { (key: $0, date: $1.date) }
            return DossierFigures(dossier, today: today, work: AdviserWork.byName(
                sessions: sessions, loggings: work.loggings, days: work.days, adviser: dossier.adviser, today: today))
        }
    }
}
