import ImpulsCore

/// History in words: each entry as a sentence a person reads, in the interface language — amounts
/// as money, statuses and kinds by their names, records by what they are called, never by id.
extension Message {
    /// One change (its entries) about this dossier, e.g. "Status: concept → ingediend" (a step
    /// names the application when the dossier has more than one).
    public static func changeInWords(_ change: Dossier.Change, in dossier: Dossier, _ language: Language) -> String {
        let words = HistoryWords(dossier: dossier, language: language, namingApplication: nil)
        let parts = change.entries.prefix(3).map { words.sentence($0) }
        return parts.joined(separator: "; ") + (change.entries.count > 3 ? " …" : "")
    }

    /// One history entry as a sentence: "Aanvraag ‘Wijkgericht werken’ aangemaakt, € 9.500",
    /// "Status: concept → ingediend, toelichting: …". `namingApplication`: whether to name the
    /// application (false under its own heading); nil names it where it is made, and in a step or
    /// a field change only when the dossier has more than one application.
    public static func entryInWords(_ entry: HistoryEntry, in dossier: Dossier, _ language: Language,
                                    namingApplication: Bool? = nil) -> String {
        HistoryWords(dossier: dossier, language: language, namingApplication: namingApplication).sentence(entry)
    }

    /// The history by day (only about `subject` when given), each entry with its sentence.
    public static func historyInWords(_ dossier: Dossier, _ language: Language, of subject: Subject? = nil,
                                      namingApplication: Bool? = nil) -> [(entry: HistoryEntry, words: String)] {
        let words = HistoryWords(dossier: dossier, language: language, namingApplication: namingApplication)
        return dossier.historyByDay(of: subject).map { ($0, words.sentence($0)) }
    }

    /// Who made a change: the name recorded, or "onbekend"/"unknown" when no adviser was set.
    public static func author(_ by: String, _ language: Language) -> String {
        HistoryWords.isUnknown(by) ? (language == .nl ? "onbekend" : "unknown") : by
    }

    /// Whether a change was made without an adviser set (and so reads as "onbekend").
    public static func isUnknownAuthor(_ by: String) -> Bool { HistoryWords.isUnknown(by) }
}

/// The sentences of `Message.entryInWords`, with what they need to name records.
struct HistoryWords {
    let dossier: Dossier
    let language: Language
    /// Whether a step or field change names its application, and whether its creation does.
    let namingInSteps: Bool
    let namingInCreation: Bool
    var nl: Bool { language == .nl }

    init(dossier: Dossier, language: Language, namingApplication: Bool?) {
        self.dossier = dossier
        self.language = language
        namingInSteps = namingApplication ?? (HistoryWords.applicationCount(dossier) > 1)
        namingInCreation = namingApplication ?? true
    }

    static func isUnknown(_ by: String) -> Bool {
        let trimmed = by.trimmingSpaces
        return trimmed.isEmpty || trimmed == "?"
    }

    /// Applications the dossier has or had (a removed draft still counts: its entries remain).
    static func applicationCount(_ dossier: Dossier) -> Int {
        var ids = Set(dossier.applications.map(\.id))
        for entry in dossier.history { if case .application(let id) = entry.subject { ids.insert(id) } }
        return ids.count
    }

    func sentence(_ entry: HistoryEntry) -> String {
        var text = body(entry)
        if let undone = entry.undoes, entry.action != .undo {
            let isRedo = dossier.history.contains { $0.change == undone && $0.undoes != nil }
            text += isRedo ? (nl ? " (opnieuw gedaan)" : " (redone)") : (nl ? " (ongedaan gemaakt)" : " (undone)")
        }
        return text
    }

