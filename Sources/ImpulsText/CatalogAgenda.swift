import ImpulsCore

/// `impuls agenda`'s own texts: the kinds of item, the events of its calendar file, the CSV
/// headers of its columns, and what it says it wrote.
extension Message {
    /// Where an item falls, as the agenda view's first column says it: `te laat`, `deze week`, `later`.
    public static func agendaWhen(_ when: AgendaItem.When) -> Message {
        switch when {
        case .overdue: return agendaOverdue
        case .thisWeek: return agendaThisWeek
        case .later: return agendaLater
        }
    }

    /// What kind of item it is, in a column of its own (CSV): `actie`, `start project`, …
    public static func agendaKind(_ kind: AgendaItem.Kind) -> Message {
        switch kind {
        case .followUp: return Message(nl: "actie", en: "follow-up")
        case .projectStart: return agendaProjectStart
        case .projectEnd: return agendaProjectEnd
        case .notice: return Message(nl: "melding", en: "notice")
        }
    }

    /// An item's text after its kind, as the agenda view shows it: `einde project: Buurtteams`,
    /// `⚠ Ameland: BLOKKEERT — …`, a follow-up's text as it is.
    public static func agendaWhat(_ kind: AgendaItem.Kind, text: String) -> Message {
        switch kind {
        case .followUp: return Message(both: text)
        case .projectStart, .projectEnd: return agendaKind(kind) + (": " + text)
        case .notice: return Message(both: "⚠ " + text)
        }
    }

    /// The SUMMARY of an item's event in the calendar, naming the municipality first:
    /// `Ameland: Begroting opvragen`, `Ameland: start project ‘Buurtteams’`.
    public static func agendaEventSummary(_ kind: AgendaItem.Kind, municipality name: String, text: String) -> Message {
        switch kind {
        case .followUp: return Message(both: name + ": " + text)
        case .projectStart: return Message(nl: "\(name): start project ‘\(text)’", en: "\(name): project ‘\(text)’ starts")
        case .projectEnd: return Message(nl: "\(name): gepland einde project ‘\(text)’", en: "\(name): project ‘\(text)’ planned to end")
        case .notice: return Message(nl: "\(name): melding", en: "\(name): notice")
        }
    }

    /// The calendar's name (`X-WR-CALNAME`), which a calendar that subscribes to the file shows:
    /// `impuls-agenda — Fryslân, Groningen`, or all of the Netherlands without a region.
    public static func agendaCalendarName(regions: [String]) -> Message {
        let scope = regions.isEmpty ? allRegions : Message(both: regions.joined(separator: ", "))
        return Message(nl: "impuls-agenda — ", en: "impuls agenda — ") + scope
    }

    /// The CSV header of a column only `agenda` writes.
    static func agendaCSVHeader(_ column: CSVColumn) -> Message {
        switch column {
        case .when: return columnWhen
        case .date: return columnDate
        case .kind: return Message(nl: "Soort", en: "Kind")
        default: return columnWhat
        }
    }
}

extension CommandText {
    /// `agenda --output`: what it wrote where (`12 punten van de agenda geschreven naar agenda.ics`).
    public static func agendaWritten(items: Int, file: String) -> CommandText {
        CommandText(nl: "\(items) \(items == 1 ? "punt" : "punten") van de agenda geschreven naar \(file)",
                    en: "\(items) agenda \(items == 1 ? "item" : "items") written to \(file)")
    }
    /// `agenda` as text, when nothing is due in the regions asked for.
    public static let agendaEmpty = CommandText(nl: "Niets op de agenda", en: "Nothing on the agenda")
}
