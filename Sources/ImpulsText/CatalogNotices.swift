import ImpulsCore

/// Notices from merging in words, wherever people read them (sync, the dossier, the agenda,
/// `dossier show`, `check`): the record by its name, the field by its label, values and statuses
/// as the history says them, and who made each change and when — never a record's id.
extension Message {
    /// A notice of merging about `dossier`, after its municipality's name: "Ameland: Aanvraag
    /// ‘Buurtteams versterken’: toegekend door Anne de Vries (3 okt) gehouden; afgewezen door Bram
    /// Bakker (4 okt) niet toegepast". The dossier holds what the notice names (titles, the changes).
    public static func notice(_ n: Notice, in dossier: Dossier) -> Message {
        let name = ReferenceData.shared.municipality(dossier.code)?.name ?? dossier.code.rawValue
        let body = NoticeWords(notice: n, dossier: dossier).body
        return Message(nl: name + ": " + (n.blocking ? "BLOKKEERT — " : "") + body.nl, en: name + ": " + (n.blocking ? "BLOCKING — " : "") + body.en)
    }
}

/// The sentence of one notice, each kind written once in both languages.
struct NoticeWords {
    let notice: Notice
    let dossier: Dossier
    let words: HistoryWords

    init(notice: Notice, dossier: Dossier) {
        self.notice = notice
        self.dossier = dossier
        words = HistoryWords(dossier: dossier, namingApplication: true)
    }

    var body: Message {
        switch notice.kind {
        case .fieldClash: return fieldClash
        case .removedEdited: return removedEdited
        case .transitionClash: return transitionClash
        case .twoGranted: return twoGranted
        case .twoOpen: return twoOpen
        case .teamCopyKept: return teamCopyKept
        case .historyRemoved:
            let (count, by) = (notice.lost ?? "?", changesBy)
            return Message(nl: "een kopie miste \(count) \(count == "1" ? "regel" : "regels") geschiedenis\(by.nl), met de hand of door een geforceerde push gewist; de geschiedenis is weer compleet, de wijzigingen van die kopie zijn niet overgenomen",
                           en: "a copy lacked \(count) history \(count == "1" ? "entry" : "entries")\(by.en), removed by hand or by a forced push; the history is complete again, that copy's changes were not taken")
        case .historyRemovedOnBothSides:
            let (count, by) = (notice.lost ?? "?", changesBy)
            return Message(nl: "beide kopieën misten geschiedenis, samen \(count) \(count == "1" ? "regel" : "regels")\(by.nl); de geschiedenis is weer compleet, en wat zonder vastgelegde verwijdering ontbrak is teruggezet",
                           en: "both copies lacked history, \(count) \(count == "1" ? "entry" : "entries") in all\(by.en); the history is complete again, and what was missing without a recorded removal is back")
        }
    }

    // MARK: kinds

    /// "Gesprek van 2023-10-02 (advies), soort: intake van Anne de Vries (3 okt) gehouden; telefoon van Bram Bakker (4 okt) niet overgenomen".
    private var fieldClash: Message {
        let field = notice.field
        let label = field.map(words.label)?.mapped(\.lowercasedFirstLetter) ?? Message(both: "")
        let kept = words.value(field, notice.kept), lost = words.value(field, notice.lost)
        let keptBy = madeBy(change(field: field, to: notice.kept), fallback: nil)
        let lostBy = madeBy(change(field: field, to: notice.lost), fallback: notice.by)
        return joined(recordName, Message(both: ", "), label, Message(both: ": "), kept, by(keptBy, nl: "van", en: "by"),
                      Message(nl: " gehouden; ", en: " kept; "), lost, by(lostBy, nl: "van", en: "by"), Message(nl: " niet overgenomen", en: " not taken"))
    }

    /// "Gesprek van 2023-10-02 (advies): verwijderd door Anne de Vries (3 okt) en tegelijk gewijzigd door Bram Bakker (4 okt); bewaard, met de wijziging".
    private var removedEdited: Message {
        let entries = dossier.history.filter { $0.subject == notice.subject }
        let removal = madeBy(entries.last { $0.action == .removed }, fallback: nil)
        let edit = madeBy(entries.last { $0.action != .removed && $0.action != .created && $0.action != .undo }, fallback: nil)
        return joined(recordName, Message(nl: ": verwijderd", en: ": deleted"), by(removal, nl: "door", en: "by"),
                      Message(nl: " en tegelijk gewijzigd", en: " and edited at the same time"), by(edit, nl: "door", en: "by"),
                      Message(nl: "; bewaard, met de wijziging", en: "; kept, with the edit"))
    }

