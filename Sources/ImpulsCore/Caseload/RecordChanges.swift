/// Editing and removing sessions, follow-ups, contacts and (draft) applications, each checked by
/// the same rules as when it was made and recorded field by field.
extension Dossier {
    /// Which record a subject names.
    public enum RecordKind: String, Sendable { case session, followUp = "follow-up", contact, application }

    /// Sets fields of a record; refused when a value breaks a rule or the record is not there.
    public func editing(_ edit: RecordEdit, context: ChangeContext) throws(Refusal) -> Dossier {
        var next = self
        var changes: [(RecordField, String, String)] = []
        func diff<R: FieldRecord>(_ old: R, _ new: R) {
            let (before, after) = (old.fieldValues, new.fieldValues)
            for key in after.keys.sorted(by: { $0.rawValue < $1.rawValue }) where before[key] != after[key] {
                changes.append((R.recordField(key), before[key] ?? "", after[key] ?? ""))
            }
        }
        switch edit {
        case .session(let id, let values):
            guard let i = sessions.firstIndex(where: { $0.id == id }) else { throw Refusal([.recordNotFound]) }
            let edited = try sessions[i].setting(values)
            var reasons: [Reason] = []
            if edited.summary.trimmingSpaces.isEmpty { reasons.append(.emptySummary) }
            if edited.date > context.today, edited.date != sessions[i].date { reasons.append(.sessionInFuture(date: edited.date, today: context.today)) }
            if let m = edited.minutes, !AdviceSession.minutesRange.contains(m) { reasons.append(.minutesNotPositive) }
            reasons += edited.actionLines.filter { context.rules.actionLine($0) == nil }.map { .unknownActionLine($0) }
            guard reasons.isEmpty else { throw Refusal(reasons) }
            diff(sessions[i], edited)
            next.sessions[i] = edited
        case .followUp(let id, let values):
            guard let (s, f) = followUpIndex(id) else { throw Refusal([.recordNotFound]) }
            let edited = try sessions[s].followUps[f].setting(values)
            guard !edited.text.trimmingSpaces.isEmpty else { throw Refusal([.emptyText]) }
            diff(sessions[s].followUps[f], edited)
            next.sessions[s].followUps[f] = edited
        case .contact(let id, let values):
            guard let i = contacts.firstIndex(where: { $0.id == id }) else { throw Refusal([.recordNotFound]) }
            let edited = try contacts[i].setting(values)
            guard !edited.name.trimmingSpaces.isEmpty else { throw Refusal([.emptyText]) }
            diff(contacts[i], edited)
            next.contacts[i] = edited
        case .application(let id, let values):
            guard let i = applications.firstIndex(where: { $0.id == id }) else { throw Refusal([.recordNotFound]) }
            let edited = try applications[i].setting(values)
            guard applications[i].status == .draft else { throw Refusal([.editOnlyDraft(applications[i].status)]) }
            let reasons = ApplicationRules.contentReasons(edited, rules: context.rules)
            guard reasons.isEmpty else { throw Refusal(reasons) }
            diff(applications[i], edited)
            next.applications[i] = edited
        }
        guard !changes.isEmpty else { return self }
        let change = newChange(context)
        for (field, old, new) in changes {
            next.record(change, context, subject: edit.subject, action: .changed, field: field, old: old, new: new)
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
            guard let i = sessions.firstIndex(where: { $0.id == id }) else { throw Refusal([.recordNotFound]) }
            let session = sessions[i]
            next.sessions.remove(at: i)
            next.record(change, context, subject: .session(id), action: .removed, before: .session(session))
        case .followUp:
            guard let (s, f) = followUpIndex(id) else { throw Refusal([.recordNotFound]) }
            let followUp = sessions[s].followUps[f]
            next.sessions[s].followUps.remove(at: f)
            next.record(change, context, subject: .followUp(id), action: .removed, before: .followUp(followUp, session: sessions[s].id))
        case .contact:
            guard let i = contacts.firstIndex(where: { $0.id == id }) else { throw Refusal([.recordNotFound]) }
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

/// An edit: which record, and the new values of some of its fields as text.
public enum RecordEdit: Hashable, Sendable {
    case session(id: String, [SessionField: String])
    case followUp(id: String, [FollowUpField: String])
    case contact(id: String, [ContactField: String])
    case application(id: String, [ApplicationField: String])

    /// What the edit is about.
    public var subject: Subject {
        switch self {
        case .session(let id, _): .session(id)
        case .followUp(let id, _): .followUp(id)
        case .contact(let id, _): .contact(id)
        case .application(let id, _): .application(id)
        }
    }
}
