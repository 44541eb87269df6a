/// Retention (AVG art. 5(1)(e)): a dossier with no activity since a day keeps its figures and its
/// workflow, but no longer the people in it.
extension Dossier {
    /// The last day anything happened in it: a change recorded, a session, a step taken.
    public var lastActivity: CalendarDay? {
        let days = history.map(\.on) + sessions.map(\.date) + applications.flatMap { $0.stepDates.values }
        return days.max()
    }

    /// Every person it names, as texts to erase: contacts' names, e-mail addresses and phone
    /// numbers and sessions' participants — as they are now and as its history kept them.
    public var personalTexts: [PersonalText] {
        var texts: [String] = []
        func contact(_ c: Contact) { texts += [c.name, c.email, c.phone] }
        func session(_ s: AdviceSession) { texts += s.participants }
        contacts.forEach(contact)
        sessions.forEach(session)
        for entry in history {
            switch entry.before {
            case .contact(let c)?: contact(c)
            case .session(let s)?: session(s)
            default: break
            }
            switch entry.field {
            case .contact(.name)?, .contact(.email)?, .contact(.phone)?: texts += [entry.old, entry.new].compactMap { $0 }
            case .session(.participants)?: texts += [entry.old, entry.new].compactMap { $0 }.flatMap { $0.split(separator: ",").map(String.init) }
            default: break
            }
            if case .contact = entry.subject, entry.action == .created, let new = entry.new {
                // "Name, role" as a contact's creation recorded it.
                texts.append(String(new.split(separator: ",").first ?? ""))
            }
        }
        var seen = Set<String>()
        return texts.compactMap { PersonalText($0) }.filter { seen.insert($0.folded).inserted }
            .sorted { $0.folded < $1.folded }
    }

    /// The dossier without the people in it: every contact removed, every participant and every
    /// mention of them (in notes, summaries, the history and notices) replaced by the marker; the
    /// same on every laptop for every version of the dossier.
    public func purgedOfPersons() -> Dossier {
        var purged = personalTexts.reduce(self) { $0.scrubbed(of: $1) }
        purged.contacts.removeAll()
        for i in purged.sessions.indices {
            purged.sessions[i].participants = purged.sessions[i].participants.map { _ in PersonalText.marker }
        }
        return purged
    }

    /// `purgedOfPersons()`, recorded under the request `erasure`; nil when it names nobody.
    public func purging(erasure: String, context: ChangeContext) -> Dossier? {
        let purged = purgedOfPersons()
        guard purged.contacts != contacts || purged.sessions != sessions || purged.history != history || purged.notes != notes
                || purged.notices != notices || purged.applications != applications else { return nil }
        var recorded = purged
        recorded.record(recorded.newChange(context), context, subject: .dossier, action: .erased, note: erasure)
        return recorded
    }
}