    private func body(_ entry: HistoryEntry) -> String {
        switch (entry.subject, entry.action) {
        case (_, .undo): return nl ? "Een wijziging ongedaan gemaakt" : "A change undone"
        case (.application(let id), let action): return application(id, action, entry)
        case (.session(let id), let action): return session(id, action, entry)
        case (.followUp(let id), let action): return followUp(id, action, entry)
        case (.contact(let id), let action): return contact(id, action, entry)
        case (.dossier, .imported): return (nl ? "Geïmporteerd uit " : "Imported from ") + (entry.new ?? "")
        case (.dossier, .resolved): return notice(entry.new, resolved: true)
        case (.dossier, .changed) where entry.field == .dossier(.notice): return notice(entry.new ?? entry.old, resolved: entry.new != nil)
        case (.dossier, _): return changed(nil, entry)
        }
    }

    // MARK: records

    private func application(_ id: String, _ action: HistoryEntry.Action, _ entry: HistoryEntry) -> String {
        switch action {
        case .created:
            // As it was recorded: "Title (9500.00)".
            let (recorded, amount) = HistoryWords.titleAndAmount(entry.new ?? "")
            let name = namingInCreation ? quoted(recorded.isEmpty ? applicationTitle(id) : recorded) : ""
            return (nl ? "Aanvraag\(name) aangemaakt" : "Application\(name) created") + (amount.map { ", " + $0.formattedExact(language) } ?? "")
        case .removed:
            let name = namingInCreation ? quoted(applicationTitle(id)) : ""
            return nl ? "Aanvraag\(name) weggehaald" : "Application\(name) taken away"
        case .transition:
            let prefix = namingInSteps ? (nl ? "Status van" : "Status of") + quoted(applicationTitle(id)) : "Status"
            var text = prefix + ": " + status(entry.old) + " → " + status(entry.new)
            if let note = entry.note, !note.isEmpty { text += (nl ? ", toelichting: " : ", note: ") + note }
            return text
        default:
            return changed(namingInSteps ? (nl ? "Aanvraag" : "Application") + quoted(applicationTitle(id)) : nil, entry)
        }
    }

    private func session(_ id: String, _ action: HistoryEntry.Action, _ entry: HistoryEntry) -> String {
        switch action {
        case .created:
            // As it was recorded: "2023-10-16 advice: first line of the summary".
            guard let (day, kind, summary) = HistoryWords.sessionParts(entry.new ?? "") else {
                return (nl ? "Gesprek vastgelegd: " : "Session logged: ") + (entry.new ?? "")
            }
            return nl ? "Gesprek van \(day) (\(Message.kind(kind, language))) vastgelegd: \(summary)"
                : "Session of \(day) (\(Message.kind(kind, language))) logged: \(summary)"
        case .removed:
            return (nl ? "Verwijderd: " : "Deleted: ") + sessionName(id, entry, withSummary: true)
        default:
            return changed(sessionName(id, entry, withSummary: false), entry)
        }
    }

    private func followUp(_ id: String, _ action: HistoryEntry.Action, _ entry: HistoryEntry) -> String {
        switch action {
        case .created:
            let text = entry.new ?? ""
            if let space = text.firstIndex(of: " "), let due = CalendarDay(parsing: String(text[..<space])) {
                let what = String(text[text.index(after: space)...])
                return nl ? "Actie ‘\(what)’ toegevoegd, uiterlijk \(due)" : "Follow-up ‘\(what)’ added, due \(due)"
            }
            return (nl ? "Actie toegevoegd: " : "Follow-up added: ") + text
        case .removed: return nl ? "Actie\(quoted(followUpText(id, entry))) verwijderd" : "Follow-up\(quoted(followUpText(id, entry))) deleted"
        case .changed where entry.field == .followUp(.done):
            let name = quoted(followUpText(id, entry))
            return entry.new == "true" ? (nl ? "Actie\(name) afgevinkt" : "Follow-up\(name) ticked off")
                : (nl ? "Actie\(name) weer open" : "Follow-up\(name) open again")
        default:
            return changed((nl ? "Actie" : "Follow-up") + quoted(followUpText(id, entry)), entry)
        }
    }

    private func contact(_ id: String, _ action: HistoryEntry.Action, _ entry: HistoryEntry) -> String {
        switch action {
        case .created:
            let name = contactName(id, entry)
            return nl ? "Contactpersoon \(name) toegevoegd" : "Contact \(name) added"
        case .removed: return nl ? "Contactpersoon \(contactName(id, entry)) verwijderd" : "Contact \(contactName(id, entry)) deleted"
        default: return changed((nl ? "Contactpersoon " : "Contact ") + contactName(id, entry), entry)
        }
    }

