/// Undo and redo, worked out from the history, so they work after a restart and after a merge.
///
/// An undo is a change of its own: each entry of the change it takes back, inverted, with the
/// record as it was before and `undoes` naming that change; a redo is the undo of an undo. Only an
/// adviser's own changes are offered — made by the same name on the same laptop (`Author`), never a
/// colleague's or an import — none that a colleague's later change builds on (`laterChange`), and an
/// application that ever left draft is never removed by an undo.
extension Dossier {
    /// A change as the history holds it: its id, its entries and the day it was made.
    public struct Change: Sendable, Hashable {
        public let id: String
        public let entries: [HistoryEntry]
        public var on: CalendarDay { entries.first?.on ?? .earliest }
        public var by: String { entries.first?.by ?? "" }
        /// The change this one takes back, when it is an undo (or a redo).
        public var undoes: String? { entries.first?.undoes }
    }

    /// Every change, oldest first.
    public var changes: [Change] {
        var order: [String] = []
        var entries: [String: [HistoryEntry]] = [:]
        for entry in history {
            if entries[entry.change] == nil { order.append(entry.change) }
            entries[entry.change, default: []].append(entry)
        }
        return order.map { Change(id: $0, entries: entries[$0] ?? []) }
    }

    /// The changes whose effect is still there: a change is taken back when a change that is
    /// itself in effect undoes it.
    public var changesInEffect: Set<String> {
        var takenBack = Set<String>(), inEffect = Set<String>()
        for change in changes.reversed() where !takenBack.contains(change.id) {
            inEffect.insert(change.id)
            if let undone = change.undoes { takenBack.insert(undone) }
        }
        return inEffect
    }

    /// What `u` takes back for `author`: their latest own change still in effect that is not itself an
    /// undo, an import or a version-1 undo.
    public func changeToUndo(by author: Author) -> Change? {
        let inEffect = changesInEffect
        return changes.last { change in
            inEffect.contains(change.id) && change.undoes == nil
                && change.entries.allSatisfy { author.made($0) && $0.action != .undo && $0.action != .imported && $0.action != .erased }
        }
    }

    /// What `U` takes back for `author`: their latest own undo still in effect (an undo of a plain change).
    public func undoToRedo(by author: Author) -> Change? {
        let inEffect = changesInEffect
        let all = changes
        let plain = Set(all.filter { $0.undoes == nil }.map(\.id))
        return all.last { change in
            guard let target = change.undoes else { return false }
            return inEffect.contains(change.id) && plain.contains(target) && change.entries.allSatisfy { author.made($0) && $0.action != .undo }
        }
    }

    /// Takes back `changeID` as a new change. Refused when a later change by someone else than
    /// `context.author` builds on it (naming that change), when it would remove an application that
    /// has left draft, or when what it changed is gone.
    public func undoing(_ changeID: String, context: ChangeContext) throws(Refusal) -> Dossier {
        let entries = history.filter { $0.change == changeID }
        guard !entries.isEmpty else { throw Refusal([.nothingToUndo]) }
        if let later = laterChange(buildingOn: changeID, by: context.author) { throw Refusal([.builtOnLater(later)]) }
        var next = self
        let change = newChange(context)
        let createdSessions = Set(entries.filter { $0.action == .created }.compactMap { entry -> String? in
            if case .session(let id) = entry.subject { return id } else { return nil }
        })
        for entry in entries.reversed() {
            try next.invert(entry, into: change, context: context, sessionsCreatedWith: createdSessions)
        }
        guard next.history.count > history.count else { throw Refusal([.cannotUndo]) }
        return next
    }

    /// Undoes the author's latest own change (`u`).
    public func undoingLastChange(context: ChangeContext) throws(Refusal) -> Dossier {
        guard let change = changeToUndo(by: context.author) else { throw Refusal([.nothingToUndo]) }
        return try undoing(change.id, context: context)
    }

    /// Redoes the author's latest undo (`U`).
    public func redoingLastUndo(context: ChangeContext) throws(Refusal) -> Dossier {
        guard let undo = undoToRedo(by: context.author) else { throw Refusal([.nothingToRedo]) }
        return try undoing(undo.id, context: context)
    }

