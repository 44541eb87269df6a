import ImpulsCore
import ImpulsText

/// What the views show of the caseload, computed when it changes (`AppState.refresh`), not per
/// key: the current region's rows, its agenda, and the status report while a dashboard is open.
public struct Derived: Sendable, Equatable {
    /// Every municipality of the region, unfiltered and unsorted (the region view does that).
    public internal(set) var rows: [RegionRow] = []
    public internal(set) var agenda: [AgendaItem] = []
    public internal(set) var report: StatusReport?

    /// Open follow-ups and project deadlines of `municipalities`, overdue first.
    static func agenda(of municipalities: [Municipality], _ caseload: Caseload, _ language: Language) -> [AgendaItem] {
        var items: [AgendaItem] = []
        for m in municipalities {
            guard let d = caseload.dossiers[m.code] else { continue }
            for f in d.openFollowUps { items.append(AgendaItem(day: f.due, kind: .followUp, text: f.text, municipality: m, record: f.id)) }
            // A blocking notice from a merge holds the workflow: it is due the day it was raised.
            for n in d.openNotices where n.blocking {
                let raised = CalendarDay(dayNumber: Int(n.at.milliseconds / 86_400_000))
                items.append(AgendaItem(day: min(raised, caseload.today), kind: .notice, text: Message.notice(n, in: d).text(language), municipality: m,
                                       record: n.id))
            }
            for a in d.applications {
                if a.status == .running { items.append(AgendaItem(day: a.plannedEnd, kind: .projectEnd, text: a.title, municipality: m, record: a.id)) }
                if a.status == .approved { items.append(AgendaItem(day: a.plannedStart, kind: .projectStart, text: a.title, municipality: m, record: a.id)) }
            }
        }
        return items.sorted { ($0.day, $0.municipality.name, $0.text) < ($1.day, $1.municipality.name, $1.text) }
    }
}

/// One line of the agenda: a follow-up or a project deadline.
public struct AgendaItem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case followUp, projectEnd, projectStart, notice }
    public let day: CalendarDay
    public let kind: Kind
    public let text: String
    public let municipality: Municipality
    /// The record it is about: the follow-up's, the application's or the notice's id.
    public var record: String? = nil
}
