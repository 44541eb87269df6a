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
            case ("application", .changed, "granted"):
                guard let i = next.applications.firstIndex(where: { $0.id == id }) else { throw Refusal([.cannotUndo]) }
                next.applications[i].granted = entry.old.flatMap(Cents.init(parsing:))
            case ("application", .changed, "outcome"):
                guard let i = next.applications.firstIndex(where: { $0.id == id }) else { throw Refusal([.cannotUndo]) }
                next.applications[i].outcome = entry.old
            case ("follow-up", .changed, "done"):
                for s in next.sessions.indices {
                    for f in next.sessions[s].followUps.indices where next.sessions[s].followUps[f].id == id {
                        next.sessions[s].followUps[f].done = entry.old == "true"
                    }
                }
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
