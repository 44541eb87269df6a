/// Editing and removing sessions, follow-ups, contacts and (draft) applications, each checked by
/// the same rules as when it was made and recorded field by field.
extension Dossier {
    /// Which record a subject names.
    public enum RecordKind: String, Sendable { case session, followUp = "follow-up", contact, application }

    /// Sets fields of the record `kind:id`; refused when a value breaks a rule.
    public func editing(_ kind: RecordKind, id: String, values: [String: String], context: ChangeContext) throws(Refusal) -> Dossier {
        var next = self
        var changes: [(String, String, String)] = []
        func diff(_ old: [String: String], _ new: [String: String]) {
            for key in new.keys.sorted() where old[key] != new[key] { changes.append((key, old[key] ?? "", new[key] ?? "")) }
        }
        switch kind {
        case .session:
            guard let i = sessions.firstIndex(where: { $0.id == id }), let edited = sessions[i].setting(values) else { throw Refusal([.emptyText]) }
            var reasons: [Reason] = []
            if edited.summary.trimmingSpaces.isEmpty { reasons.append(.emptySummary) }
            if edited.date > context.today, edited.date != sessions[i].date { reasons.append(.sessionInFuture(date: edited.date, today: context.today)) }
            if let m = edited.minutes, !AdviceSession.minutesRange.contains(m) { reasons.append(.minutesNotPositive) }
            reasons += edited.actionLines.filter { context.rules.actionLine($0) == nil }.map { .unknownActionLine($0) }
            guard reasons.isEmpty else { throw Refusal(reasons) }
            diff(sessions[i].fieldValues, edited.fieldValues)
            next.sessions[i] = edited
        case .followUp:
            guard let (s, f) = followUpIndex(id), let edited = sessions[s].followUps[f].setting(values) else { throw Refusal([.emptyText]) }
            guard !edited.text.trimmingSpaces.isEmpty else { throw Refusal([.emptyText]) }
            diff(sessions[s].followUps[f].fieldValues, edited.fieldValues)
            next.sessions[s].followUps[f] = edited
        case .contact:
            guard let i = contacts.firstIndex(where: { $0.id == id }), let edited = contacts[i].setting(values) else { throw Refusal([.emptyText]) }
            guard !edited.name.trimmingSpaces.isEmpty else { throw Refusal([.emptyText]) }
            diff(contacts[i].fieldValues, edited.fieldValues)
            next.contacts[i] = edited
        case .application:
            guard let i = applications.firstIndex(where: { $0.id == id }), let edited = applications[i].setting(values) else { throw Refusal([.emptyText]) }
            guard applications[i].status == .draft else { throw Refusal([.editOnlyDraft(applications[i].status)]) }
            let reasons = ApplicationRules.contentReasons(edited, rules: context.rules)
            guard reasons.isEmpty else { throw Refusal(reasons) }
            diff(applications[i].fieldValues, edited.fieldValues)
            next.applications[i] = edited
        }
        guard !changes.isEmpty else { return self }
        let change = newChange(context)
        for (field, old, new) in changes {
            next.record(change, context, subject: Subject(kind, id), action: .changed, field: field, old: old, new: new)
        }
        return next
    }

    /// Removes a session (with its follow-ups), a follow-up or a contact. Applications are
    /// withdrawn, never removed.
    public func removing(_ kind: RecordKind, id: String, context: ChangeContext) throws(Refusal) -> Dossier {
        var next = self
        let change = newChange(context)
        switch kind {
        case .session:
            guard let i = sessions.firstIndex(where: { $0.id == id }) else { throw Refusal([.emptyText]) }
            let session = sessions[i]
            next.sessions.remove(at: i)
            next.record(change, context, subject: .session(id), action: .removed, before: .session(session))
        case .followUp:
            guard let (s, f) = followUpIndex(id) else { throw Refusal([.emptyText]) }
            let followUp = sessions[s].followUps[f]
            next.sessions[s].followUps.remove(at: f)
            next.record(change, context, subject: .followUp(id), action: .removed, before: .followUp(followUp, session: sessions[s].id))
        case .contact:
            guard let i = contacts.firstIndex(where: { $0.id == id }) else { throw Refusal([.emptyText]) }
            next.contacts.remove(at: i)
            next.record(change, context, subject: .contact(id), action: .removed, before: .contact(contacts[i]))
        case .application:
            throw Refusal([.applicationsAreWithdrawn])
        }
        return next
    }

    func followUpIndex(_ id: String) -> (Int, Int)? {
        for s in sessions.indices {
            if let f = sessions[s].followUps.firstIndex(where: { $0.id == id }) { return (s, f) }
        }
        return nil
    }
}
