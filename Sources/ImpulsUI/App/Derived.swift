import ImpulsCore
import ImpulsText

/// What the views show of the caseload, computed when it changes (`AppState.refresh`), not per
/// key: the current region's rows, its agenda, and the status report while a dashboard is open.
public struct Derived: Sendable, Equatable {
    /// Every municipality of the region, unfiltered and unsorted (the region view does that).
    public internal(set) var rows: [RegionRow] = []
    public internal(set) var agenda: [AgendaItem] = []
    public internal(set) var report: StatusReport?

    /// Open follow-ups and project deadlines of `municipalities`, overdue first (`Agenda.items`,
    /// the query `impuls agenda` prints too), notices in the catalog's words.
    static func agenda(of municipalities: [Municipality], _ caseload: Caseload, _ language: Language) -> [AgendaItem] {
        Agenda.items(of: municipalities, dossiers: caseload.dossiers, today: caseload.today) { Message.notice($0, in: $1).text(language) }
    }
}