    /// Applies the inverse of one entry and records it (with the record as it was) in `change`.
    private mutating func invert(_ entry: HistoryEntry, into change: String, context: ChangeContext,
                                 sessionsCreatedWith: Set<String>) throws(Refusal) {
        switch entry.action {
        case .created:
            try uncreate(entry, into: change, context: context, sessionsCreatedWith: sessionsCreatedWith)
        case .removed:
            guard let snapshot = entry.before else { throw Refusal([.cannotUndo]) }
            try restore(snapshot, insertIfMissing: true)
            record(change, context, subject: entry.subject, action: .created, new: entry.new, undoes: entry.change)
        case .changed, .transition:
            try unchange(entry, into: change, context: context)
        case .resolved:
            guard entry.subject == .dossier else { throw Refusal([.cannotUndo]) }
            try toggleNotice(entry, into: change, context: context)
        case .undo, .imported, .erased:
            throw Refusal([.cannotUndo])
        }
    }

    /// Takes away the record an entry created (a follow-up made with its session goes with the session).
    private mutating func uncreate(_ entry: HistoryEntry, into change: String, context: ChangeContext,
                                   sessionsCreatedWith: Set<String>) throws(Refusal) {
        let undoes = entry.change
        switch entry.subject {
        case .session(let id):
            guard let i = sessions.firstIndex(where: { $0.id == id }) else { throw Refusal([.recordNotFound]) }
            let session = sessions.remove(at: i)
            record(change, context, subject: entry.subject, action: .removed, new: entry.new, before: .session(session), undoes: undoes)
        case .followUp(let id):
            guard let (s, f) = followUpIndex(id) else {
                if sessionsCreatedWith.isEmpty { throw Refusal([.recordNotFound]) }
                return  // went with its session
            }
            if sessionsCreatedWith.contains(sessions[s].id) { return }
            let followUp = sessions[s].followUps.remove(at: f)
            record(change, context, subject: entry.subject, action: .removed, new: entry.new, before: .followUp(followUp, session: sessions[s].id), undoes: undoes)
        case .contact(let id):
            guard let i = contacts.firstIndex(where: { $0.id == id }) else { throw Refusal([.recordNotFound]) }
            let contact = contacts.remove(at: i)
            record(change, context, subject: entry.subject, action: .removed, new: entry.new, before: .contact(contact), undoes: undoes)
        case .application(let id):
            guard let i = applications.firstIndex(where: { $0.id == id }) else { throw Refusal([.recordNotFound]) }
            let application = applications[i]
            // Applications are withdrawn, never deleted: only a draft that never moved may go.
            let everMoved = history.contains { $0.subject == .application(id) && $0.action == .transition }
            guard application.status == .draft, !everMoved else {
                throw Refusal([.undoWouldRemoveApplication(title: application.title)])
            }
            applications.remove(at: i)
            record(change, context, subject: entry.subject, action: .removed, new: entry.new, before: .application(application), undoes: undoes)
        case .dossier:
            throw Refusal([.cannotUndo])
        }
    }

    /// Puts back the value (or the step) an entry changed. Only an application takes steps.
    private mutating func unchange(_ entry: HistoryEntry, into change: String, context: ChangeContext) throws(Refusal) {
        let undoes = entry.change
        switch entry.subject {
        case .dossier:
            guard entry.action == .changed, entry.field == .dossier(.notice) else { throw Refusal([.cannotUndo]) }
            try toggleNotice(entry, into: change, context: context)
        case .application(let id):
            guard let i = applications.firstIndex(where: { $0.id == id }) else { throw Refusal([.recordNotFound]) }
            let before = applications[i]
            if let snapshot = entry.before { try restore(snapshot, insertIfMissing: false) }
            else { applications[i] = try Dossier.inverse(of: entry, on: before) }
            record(change, context, subject: entry.subject, action: entry.action, field: entry.field, old: entry.new, new: entry.old,
                   before: .application(before), undoes: undoes)
        case .session(let id): try unchangeField(entry, of: \.sessions, id: id, kept: RecordSnapshot.session, into: change, context: context)
        case .contact(let id): try unchangeField(entry, of: \.contacts, id: id, kept: RecordSnapshot.contact, into: change, context: context)
        case .followUp(let id):
            guard entry.action == .changed else { throw Refusal([.cannotUndo]) }
            guard let (s, f) = followUpIndex(id) else { throw Refusal([.recordNotFound]) }
            let before = sessions[s].followUps[f]
            if let snapshot = entry.before { try restore(snapshot, insertIfMissing: false) }
            else { sessions[s].followUps[f] = try Dossier.restored(before, entry) }
            record(change, context, subject: entry.subject, action: .changed, field: entry.field, old: entry.new, new: entry.old,
                   before: .followUp(before, session: sessions[s].id), undoes: undoes)
        }
    }

