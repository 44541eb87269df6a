import ImpulsCore

/// History in words: each entry as a sentence a person reads, in the interface language — amounts
/// as money, statuses and kinds by their names, records by what they are called, never by id.
extension Message {
    /// One change (its entries) about this dossier, e.g. "Status: concept → ingediend" (a step
    /// names the application when the dossier has more than one).
    public static func changeInWords(_ change: Dossier.Change, in dossier: Dossier, _ language: Language) -> String {
        let words = HistoryWords(dossier: dossier, namingApplication: nil)
        let parts = change.entries.prefix(3).map { words.sentence($0).text(language) }
        return parts.joined(separator: "; ") + (change.entries.count > 3 ? " …" : "")
    }

    /// One history entry as a sentence: "Aanvraag ‘Wijkgericht werken’ aangemaakt, € 9.500",
    /// "Status: concept → ingediend, toelichting: …". `namingApplication`: whether to name the
    /// application (false under its own heading); nil names it where it is made, and in a step or
    /// a field change only when the dossier has more than one application.
    public static func entryInWords(_ entry: HistoryEntry, in dossier: Dossier, _ language: Language,
                                    namingApplication: Bool? = nil) -> String {
        HistoryWords(dossier: dossier, namingApplication: namingApplication).sentence(entry).text(language)
    }

    /// The history by day (only about `subject` when given), each entry with its sentence.
    public static func historyInWords(_ dossier: Dossier, _ language: Language, of subject: Subject? = nil,
                                      namingApplication: Bool? = nil) -> [(entry: HistoryEntry, words: String)] {
        let words = HistoryWords(dossier: dossier, namingApplication: namingApplication)
        return dossier.historyByDay(of: subject).map { ($0, words.sentence($0).text(language)) }
    }

    /// Who made a change: the name recorded, or "onbekend"/"unknown" when no adviser was set.
    public static func author(_ by: String) -> Message {
        HistoryWords.isUnknown(by) ? Message(nl: "onbekend", en: "unknown") : Message(both: by)
    }

    /// Whether a change was made without an adviser set (and so reads as "onbekend").
    public static func isUnknownAuthor(_ by: String) -> Bool { HistoryWords.isUnknown(by) }
}

/// The sentences of `Message.entryInWords`, each written once in both languages, with what they
/// need to name records.
struct HistoryWords {
    let dossier: Dossier
    /// Whether a step or field change names its application, and whether its creation does.
    let namingInSteps: Bool
    let namingInCreation: Bool

    init(dossier: Dossier, namingApplication: Bool?) {
        self.dossier = dossier
        namingInSteps = namingApplication ?? (HistoryWords.applicationCount(dossier) > 1)
        namingInCreation = namingApplication ?? true
    }

    static func isUnknown(_ by: String) -> Bool { Author.isUnknown(by) }

    /// Applications the dossier has or had (a removed draft still counts: its entries remain).
    static func applicationCount(_ dossier: Dossier) -> Int {
        var ids = Set(dossier.applications.map(\.id))
        for entry in dossier.history { if case .application(let id) = entry.subject { ids.insert(id) } }
        return ids.count
    }

    func sentence(_ entry: HistoryEntry) -> Message {
        let text = body(entry)
        guard let undone = entry.undoes, entry.action != .undo else { return text }
        let isRedo = dossier.history.contains { $0.change == undone && $0.undoes != nil }
        return text + (isRedo ? Message(nl: " (opnieuw gedaan)", en: " (redone)") : Message(nl: " (ongedaan gemaakt)", en: " (undone)"))
    }

    private func body(_ entry: HistoryEntry) -> Message {
        switch (entry.subject, entry.action) {
        case (_, .undo): return Message(nl: "Een wijziging ongedaan gemaakt", en: "A change undone")
        case (.application(let id), let action): return application(id, action, entry)
        case (.session(let id), let action): return session(id, action, entry)
        case (.followUp(let id), let action): return followUp(id, action, entry)
        case (.contact(let id), let action): return contact(id, action, entry)
        case (.dossier, .imported): return Message(nl: "Geïmporteerd uit ", en: "Imported from ") + (entry.new ?? "")
        case (.dossier, .erased): return Message(nl: "Persoonsgegevens gewist (AVG, verzoek ", en: "Personal data erased (GDPR, request ")
            + (entry.note ?? "") + Message(nl: ")", en: ")")
        case (.dossier, .resolved): return notice(entry.new, resolved: true)
        case (.dossier, .changed) where entry.field == .dossier(.notice): return notice(entry.new ?? entry.old, resolved: entry.new != nil)
        case (.dossier, _): return changed(nil, entry)
        }
    }

