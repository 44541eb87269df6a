/// Taking back the last change of a dossier, worked out from its history, so it also works after
/// a restart. The undo is itself recorded.
extension Dossier {
    /// The last change that is neither an undo nor undone.
    public var lastUndoableChange: Int? {
        let undone = Set(history.filter { $0.action == .undo }.compactMap { $0.old.flatMap(Int.init) })
        let undos = Set(history.filter { $0.action == .undo }.map(\.change))
        return history.map(\.change).filter { !undone.contains($0) && !undos.contains($0) }.max()
    }

    public func undoingLastChange(context: ChangeContext) throws(Refusal) -> Dossier {
        guard let change = lastUndoableChange else { throw Refusal([.nothingToUndo]) }
        var next = self
        for entry in history.filter({ $0.change == change }).reversed() {
            let (kind, id) = Dossier.split(entry.subject)
            switch (kind, entry.action, entry.field) {
            case ("session", .created, _):
                next.sessions.removeAll { $0.id == id }
            case ("follow-up", .created, _):
                break  // removed with its session
            case ("application", .created, _):
                next.applications.removeAll { $0.id == id }
            case ("contact", .created, _):
                next.contacts.removeAll { $0.id == id }
            case ("application", .transition, _):
                guard let i = next.applications.firstIndex(where: { $0.id == id }),
                      let old = entry.old.flatMap(ApplicationStatus.init(rawValue:)),
                      let new = entry.new.flatMap(ApplicationStatus.init(rawValue:)) else { throw Refusal([.cannotUndo]) }
                next.applications[i].status = old
                next.applications[i].stepDates[new] = nil
            case ("session", .removed, _):
                guard var session = AdviceSession.blank(id: id).setting(FieldPacking.unpack(entry.old ?? "")) else { throw Refusal([.cannotUndo]) }
                // Its follow-ups were removed in the same change and come back with it.
                session.followUps = history.filter { $0.change == change && $0.action == .removed && $0.field == "session:\(id)" }
                    .compactMap { e in FollowUp(id: Dossier.split(e.subject).1, text: "", due: session.date).setting(FieldPacking.unpack(e.old ?? "")) }
                next.sessions.append(session)
                next.sessions.sort { ($0.date, $0.id) < ($1.date, $1.id) }
            case ("follow-up", .removed, let parent?):
                let sessionID = Dossier.split(parent).1
                guard !history.contains(where: { $0.change == change && $0.subject == parent && $0.action == .removed }) else { break }
                guard let s = next.sessions.firstIndex(where: { $0.id == sessionID }),
                      let followUp = FollowUp(id: id, text: "", due: next.sessions[s].date).setting(FieldPacking.unpack(entry.old ?? "")) else {
                    throw Refusal([.cannotUndo])
                }
                next.sessions[s].followUps.append(followUp)
            case ("contact", .removed, _):
                guard let contact = Contact(id: id, name: "").setting(FieldPacking.unpack(entry.old ?? "")) else { throw Refusal([.cannotUndo]) }
                next.contacts.append(contact)
            case ("session", .changed, let field?):
                guard let i = next.sessions.firstIndex(where: { $0.id == id }), let r = next.sessions[i].setting(field, to: entry.old ?? "") else { throw Refusal([.cannotUndo]) }
                next.sessions[i] = r
            case ("contact", .changed, let field?):
                guard let i = next.contacts.firstIndex(where: { $0.id == id }), let r = next.contacts[i].setting(field, to: entry.old ?? "") else { throw Refusal([.cannotUndo]) }
                next.contacts[i] = r
            case ("follow-up", .changed, let field?):
                guard let (s, f) = next.followUpIndex(id), let r = next.sessions[s].followUps[f].setting(field, to: entry.old ?? "") else { throw Refusal([.cannotUndo]) }
                next.sessions[s].followUps[f] = r
            case ("application", .changed, "granted"):
                guard let i = next.applications.firstIndex(where: { $0.id == id }) else { throw Refusal([.cannotUndo]) }
                next.applications[i].granted = entry.old.flatMap(Cents.init(parsing:))
            case ("application", .changed, "outcome"):
                guard let i = next.applications.firstIndex(where: { $0.id == id }) else { throw Refusal([.cannotUndo]) }
                next.applications[i].outcome = entry.old
            case ("application", .changed, let field?):
                guard let i = next.applications.firstIndex(where: { $0.id == id }), let r = next.applications[i].setting(field, to: entry.old ?? "") else { throw Refusal([.cannotUndo]) }
                next.applications[i] = r
            default:
                throw Refusal([.cannotUndo])
            }
        }
        let summary = history.filter { $0.change == change }.map { entry in
            [entry.subject, entry.action.rawValue, entry.field, entry.new].compactMap { $0 }.joined(separator: " ")
        }.joined(separator: "; ")
        next.record(nextChange, context, subject: "dossier", action: .undo, old: String(change), new: summary)
        return next
    }

    static func split(_ subject: String) -> (String, String) {
        guard let colon = subject.firstIndex(of: ":") else { return (subject, "") }
        return (String(subject[..<colon]), String(subject[subject.index(after: colon)...]))
    }
}
