import ImpulsCore

/// The command line's words for the records a dossier holds (`contact`, `session edit|remove`,
/// `follow-up`, `application edit`, `notice`): what each command says it did, and what it says when
/// a name fits no record or several.

/// A kind of record, as a name that fits none or several says it.
public enum RecordWord: Sendable, CaseIterable {
    case contact, session, followUp, application

    /// The word for one and for more.
    func word(plural: Bool) -> Message {
        switch self {
        case .contact: plural ? Message(nl: "contactpersonen", en: "contacts") : Message(nl: "contactpersoon", en: "contact")
        case .session: plural ? Message(nl: "gesprekken", en: "sessions") : Message(nl: "gesprek", en: "session")
        case .followUp: plural ? Message(nl: "acties", en: "follow-ups") : Message(nl: "actie", en: "follow-up")
        case .application: plural ? Message(nl: "aanvragen", en: "applications") : Message(nl: "aanvraag", en: "application")
        }
    }
}

extension CommandText {
    // Contacts
    /// `contact add`.
    public static func contactAdded(name: String, municipality: String) -> CommandText {
        CommandText(nl: "Contactpersoon ‘\(name)’ toegevoegd aan \(municipality)", en: "Contact ‘\(name)’ added to \(municipality)")
    }
    /// `contact remove`.
    public static func contactRemoved(name: String, municipality: String) -> CommandText {
        CommandText(nl: "Contactpersoon ‘\(name)’ van \(municipality) verwijderd", en: "Contact ‘\(name)’ of \(municipality) removed")
    }

    // Sessions
    /// `session remove` (its follow-ups go with it).
    public static func sessionRemoved(date: CalendarDay, municipality: String, followUps: Int) -> CommandText {
        let with = Message.count(followUps, .followUp)
        return CommandText(nl: "Gesprek van \(date) met \(municipality) verwijderd" + (followUps == 0 ? "" : ", met " + with.nl),
                           en: "Session of \(date) with \(municipality) removed" + (followUps == 0 ? "" : ", with " + with.en))
    }
    /// `session edit|remove` with both a session and `--latest`, or neither.
    public static let sessionNamedOnce = CommandText(
        nl: "noem één gesprek: een datum (JJJJ-MM-DD) of een begin van het id, of --latest voor het laatste — niet allebei",
        en: "name one session: a date (YYYY-MM-DD) or a start of its id, or --latest for the latest — not both")

    // Follow-ups
    /// `follow-up add`: to which session it went.
    public static func followUpAdded(text: String, due: CalendarDay, session: CalendarDay, municipality: String) -> CommandText {
        CommandText(nl: "Actie ‘\(text)’ (uiterlijk \(due)) toegevoegd aan het gesprek van \(session) met \(municipality)",
                    en: "Follow-up ‘\(text)’ (due \(due)) added to the session of \(session) with \(municipality)")
    }
    /// `follow-up add` where the dossier has no session yet.
    public static func followUpNeedsSession(municipality: String) -> CommandText {
        CommandText(nl: "\(municipality) heeft nog geen gesprek, en een actie hoort bij het gesprek waar hij uit komt: leg het eerst vast (impuls session add)",
                    en: "\(municipality) has no session yet, and a follow-up belongs to the session it came from: log that first (impuls session add)")
    }
    /// `follow-up done` and `undone`.
    public static func followUpDone(text: String, municipality: String, done: Bool) -> CommandText {
        done ? CommandText(nl: "Actie ‘\(text)’ van \(municipality) afgevinkt", en: "Follow-up ‘\(text)’ of \(municipality) ticked off")
            : CommandText(nl: "Actie ‘\(text)’ van \(municipality) weer open", en: "Follow-up ‘\(text)’ of \(municipality) open again")
    }
    /// `follow-up done` of one that is done already (`undone` of an open one): nothing recorded.
    public static func followUpAlready(text: String, municipality: String, done: Bool) -> CommandText {
        done ? CommandText(nl: "Actie ‘\(text)’ van \(municipality) was al afgevinkt; niets gewijzigd",
                           en: "Follow-up ‘\(text)’ of \(municipality) was ticked off already; nothing changed")
            : CommandText(nl: "Actie ‘\(text)’ van \(municipality) stond al open; niets gewijzigd",
                          en: "Follow-up ‘\(text)’ of \(municipality) was open already; nothing changed")
    }
    /// `follow-up remove`.
    public static func followUpRemoved(text: String, municipality: String) -> CommandText {
        CommandText(nl: "Actie ‘\(text)’ van \(municipality) verwijderd", en: "Follow-up ‘\(text)’ of \(municipality) removed")
    }


    // Any record
    /// `contact edit`, `session edit`, `follow-up edit`, `application edit`: what changed, as the
    /// history (and `impuls undo`) says it.
    public static func recordChanged(municipality: String, words: String) -> CommandText {
        CommandText(nl: "Gewijzigd voor \(municipality): \(words)", en: "Changed for \(municipality): \(words)")
    }
    /// An edit that sets every field to what it already was: nothing is recorded.
    public static func recordUnchanged(municipality: String) -> CommandText {
        CommandText(nl: "Niets gewijzigd in het dossier van \(municipality): alles was al zo", en: "Nothing changed in the dossier of \(municipality): it was all so already")
    }
    /// An edit without anything to change: the options it takes.
    public static func editNeedsOption(_ options: [String]) -> CommandText {
        let list = options.joined(separator: ", ")
        return CommandText(nl: "zeg wat er verandert, met een of meer van: \(list)", en: "say what changes, with one or more of: \(list)")
    }
    /// A name that fits no record of the kind (`count`: how many there are, listed after it).
    public static func recordNotFound(_ kind: RecordWord, typed: String, municipality: String, count: Int) -> CommandText {
        let (one, more) = (kind.word(plural: false), kind.word(plural: true))
        let quoted = typed.isEmpty ? "" : " ‘\(typed)’"
        return CommandText(nl: "\(municipality) heeft geen \(one.nl)\(quoted)" + (count == 0 ? "; er zijn geen \(more.nl)" : "; de \(more.nl):"),
                           en: "\(municipality) has no \(one.en)\(quoted)" + (count == 0 ? "; there are no \(more.en)" : "; the \(more.en):"))
    }
    /// A name that fits several records of the kind (listed after it).
    public static func recordAmbiguous(_ kind: RecordWord, typed: String, municipality: String) -> CommandText {
        let more = kind.word(plural: true)
        return CommandText(nl: "‘\(typed)’ past op meer \(more.nl) van \(municipality); noem er één (een langer begin, of het id tussen [ ]):",
                           en: "‘\(typed)’ fits several \(more.en) of \(municipality); name one (a longer start, or the id in [ ]):")
    }

    // Notices
    /// `notice list` when no dossier has an open notice.
    public static let noticesNoneOpen = CommandText(nl: "geen open meldingen", en: "no open notices")
    /// `notice list --all`: after a notice that was dealt with.
    public static let noticeDealtWith = CommandText(nl: "(afgehandeld)", en: "(dealt with)")
}