    // MARK: records

    private func application(_ id: String, _ action: HistoryEntry.Action, _ entry: HistoryEntry) -> Message {
        switch action {
        case .created:
            // As it was recorded: "Title (9500.00)".
            let (recorded, amount) = HistoryWords.titleAndAmount(entry.new ?? "")
            let name = namingInCreation ? quoted(recorded.isEmpty ? applicationTitle(id) : recorded) : ""
            let made = Message(nl: "Aanvraag\(name) aangemaakt", en: "Application\(name) created")
            return amount.map { made + ", " + money($0) } ?? made
        case .removed:
            let name = namingInCreation ? quoted(applicationTitle(id)) : ""
            return Message(nl: "Aanvraag\(name) weggehaald", en: "Application\(name) taken away")
        case .transition:
            let prefix = namingInSteps ? Message(nl: "Status van", en: "Status of") + quoted(applicationTitle(id)) : Message(both: "Status")
            let text = prefix + ": " + status(entry.old) + " → " + status(entry.new)
            guard let note = entry.note, !note.isEmpty else { return text }
            return text + Message(nl: ", toelichting: ", en: ", note: ") + note
        default:
            return changed(namingInSteps ? Message(nl: "Aanvraag", en: "Application") + quoted(applicationTitle(id)) : nil, entry)
        }
    }

    private func session(_ id: String, _ action: HistoryEntry.Action, _ entry: HistoryEntry) -> Message {
        switch action {
        case .created:
            // As it was recorded: "2023-10-16 advice: first line of the summary".
            guard let (day, kind, summary) = HistoryWords.sessionParts(entry.new ?? "") else {
                return Message(nl: "Gesprek vastgelegd: ", en: "Session logged: ") + (entry.new ?? "")
            }
            let kindName = Message.kind(kind)
            return Message(nl: "Gesprek van \(day) (\(kindName.nl)) vastgelegd: \(summary)", en: "Session of \(day) (\(kindName.en)) logged: \(summary)")
        case .removed:
            return Message(nl: "Verwijderd: ", en: "Deleted: ") + sessionName(id, entry, withSummary: true)
        default:
            return changed(sessionName(id, entry, withSummary: false), entry)
        }
    }

    private func followUp(_ id: String, _ action: HistoryEntry.Action, _ entry: HistoryEntry) -> Message {
        switch action {
        case .created:
            let text = entry.new ?? ""
            if let space = text.firstIndex(of: " "), let due = CalendarDay(parsing: String(text[..<space])) {
                let what = String(text[text.index(after: space)...])
                return Message(nl: "Actie ‘\(what)’ toegevoegd, uiterlijk \(due)", en: "Follow-up ‘\(what)’ added, due \(due)")
            }
            return Message(nl: "Actie toegevoegd: ", en: "Follow-up added: ") + text
        case .removed:
            let name = quoted(followUpText(id, entry))
            return Message(nl: "Actie\(name) verwijderd", en: "Follow-up\(name) deleted")
        case .changed where entry.field == .followUp(.done):
            let name = quoted(followUpText(id, entry))
            return entry.new == "true" ? Message(nl: "Actie\(name) afgevinkt", en: "Follow-up\(name) ticked off")
                : Message(nl: "Actie\(name) weer open", en: "Follow-up\(name) open again")
        default:
            return changed(Message(nl: "Actie", en: "Follow-up") + quoted(followUpText(id, entry)), entry)
        }
    }

