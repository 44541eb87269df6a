/// Where a person's data is in a dossier, and the dossier without it: what `privacy find`,
/// `privacy export` and `privacy erase` work from. One walk over every text of a dossier —
/// records, the dossier's notes, notices, and every history entry's values and snapshots — so that
/// finding and erasing can never disagree about what there is.
extension Dossier {
    /// One place a person's text occurs.
    public struct Mention: Sendable, Hashable {
        /// The record (nil: the dossier itself), or the history entry's subject.
        public var subject: Subject
        /// The field, as the file names it (`name`, `summary`, `participants`, `kept`, …).
        public var field: String
        /// The whole value it occurs in.
        public var value: String
        /// The history entry it is in (nil: the dossier as it is now, or a notice).
        public var historyEntry: String?
        /// The notice it is in.
        public var notice: String?
        /// The day of the history entry, or of the session.
        public var on: CalendarDay?

        public init(subject: Subject, field: String, value: String, historyEntry: String?, notice: String?, on: CalendarDay?) {
            self.subject = subject
            self.field = field
            self.value = value
            self.historyEntry = historyEntry
            self.notice = notice
            self.on = on
        }
    }

    /// Every place `text` occurs, in the order of the file.
    /// A contact it names counts whole: every field of that contact, now and in the history (what
    /// an erasure removes, and what a person asking for their data is owed).
    public func mentions(of text: PersonalText) -> [Mention] {
        var found: [Mention] = []
        _ = walk(text, wholly: contactsNamed(by: text)) { subject, field, value, entry, notice, on, _ in
            found.append(Mention(subject: subject, field: field, value: value, historyEntry: entry, notice: notice, on: on))
            return nil
        }
        return found
    }

    /// The contacts `text` names by name, e-mail address or phone number (now or in the history).
    func contactsNamed(by text: PersonalText) -> Set<String> {
        var named = Set(contacts.filter { text.occurs(in: $0.name) || text.occurs(in: $0.email) || text.occurs(in: $0.phone) }.map(\.id))
        for entry in history {
            guard case .contact(let id) = entry.subject else { continue }
            if case .contact(let c)? = entry.before, text.occurs(in: c.name) || text.occurs(in: c.email) || text.occurs(in: c.phone) { named.insert(id) }
            if case .contact(let field)? = entry.field, field != .role, [entry.old, entry.new].contains(where: { $0.map(text.occurs(in:)) ?? false }) {
                named.insert(id)
            }
        }
        return named
    }

    /// The dossier with `text` erased: a contact it names is removed, with every old value of that
    /// contact in the history; a participant it names is replaced by `PersonalText.marker`; in every
    /// other text (and in the history's old values, snapshots and notices) each mention is replaced.
    /// Nothing else changes — dates, amounts, the workflow, ids, the history's entries — and nothing
    /// is recorded: the same on every laptop, for every version of the dossier in the team's history.
    public func scrubbed(of text: PersonalText) -> Dossier {
        var copy = self
        let named = contactsNamed(by: text)
        copy.contacts.removeAll { named.contains($0.id) }
        copy = copy.walk(text, wholly: named) { _, _, value, _, _, _, whole in whole ? PersonalText.marker : text.replacing(in: value) }
        return copy
    }

    /// `scrubbed(of:)`, recorded: one history entry says that personal data was erased (under
    /// `erasure`, the request's id), without the text. nil when the dossier does not mention it.
    public func erasing(_ text: PersonalText, erasure: String, context: ChangeContext) -> Dossier? {
        guard !mentions(of: text).isEmpty else { return nil }
        var erased = scrubbed(of: text)
        erased.record(erased.newChange(context), context, subject: .dossier, action: .erased, note: erasure)
        return erased
    }