    /// "Aanvraag ‘Buurtteams versterken’: toegekend door Anne de Vries (3 okt) gehouden; afgewezen door Bram Bakker (4 okt) niet toegepast".
    private var transitionClash: Message {
        let kept = madeBy(step(of: notice.subject, to: notice.kept), fallback: nil)
        let lost = madeBy(step(of: notice.subject, to: notice.lost), fallback: notice.by)
        return joined(recordName, Message(both: ": "), words.status(notice.kept), by(kept, nl: "door", en: "by"), Message(nl: " gehouden; ", en: " kept; "),
                      words.status(notice.lost), by(lost, nl: "door", en: "by"), Message(nl: " niet toegepast", en: " not applied"))
    }

    /// "twee aanvragen zijn toegekend: ‘Plan A’ (door Anne de Vries, 3 okt) en ‘Plan B’ (door Bram Bakker, 4 okt); trek er één in".
    private var twoGranted: Message {
        func granted(_ id: String?) -> Message {
            application(id, status: nil, move: id.flatMap { step(of: .application($0), to: ApplicationStatus.approved.rawValue) })
        }
        return joined(Message(nl: "twee aanvragen zijn toegekend: ", en: "two applications are granted: "), granted(notice.kept),
                      Message(nl: " en ", en: " and "), granted(notice.lost), Message(nl: "; trek er één in", en: "; withdraw one"))
    }

    /// "twee aanvragen staan tegelijk open: ‘Plan A’ (ingediend door Anne de Vries, 3 okt) en ‘Plan B’ (concept door Bram Bakker, 4 okt); trek er één in".
    private var twoOpen: Message {
        func open(_ id: String?) -> Message {
            let status = id.flatMap { id in dossier.applications.first { $0.id == id }?.status }
            let move = id.flatMap { id in dossier.history.last { $0.subject == .application(id) && ($0.action == .transition || $0.action == .created) } }
            return application(id, status: status, move: move)
        }
        return joined(Message(nl: "twee aanvragen staan tegelijk open: ", en: "two applications are open at once: "), open(notice.kept),
                      Message(nl: " en ", en: " and "), open(notice.lost), Message(nl: "; trek er één in", en: "; withdraw one"))
    }

    /// An application by its title, with where it stands and who brought it there when: "‘Plan A’ (ingediend door Anne de Vries, 3 okt)".
    private func application(_ id: String?, status: ApplicationStatus?, move: HistoryEntry?) -> Message {
        let title = id.flatMap(words.applicationTitle).map { Message(both: "‘" + $0 + "’") } ?? Message(nl: "een aanvraag", en: "an application")
        let standing: Message? = status.map { Message.status($0) }
        guard let who = madeBy(move, fallback: nil) else { return standing.map { joined(title, Message(both: " ("), $0, Message(both: ")")) } ?? title }
        let day: Message = who.day.map { Message(both: ", ") + $0 } ?? Message(both: "")
        let by = standing.map { joined($0, Message(nl: " door ", en: " by ")) } ?? Message(nl: "door ", en: "by ")
        return joined(title, Message(both: " ("), by, who.name, day, Message(both: ")"))
    }

    /// "de versie uit commit 9c9a308 van Bram Bakker (4 okt) kon niet gelezen worden; de versie van deze laptop is gehouden en gedeeld".
    private var teamCopyKept: Message {
        let problem = Message.teamCopyProblem(notice.teamCopyProblem ?? .unreadable)
        let who: Message = notice.by.map { Message(nl: " van ", en: " by ") + Message.author($0) } ?? Message(both: "")
        return joined(Message(nl: "de versie uit commit ", en: "the copy from commit "), Message(both: notice.lost ?? "?"), who,
                      Message(both: " ("), shortDay(notice.at.day), Message(both: ") "), problem,
                      Message(nl: "; de versie van deze laptop is gehouden en gedeeld", en: "; this laptop's copy was kept and shared"))
    }

    // MARK: names, who and when