    /// A session's or a contact's field put back: the whole record from the entry's snapshot where it
    /// kept one, else the field from its old value.
    private mutating func unchangeField<R: FieldRecord>(_ entry: HistoryEntry, of records: WritableKeyPath<Dossier, [R]>, id: String,
                                                        kept: (R) -> RecordSnapshot, into change: String, context: ChangeContext) throws(Refusal) {
        guard entry.action == .changed else { throw Refusal([.cannotUndo]) }
        guard let i = self[keyPath: records].firstIndex(where: { $0.id == id }) else { throw Refusal([.recordNotFound]) }
        let before = self[keyPath: records][i]
        if let snapshot = entry.before { try restore(snapshot, insertIfMissing: false) } else { self[keyPath: records][i] = try Dossier.restored(before, entry) }
        record(change, context, subject: entry.subject, action: .changed, field: entry.field, old: entry.new, new: entry.old,
               before: kept(before), undoes: entry.change)
    }

    /// A notice's resolution taken back (or put back, for a redo).
    private mutating func toggleNotice(_ entry: HistoryEntry, into change: String, context: ChangeContext) throws(Refusal) {
        let id = entry.new ?? entry.old ?? ""
        guard let i = notices.firstIndex(where: { $0.id == id }) else { throw Refusal([.recordNotFound]) }
        notices[i].resolved.toggle()
        record(change, context, subject: .dossier, action: .changed, field: .dossier(.notice),
               old: notices[i].resolved ? nil : id, new: notices[i].resolved ? id : nil, undoes: entry.change)
    }

    /// Puts a record back exactly as the snapshot has it.
    private mutating func restore(_ snapshot: RecordSnapshot, insertIfMissing: Bool) throws(Refusal) {
        switch snapshot {
        case .session(let s):
            if let i = sessions.firstIndex(where: { $0.id == s.id }) { sessions[i] = s } else if insertIfMissing { sessions.append(s) } else { throw Refusal([.recordNotFound]) }
        case .contact(let c):
            if let i = contacts.firstIndex(where: { $0.id == c.id }) { contacts[i] = c } else if insertIfMissing { contacts.append(c) } else { throw Refusal([.recordNotFound]) }
        case .application(let a):
            if let i = applications.firstIndex(where: { $0.id == a.id }) { applications[i] = a } else if insertIfMissing { applications.append(a) } else { throw Refusal([.recordNotFound]) }
        case .followUp(let f, let sessionID):
            guard let s = sessions.firstIndex(where: { $0.id == sessionID }) else { throw Refusal([.recordNotFound]) }
            if let i = sessions[s].followUps.firstIndex(where: { $0.id == f.id }) { sessions[s].followUps[i] = f }
            else if insertIfMissing { sessions[s].followUps.append(f) } else { throw Refusal([.recordNotFound]) }
        }
    }

    /// An application with one recorded step or field change taken back (entries without a snapshot).
    private static func inverse(of entry: HistoryEntry, on application: Application) throws(Refusal) -> Application {
        var a = application
        if entry.action == .transition {
            guard let old = entry.old.flatMap(ApplicationStatus.init(rawValue:)), let new = entry.new.flatMap(ApplicationStatus.init(rawValue:)) else {
                throw Refusal([.cannotUndo])
            }
            a.status = old
            a.stepDates[new] = nil
            return a
        }
        // A step is undone by its transition entry; the values it set, one by one.
        guard case .application(let field)? = entry.field else { throw Refusal([.cannotUndo]) }
        switch field {
        case .granted: a.granted = entry.old.flatMap(Cents.init(parsing:))
        case .outcome: a.outcome = entry.old
        case .status: throw Refusal([.cannotUndo])
        case .title, .activities, .actionLines, .team, .requested, .plannedStart, .plannedEnd: a = try restored(a, entry)
        }
        return a
    }

    /// The record with the entry's field set back to its old value.
    private static func restored<R: FieldRecord>(_ record: R, _ entry: HistoryEntry) throws(Refusal) -> R {
        guard let field = entry.field.flatMap(R.field), let result = try? record.setting(field, to: entry.old ?? "") else {
            throw Refusal([.cannotUndo])
        }
        return result
    }
}