    private func contact(_ id: String, _ action: HistoryEntry.Action, _ entry: HistoryEntry) -> Message {
        let name = contactName(id, entry)
        switch action {
        case .created: return Message(nl: "Contactpersoon \(name) toegevoegd", en: "Contact \(name) added")
        case .removed: return Message(nl: "Contactpersoon \(name) verwijderd", en: "Contact \(name) deleted")
        default: return changed(Message(nl: "Contactpersoon ", en: "Contact ") + name, entry)
        }
    }

    private func notice(_ id: String?, resolved: Bool) -> Message {
        let head = resolved ? Message(nl: "Melding afgehandeld", en: "Notice resolved") : Message(nl: "Melding weer open", en: "Notice open again")
        guard let id, let notice = dossier.notices.first(where: { $0.id == id }) else { return head }
        return head + ": " + Message.notice(notice, in: dossier)
    }

    /// "Label: old → new" (or "Label: new" when there was nothing), after `record` when given.
    private func changed(_ record: Message?, _ entry: HistoryEntry) -> Message {
        let label = entry.field.map(label)?.mapped(\.lowercasedFirstLetter) ?? Message(both: "")
        let old = value(entry.field, entry.old)
        let new = value(entry.field, entry.new)
        let change = old == nothing ? label + ": " + new : label + ": " + old + " → " + new
        guard let record else { return change.mapped(\.capitalizedFirstLetter) }
        return record + ", " + change
    }

    // MARK: names and values

    func quoted(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        return " ‘" + text + "’"
    }

    private func money(_ amount: Cents) -> Message {
        Message(nl: amount.formattedExact(.nl), en: amount.formattedExact(.en))
    }

    func status(_ raw: String?) -> Message {
        guard let raw else { return nothing }
        return ApplicationStatus(rawValue: raw).map(Message.status) ?? Message(both: raw)
    }

    /// The record as this entry kept it, else as the dossier has it now, else as the latest entry
    /// that kept it (a record removed since).
    private func snapshot(_ entry: HistoryEntry) -> RecordSnapshot? {
        if let before = entry.before { return before }
        switch entry.subject {
        case .application(let id): if let a = dossier.applications.first(where: { $0.id == id }) { return .application(a) }
        case .session(let id): if let s = dossier.sessions.first(where: { $0.id == id }) { return .session(s) }
        case .contact(let id): if let c = dossier.contacts.first(where: { $0.id == id }) { return .contact(c) }
        case .followUp(let id):
            for s in dossier.sessions { if let f = s.followUps.first(where: { $0.id == id }) { return .followUp(f, session: s.id) } }
        case .dossier: return nil
        }
        return dossier.history.last { $0.subject == entry.subject && $0.before != nil }?.before
    }

    func applicationTitle(_ id: String) -> String? {
        if let title = dossier.applications.first(where: { $0.id == id })?.title { return title }
        for entry in dossier.history.reversed() {
            if case .application(let a)? = entry.before, a.id == id { return a.title }
        }
        return nil
    }

    private func sessionName(_ id: String, _ entry: HistoryEntry, withSummary: Bool) -> Message {
        var found: AdviceSession?
        if case .session(let s)? = snapshot(entry) { found = s }
        guard let s = found else {
            if let (day, _, summary) = HistoryWords.sessionParts(entry.new ?? "") {
                return Message(nl: "gesprek van ", en: "session of ") + day.description + (withSummary ? ": " + summary : "")
            }
            return Message(nl: "gesprek", en: "session")
        }
        let kindName = Message.kind(s.kind)
        let name = Message(nl: "Gesprek van \(s.date) (\(kindName.nl))", en: "Session of \(s.date) (\(kindName.en))")
        return withSummary ? name + ": " + Dossier.firstLine(s.summary) : name
    }

    private func followUpText(_ id: String, _ entry: HistoryEntry) -> String? {
        if case .followUp(let f, _)? = snapshot(entry) { return f.text }
        return nil
    }

    private func contactName(_ id: String, _ entry: HistoryEntry) -> String {
        if case .contact(let c)? = snapshot(entry) { return c.name + (c.role.isEmpty ? "" : " (\(c.role))") }
        // As it was recorded when it was added: "Name, role".
        let recorded = entry.action == .created ? entry.new ?? "" : ""
        guard let comma = recorded.firstRange(of: ", ") else { return recorded }
        return String(recorded[..<comma.lowerBound]) + " (" + String(recorded[comma.upperBound...]) + ")"
    }

