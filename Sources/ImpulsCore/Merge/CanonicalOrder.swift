/// The one order every collection of a dossier is kept in, so that two laptops that hold the same
/// records write the same bytes, and a merge's result does not depend on which side is "ours".
extension Dossier {
    /// Contacts by name (then id), sessions by date, follow-ups by due day, applications by the day
    /// they were made, notices and history by moment (each then by id).
    public mutating func keepCanonicalOrder() {
        contacts.sort { (Folding.fold($0.name), $0.id) < (Folding.fold($1.name), $1.id) }
        for i in sessions.indices { sessions[i].followUps.sort { ($0.due, $0.id) < ($1.due, $1.id) } }
        sessions.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        applications.sort { ($0.madeOn, $0.id) < ($1.madeOn, $1.id) }
        notices.sort { ($0.at, $0.id) < ($1.at, $1.id) }
        history.sort(by: HistoryEntry.precedes)
    }
}

extension Application {
    /// The day it was made (its draft step), else its planned start.
    var madeOn: CalendarDay { stepDates[.draft] ?? plannedStart }
}