    /// The record the notice is about, by its name: "Aanvraag ‘Buurtteams versterken’".
    private var recordName: Message {
        switch notice.subject {
        case .dossier: return Message(nl: "Het dossier", en: "The dossier")
        case .application(let id):
            guard let title = words.applicationTitle(id) else { return Message(nl: "Een aanvraag", en: "An application") }
            return Message(nl: "Aanvraag", en: "Application") + words.quoted(title)
        case .session:
            guard case .session(let s)? = record else { return Message(nl: "Een gesprek", en: "A session") }
            let kind = Message.kind(s.kind)
            return Message(nl: "Gesprek van \(s.date) (", en: "Session of \(s.date) (") + kind + ")"
        case .followUp:
            guard case .followUp(let f, _)? = record else { return Message(nl: "Een actie", en: "A follow-up") }
            return Message(nl: "Actie", en: "Follow-up") + words.quoted(f.text)
        case .contact:
            guard case .contact(let c)? = record else { return Message(nl: "Een contactpersoon", en: "A contact") }
            return Message(nl: "Contactpersoon ", en: "Contact ") + c.name + (c.role.isEmpty ? "" : " (\(c.role))")
        }
    }

    /// The record as the dossier has it, else as the latest entry about it kept it.
    private var record: RecordSnapshot? {
        switch notice.subject {
        case .session(let id): if let s = dossier.sessions.first(where: { $0.id == id }) { return .session(s) }
        case .contact(let id): if let c = dossier.contacts.first(where: { $0.id == id }) { return .contact(c) }
        case .followUp(let id):
            for s in dossier.sessions { if let f = s.followUps.first(where: { $0.id == id }) { return .followUp(f, session: s.id) } }
        case .application(let id): if let a = dossier.applications.first(where: { $0.id == id }) { return .application(a) }
        case .dossier: return nil
        }
        return dossier.history.last { $0.subject == notice.subject && $0.before != nil }?.before
    }

    /// The latest change of the notice's record that set `field` to `value`.
    private func change(field: RecordField?, to value: String?) -> HistoryEntry? {
        guard let field, let value else { return nil }
        return dossier.history.last { $0.subject == notice.subject && $0.field == field && $0.action != .transition && $0.new == value }
    }

    /// The latest step of an application to `status`.
    private func step(of subject: Subject, to status: String?) -> HistoryEntry? {
        guard let status else { return nil }
        return dossier.history.last { $0.subject == subject && $0.action == .transition && $0.new == status }
    }

    /// Who made a change and on which day; `fallback` names someone when no entry was found.
    private func madeBy(_ entry: HistoryEntry?, fallback: String?) -> (name: Message, day: Message?)? {
        if let entry { return (Message.author(entry.by), shortDay(entry.on)) }
        return fallback.map { (Message.author($0), nil) }
    }

    /// The parts one after another, each language by its own.
    private func joined(_ parts: Message...) -> Message {
        Message { language in parts.map { $0.text(language) }.joined() }
    }

    /// " van Anne de Vries (3 okt)", or nothing when nobody is known.
    private func by(_ who: (name: Message, day: Message?)?, nl: String, en: String) -> Message {
        guard let who else { return Message(both: "") }
        let day: Message = who.day.map { joined(Message(both: " ("), $0, Message(both: ")")) } ?? Message(both: "")
        return joined(Message(nl: " " + nl + " ", en: " " + en + " "), who.name, day)
    }

    /// " (wijzigingen van Anne de Vries, Bram Bakker)": whose history entries a copy lacked.
    private var changesBy: Message {
        guard let by = notice.by, !by.isEmpty else { return Message(both: "") }
        let names = by.split(separator: ", ").map { Message.author(String($0)) }
        let list = Message { language in names.map { $0.text(language) }.joined(separator: ", ") }
        return Message(nl: " (wijzigingen van ", en: " (changes by ") + list + ")"
    }

    /// "3 okt", "3 Oct"; with the year when it is not the notice's own.
    private func shortDay(_ day: CalendarDay) -> Message {
        let month = max(1, min(12, day.month)) - 1
        let nl = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
        let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let year = day.year == notice.at.day.year ? "" : " \(day.year)"
        return Message(nl: "\(day.day) \(nl[month])\(year)", en: "\(day.day) \(en[month])\(year)")
    }
}
