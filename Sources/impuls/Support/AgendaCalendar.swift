import ImpulsCore
import ImpulsText
import ImpulsStore

/// The agenda as calendar events (`impuls agenda --format ics`): the open follow-ups and the
/// project dates of the agenda, one all-day event each; a notice of a merge is not an
/// appointment and stays out. A done follow-up has left the agenda, so it leaves the calendar.
enum AgendaCalendar {
    /// The events of `items`, their words in `language`.
    static func events(_ items: [AgendaItem], language: Language) -> [ICalendar.Event] {
        items.compactMap { item in
            guard let uid = uid(item) else { return nil }
            let summary = Message.agendaEventSummary(item.kind, municipality: item.municipality.name, text: item.text).text(language)
            return ICalendar.Event(uid: uid, day: item.day, summary: summary, description: item.text)
        }
    }

    /// The item's UID: its municipality's code, the record's id and what the date is, so the same
    /// follow-up or project date has the same UID in every file (a calendar then updates it rather
    /// than adding it twice) — never from a clock or chance. Nil for a notice (not in the calendar).
    static func uid(_ item: AgendaItem) -> String? {
        guard let record = item.record else { return nil }
        let what: String
        switch item.kind {
        case .followUp: what = "follow-up"
        case .projectStart: what = "project-start"
        case .projectEnd: what = "project-end"
        case .notice: return nil
        }
        return "\(item.municipality.code.rawValue)-\(record)-\(what)@impuls"
    }

    /// DTSTAMP, when the file was made: `IMPULS_NOW` when set; else, with `IMPULS_TODAY` set (demos,
    /// tests), the start of that day, so the same data gives the same file; else the clock.
    static func stamp(today: CalendarDay) -> Timestamp {
        if ProcessEnvironment.value("IMPULS_NOW") == nil, ProcessEnvironment.value("IMPULS_TODAY") != nil { return Timestamp(day: today) }
        return SystemClock.now()
    }

    /// The whole file.
    static func file(_ items: [AgendaItem], regions: [Region], today: CalendarDay, language: Language) -> [UInt8] {
        ICalendar.encode(events(items, language: language), productID: "-//impuls//impuls " + BuildInfo.version + "//EN",
                         name: Message.agendaCalendarName(regions: regions.map(\.name)).text(language), stamp: stamp(today: today))
    }
}
