/// Taking back the last change of a dossier, worked out from its history, so it also works after
/// a restart. The undo is itself recorded.
extension Dossier {
    /// The last change that is neither an undo nor undone.
    public var lastUndoableChange: String? {
        let undone = Set(history.compactMap(\.undoes))
        let undos = Set(history.filter { $0.action == .undo }.map(\.change))
        return history.last { !undone.contains($0.change) && !undos.contains($0.change) }?.change
    }

    public func undoingLastChange(context: ChangeContext) throws(Refusal) -> Dossier {
        guard let change = lastUndoableChange else { throw Refusal([.nothingToUndo]) }
        var next = self
        let entries = history.filter { $0.change == change }
        for entry in entries.reversed() {
            try next.takeBack(entry)
        }
        let summary = entries.map { entry in
            [entry.subject.text, entry.action.rawValue, entry.field, entry.new].compactMap { $0 }.joined(separator: " ")
        }.joined(separator: "; ")
        next.record(next.newChange(context), context, subject: .dossier, action: .undo, new: summary, undoes: change)
        return next
    }

    /// Puts back what one entry changed; refused when the record it names is gone.
    private mutating func takeBack(_ entry: HistoryEntry) throws(Refusal) {
        func index<T: FieldRecord>(_ list: [T], _ id: String) throws(Refusal) -> Int {
            guard let i = list.firstIndex(where: { $0.id == id }) else { throw Refusal([.cannotUndo]) }
            return i
        }
        switch (entry.subject, entry.action) {
        case (.session(let id), .created): sessions.removeAll { $0.id == id }
        case (.followUp, .created): break  // removed with its session
        case (.application(let id), .created): applications.removeAll { $0.id == id }
        case (.contact(let id), .created): contacts.removeAll { $0.id == id }
        case (.application(let id), .transition):
            let i = try index(applications, id)
            guard let old = entry.old.flatMap(ApplicationStatus.init(rawValue:)),
                  let new = entry.new.flatMap(ApplicationStatus.init(rawValue:)) else { throw Refusal([.cannotUndo]) }
            applications[i].status = old
            applications[i].stepDates[new] = nil
        case (_, .removed):
            switch entry.removed {
            case .session(let session)?:
                sessions.append(session)
                sessions.sort { ($0.date, $0.id) < ($1.date, $1.id) }
            case .followUp(let followUp, let sessionID)?:
                let s = try index(sessions, sessionID)
                sessions[s].followUps.append(followUp)
            case .contact(let contact)?: contacts.append(contact)
            case nil: throw Refusal([.cannotUndo])
            }
        case (.dossier, .resolved):
            if let i = notices.firstIndex(where: { $0.id == entry.new }) { notices[i].resolved = false }
        case (.application(let id), .changed) where entry.field == "granted":
            applications[try index(applications, id)].granted = entry.old.flatMap(Cents.init(parsing:))
        case (.application(let id), .changed) where entry.field == "outcome":
            applications[try index(applications, id)].outcome = entry.old
        case (.session(let id), .changed):
            let i = try index(sessions, id)
            sessions[i] = try Dossier.restored(sessions[i], entry)
        case (.contact(let id), .changed):
            let i = try index(contacts, id)
            contacts[i] = try Dossier.restored(contacts[i], entry)
        case (.application(let id), .changed):
            let i = try index(applications, id)
            applications[i] = try Dossier.restored(applications[i], entry)
        case (.followUp(let id), .changed):
            guard let (s, f) = followUpIndex(id) else { throw Refusal([.cannotUndo]) }
            sessions[s].followUps[f] = try Dossier.restored(sessions[s].followUps[f], entry)
        default:
            throw Refusal([.cannotUndo])
        }
    }

    private static func restored<T: FieldRecord>(_ record: T, _ entry: HistoryEntry) throws(Refusal) -> T {
        guard let field = entry.field, let result = record.setting(field, to: entry.old ?? "") else { throw Refusal([.cannotUndo]) }
        return result
    }
}