    /// What a value that is not there reads as.
    var nothing: Message { Message(both: "–") }

    /// A field as a change names it: the form's label where the field has one.
    func label(_ field: RecordField) -> Message {
        switch field {
        case .application(.title): .fieldTitle
        case .application(.activities): .fieldActivities
        case .application(.actionLines), .session(.actionLines): .fieldActionLines
        case .application(.team), .dossier(.team): .fieldTeam
        case .application(.requested): .fieldRequested
        case .application(.granted): .fieldGranted
        case .application(.plannedStart): .fieldStart
        case .application(.plannedEnd): .fieldEnd
        case .application(.outcome): .fieldOutcome
        case .session(.date): .fieldDate
        case .session(.kind): .fieldKind
        case .session(.summary): .fieldSummary
        case .session(.minutes): .fieldMinutes
        case .session(.participants): Message(nl: "deelnemers", en: "participants")
        case .followUp(.text): .fieldText
        case .followUp(.due): .fieldDue
        case .contact(.name): .fieldName
        case .contact(.role): .fieldRole
        case .contact(.email): .fieldEmail
        case .contact(.phone): .fieldPhone
        // No edit changes these (a step, a tick and a notice have sentences of their own; the
        // dossier's own fields change only in a merge), but a notice of merging may name them.
        case .application(.status): Message(both: "status")
        case .followUp(.done): Message(nl: "afgevinkt", en: "ticked off")
        case .dossier(.adviser): Message(nl: "adviseur", en: "adviser")
        case .dossier(.notes): Message(nl: "notities", en: "notes")
        case .dossier(.notice): Message(nl: "melding", en: "notice")
        }
    }

    /// A recorded value as a person reads it: money for amounts, names for kinds and statuses, text quoted and to its first line.
    func value(_ field: RecordField?, _ raw: String?) -> Message {
        guard let raw, !raw.isEmpty else { return nothing }
        switch field {
        case .application(.requested)?, .application(.granted)?: return Cents(parsing: raw).map(money) ?? Message(both: raw)
        case .session(.kind)?: return SessionKind(rawValue: raw).map(Message.kind) ?? Message(both: raw)
        case .application(.status)?: return status(raw)
        case .followUp(.done)?: return raw == "true" ? Message(nl: "afgevinkt", en: "ticked off") : Message(both: "open")
        case .application(.team)?, .dossier(.team)?: return Message(both: Team(rawValue: raw).map(Message.teamLabel) ?? raw)
        case .application(.plannedStart)?, .application(.plannedEnd)?, .session(.date)?, .followUp(.due)?, .session(.minutes)?,
             .session(.actionLines)?, .application(.actionLines)?:
            return Message(both: raw)
        default: return Message(both: "‘" + Dossier.firstLine(raw) + (raw.contains("\n") ? " …" : "") + "’")
        }
    }

    /// "Title (9500.00)" → the title and the amount; the whole text as the title when there is no amount.
    static func titleAndAmount(_ text: String) -> (String, Cents?) {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex,
              text[text.index(before: open)] == " ",
              let amount = Cents(parsing: String(text[text.index(after: open)..<text.index(before: text.endIndex)])) else { return (text, nil) }
        return (String(text[..<text.index(before: open)]), amount)
    }

    /// "2023-10-16 advice: summary" → its day, kind and summary.
    static func sessionParts(_ text: String) -> (CalendarDay, SessionKind, String)? {
        guard let space = text.firstIndex(of: " "), let day = CalendarDay(parsing: String(text[..<space])) else { return nil }
        let rest = text[text.index(after: space)...]
        guard let colon = rest.firstRange(of: ": "), let kind = SessionKind(rawValue: String(rest[..<colon.lowerBound])) else { return nil }
        return (day, kind, String(rest[colon.upperBound...]))
    }
}

extension String {
    var capitalizedFirstLetter: String { prefix(1).uppercased() + dropFirst() }
    var lowercasedFirstLetter: String { prefix(1).lowercased() + dropFirst() }
}