    /// Calls `visit` with every text of the dossier that mentions `text` (or, for the records in
    /// `wholly`, every text of theirs at all), and writes back what it returns (nil: unchanged).
    /// `visit` gets the place, the value and whether the value counts whole (a named contact's).
    private func walk(_ text: PersonalText, wholly: Set<String> = [],
                      _ visit: (Subject, String, String, String?, String?, CalendarDay?, Bool) -> String?) -> Dossier {
        var d = self
        func see(_ value: inout String, _ subject: Subject, _ field: String, entry: String? = nil, notice: String? = nil,
                 on: CalendarDay? = nil, whole: Bool = false) {
            guard !value.isEmpty, value != PersonalText.marker, whole || text.occurs(in: value) else { return }
            if let new = visit(subject, field, value, entry, notice, on, whole) { value = new }
        }
        func see(_ value: inout String?, _ subject: Subject, _ field: String, entry: String? = nil, notice: String? = nil,
                 on: CalendarDay? = nil, whole: Bool = false) {
            guard var v = value else { return }
            see(&v, subject, field, entry: entry, notice: notice, on: on, whole: whole)
            value = v
        }
        see(&d.notes, .dossier, "notes")
        for i in d.contacts.indices {
            let s = Subject.contact(d.contacts[i].id), whole = wholly.contains(d.contacts[i].id)
            see(&d.contacts[i].name, s, "name", whole: whole); see(&d.contacts[i].role, s, "role", whole: whole)
            see(&d.contacts[i].email, s, "email", whole: whole); see(&d.contacts[i].phone, s, "phone", whole: whole)
        }
        for i in d.sessions.indices {
            let s = Subject.session(d.sessions[i].id), on = d.sessions[i].date
            for p in d.sessions[i].participants.indices {
                // A participant is a person: named, the whole entry goes.
                if text.occurs(in: d.sessions[i].participants[p]), visit(s, "participants", d.sessions[i].participants[p], nil, nil, on, false) != nil {
                    d.sessions[i].participants[p] = PersonalText.marker
                }
            }
            see(&d.sessions[i].summary, s, "summary", on: on)
            for f in d.sessions[i].followUps.indices {
                see(&d.sessions[i].followUps[f].text, .followUp(d.sessions[i].followUps[f].id), "text", on: on)
            }
        }
        for i in d.applications.indices {
            let s = Subject.application(d.applications[i].id)
            see(&d.applications[i].title, s, "title"); see(&d.applications[i].activities, s, "activities")
            see(&d.applications[i].outcome, s, "outcome")
        }
        for i in d.notices.indices {
            let n = d.notices[i]
            see(&d.notices[i].kept, n.subject, "kept", notice: n.id); see(&d.notices[i].lost, n.subject, "lost", notice: n.id)
        }
        for i in d.history.indices {
            let h = d.history[i]
            let whole: Bool
            if case .contact(let id) = h.subject { whole = wholly.contains(id) } else { whole = false }
            let field = h.field?.name ?? "value"
            see(&d.history[i].old, h.subject, field, entry: h.id, on: h.on, whole: whole)
            see(&d.history[i].new, h.subject, field, entry: h.id, on: h.on, whole: whole)
            see(&d.history[i].note, h.subject, "note", entry: h.id, on: h.on)
            if let before = h.before {
                d.history[i].before = before.walking { value, name in
                    var v = value
                    see(&v, h.subject, name, entry: h.id, on: h.on, whole: whole)
                    return v
                }
            }
        }
        return d
    }
}

extension RecordSnapshot {
    /// The snapshot with each of its texts passed through `change` (with the field's name).
    func walking(_ change: (String, String) -> String) -> RecordSnapshot {
        switch self {
        case .contact(var c):
            c.name = change(c.name, "name"); c.role = change(c.role, "role"); c.email = change(c.email, "email"); c.phone = change(c.phone, "phone")
            return .contact(c)
        case .session(var s):
            s.summary = change(s.summary, "summary")
            s.participants = s.participants.map { change($0, "participants") }
            for f in s.followUps.indices { s.followUps[f].text = change(s.followUps[f].text, "text") }
            return .session(s)
        case .followUp(var f, let session):
            f.text = change(f.text, "text")
            return .followUp(f, session: session)
        case .application(var a):
            a.title = change(a.title, "title"); a.activities = change(a.activities, "activities")
            a.outcome = a.outcome.map { change($0, "outcome") }
            return .application(a)
        }
    }
}
