/// What is due in a set of municipalities: open follow-ups, project dates and blocking notices of
/// merges, overdue first. The one query behind the interface's agenda (`g`) and `impuls agenda`.
public enum Agenda {
    /// The agenda of `municipalities` (those without a dossier have nothing on it), sorted by day,
    /// then municipality, then text. A notice's words come from `noticeText` (the catalog is not
    /// the domain's): it is handed the notice and the dossier it belongs to.
    public static func items(of municipalities: [Municipality], dossiers: [MunicipalityCode: Dossier], today: CalendarDay,
                             noticeText: (Notice, Dossier) -> String) -> [AgendaItem] {
        var items: [AgendaItem] = []
        for m in municipalities {
            guard let d = dossiers[m.code] else { continue }
            for f in d.openFollowUps { items.append(AgendaItem(day: f.due, kind: .followUp, text: f.text, municipality: m, record: f.id)) }
            // A blocking notice from a merge holds the workflow: it is due the day it was raised.
            for n in d.openNotices where n.blocking {
                let raised = CalendarDay(dayNumber: Int(n.at.milliseconds / 86_400_000))
                items.append(AgendaItem(day: min(raised, today), kind: .notice, text: noticeText(n, d), municipality: m, record: n.id))
            }
            for a in d.applications {
                if a.status == .running { items.append(AgendaItem(day: a.plannedEnd, kind: .projectEnd, text: a.title, municipality: m, record: a.id)) }
                if a.status == .approved { items.append(AgendaItem(day: a.plannedStart, kind: .projectStart, text: a.title, municipality: m, record: a.id)) }
            }
        }
        return items.sorted { ($0.day, $0.municipality.name, $0.text) < ($1.day, $1.municipality.name, $1.text) }
    }
}

/// One item of the agenda: a follow-up, a project's start or planned end, or a blocking notice.
public struct AgendaItem: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case followUp, projectEnd, projectStart, notice
    }

    /// Where an item falls from `today`: before it, within the coming seven days, or after.
    public enum When: String, Sendable, Equatable, CaseIterable {
        case overdue, thisWeek, later
    }

    public let day: CalendarDay
    public let kind: Kind
    public let text: String
    public let municipality: Municipality
    /// The record it is about: the follow-up's, the application's or the notice's id.
    public var record: String? = nil

    public init(day: CalendarDay, kind: Kind, text: String, municipality: Municipality, record: String? = nil) {
        self.day = day
        self.kind = kind
        self.text = text
        self.municipality = municipality
        self.record = record
    }

    /// Overdue before `today`, this week up to seven days after it, later beyond.
    public func when(today: CalendarDay) -> When {
        let days = today.days(until: day)
        return days < 0 ? .overdue : days <= 7 ? .thisWeek : .later
    }
}
