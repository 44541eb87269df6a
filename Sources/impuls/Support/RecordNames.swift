import ImpulsCore
import ImpulsText

/// A record named on the command line, or a usage failure (exit status 2) that says the name fits
/// none or several and lists the records to choose from, each as the dossier shows it with the
/// start of its id in `[ ]` (which names it too).
struct RecordNames {
    let workspace: Workspace
    let municipality: Municipality
    let dossier: Dossier
    var language: Language { workspace.language }

    func contact(_ typed: String) throws -> Contact {
        try chosen(dossier.contacts(matching: typed), .contact, typed: typed, all: dossier.contacts, line: line)
    }

    /// A session by its date or id; with `latest`, the session of the latest day (one of them
    /// must be given, not both).
    func session(_ typed: String?, latest: Bool) throws -> AdviceSession {
        let all = dossier.sessions.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
        switch (typed, latest) {
        case (let typed?, false): return try chosen(dossier.sessions(matching: typed), .session, typed: typed, all: all, line: line)
        case (nil, true):
            // Several held on the latest day: that day is what fits them all.
            return try chosen(dossier.latestSession, .session, typed: all.first?.date.description ?? "", all: all, line: line)
        default: throw CommandFailure.usage(Message.command(.sessionNamedOnce, language))
        }
    }

    func followUp(_ typed: String) throws -> Dossier.PlacedFollowUp {
        try chosen(dossier.followUps(matching: typed), .followUp, typed: typed, all: dossier.placedFollowUps, line: line)
    }

    /// The follow-up `done`/`undone` means: of several named so, those it would change.
    func followUp(_ typed: String, toDone done: Bool) throws -> Dossier.PlacedFollowUp {
        try chosen(dossier.followUps(matching: typed, toDone: done), .followUp, typed: typed, all: dossier.placedFollowUps, line: line)
    }

    /// The application an edit is about: the one named, or the only draft.
    func applicationToEdit(_ typed: String?) throws -> Application {
        try chosen(dossier.applicationToEdit(named: typed), .application, typed: typed ?? "", all: dossier.applications, line: line)
    }

    private func chosen<R>(_ match: RecordMatch<R>, _ kind: RecordWord, typed: String, all: [R], line: (R) -> String) throws -> R {
        let name = municipality.name
        let shown = typed.escapingControlCharacters
        switch match {
        case .found(let record): return record
        case .none:
            throw CommandFailure.usage(([Message.command(.recordNotFound(kind, typed: shown, municipality: name, count: all.count), language)]
                                        + all.map(line)).joined(separator: "\n"))
        case .several(let candidates):
            throw CommandFailure.usage(([Message.command(.recordAmbiguous(kind, typed: shown, municipality: name), language)]
                                        + candidates.map(line)).joined(separator: "\n"))
        }
    }

    // Each record on a line of its own, as the dossier shows it.
    func line(_ c: Contact) -> String {
        "  " + [c.name, c.role, c.email, c.phone].filter { !$0.isEmpty }.joined(separator: " · ") + "  [\(c.id.prefix(8))]"
    }

    func line(_ s: AdviceSession) -> String {
        "  \(s.date)  \(Message.kind(s.kind, language))  \(Dossier.firstLine(s.summary))  [\(s.id.prefix(8))]"
    }

    func line(_ p: Dossier.PlacedFollowUp) -> String {
        let f = p.followUp
        return "  [\(f.done ? "x" : " ")] \(f.due)  \(f.text)  " + Message.ui(.followUpFrom(p.session.date.description)).text(language) + "  [\(f.id.prefix(8))]"
    }

    func line(_ a: Application) -> String {
        "  [\(Message.status(a.status, language))] \(a.title) — \(a.requested.formattedExact(language))  [\(a.idPrefix)]"
    }
}