    private func notice(_ id: String?, resolved: Bool) -> String {
        let head = resolved ? (nl ? "Melding afgehandeld" : "Notice resolved") : (nl ? "Melding weer open" : "Notice open again")
        guard let id, let notice = dossier.notices.first(where: { $0.id == id }) else { return head }
        let name = ReferenceData.shared.municipality(dossier.code)?.name ?? dossier.code.rawValue
        return head + ": " + Message.notice(notice, dossier: name).text(language)
    }

    /// "Label: old → new" (or "Label: new" when there was nothing), after `record` when given.
    private func changed(_ record: String?, _ entry: HistoryEntry) -> String {
        let field = entry.field?.name ?? ""
        let label = fieldLabel(field)
        let old = value(field, entry.old)
        let new = value(field, entry.new)
        let change = old == "–" ? label + ": " + new : label + ": " + old + " → " + new
        guard let record else { return change.capitalizedFirstLetter }
        return record + ", " + change
    }

    // MARK: names and values

    private func quoted(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        return " ‘" + text + "’"
    }

    private func status(_ raw: String?) -> String {
        guard let raw else { return "–" }
        return ApplicationStatus(rawValue: raw).map { Message.status($0, language) } ?? raw
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

    private func applicationTitle(_ id: String) -> String? {
        if let title = dossier.applications.first(where: { $0.id == id })?.title { return title }
        for entry in dossier.history.reversed() {
            if case .application(let a)? = entry.before, a.id == id { return a.title }
        }
        return nil
    }

    private func sessionName(_ id: String, _ entry: HistoryEntry, withSummary: Bool) -> String {
        var found: AdviceSession?
        if case .session(let s)? = snapshot(entry) { found = s }
        guard let s = found else {
            if let (day, _, summary) = HistoryWords.sessionParts(entry.new ?? "") {
                return (nl ? "gesprek van " : "session of ") + day.description + (withSummary ? ": " + summary : "")
            }
            return nl ? "gesprek" : "session"
        }
        let name = (nl ? "Gesprek van " : "Session of ") + s.date.description + " (" + Message.kind(s.kind, language) + ")"
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

    private func fieldLabel(_ field: String) -> String {
        let label: Message? = switch field {
        case "requested": .fieldRequested
        case "granted": .fieldGranted
        case "plannedStart": .fieldStart
        case "plannedEnd": .fieldEnd
        case "title": .fieldTitle
        case "activities": .fieldActivities
        case "actionLines": .fieldActionLines
        case "team": .fieldTeam
        case "outcome": .fieldOutcome
        case "date": .fieldDate
        case "kind": .fieldKind
        case "summary": .fieldSummary
        case "minutes": .fieldMinutes
        case "text": .fieldText
        case "due": .fieldDue
        case "name": .fieldName
        case "role": .fieldRole
        case "email": .fieldEmail
        case "phone": .fieldPhone
        default: nil
        }
        if field == "participants" { return nl ? "deelnemers" : "participants" }
        return (label?.text(language) ?? field).lowercasedFirstLetter
    }

    /// A recorded value as a person reads it: money for amounts, names for kinds, text quoted and to its first line.
    private func value(_ field: String, _ raw: String?) -> String {
        guard let raw, !raw.isEmpty else { return "–" }
        switch field {
        case "requested", "granted": return Cents(parsing: raw)?.formattedExact(language) ?? raw
        case "kind": return SessionKind(rawValue: raw).map { Message.kind($0, language) } ?? raw
        case "team": return Team(rawValue: raw).map { Message.teamLabel($0) } ?? raw
        case "plannedStart", "plannedEnd", "date", "due", "minutes", "actionLines": return raw
        default: return "‘" + Dossier.firstLine(raw) + (raw.contains("\n") ? " …" : "") + "’"
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
