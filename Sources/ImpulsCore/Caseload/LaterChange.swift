/// A change by someone else that came after the change an undo (or a redo) would take back, about
/// one of the same records: taking it back then would undo part of their work too (an approval
/// left on a draft, an edit of a session that goes away), so it is refused, naming that change.
public struct LaterChange: Hashable, Sendable {
    /// The colleague's change.
    public let change: Dossier.Change
    /// The dossier it is in, to name its records the way the history does.
    public let dossier: Dossier
    /// Whether the refused one is a redo (the undo of an undo).
    public let redo: Bool
    /// Whether it was made under the same adviser's name, on another laptop.
    public let sameName: Bool

    public init(change: Dossier.Change, dossier: Dossier, redo: Bool, sameName: Bool) {
        self.change = change
        self.dossier = dossier
        self.redo = redo
        self.sameName = sameName
    }
}

extension Dossier {
    /// The first change after `changeID` (in the history's order: by moment, then id) by anyone but
    /// `author` that is about a record `changeID` touched; nil when there is none.
    ///
    /// About a record: the same subject (the same notice, for a notice's resolution), and a change
    /// to a follow-up counts for its session too (taking back a session takes its follow-ups, and
    /// puts a session back whole). A later change that is no longer in effect does not count, nor
    /// the undo that took it back: together they changed nothing.
    public func laterChange(buildingOn changeID: String, by author: Author) -> LaterChange? {
        let entries = history.filter { $0.change == changeID }
        guard let last = entries.max(by: HistoryEntry.precedes) else { return nil }
        let touched = Set(entries.flatMap { RecordKey.keys($0, in: self, withSession: false) })
        let later = history.filter { $0.change != changeID && HistoryEntry.precedes(last, $0) }
        let laterChanges = Set(later.map(\.change))
        let inEffect = changesInEffect
        let found = later.first { entry in
            !author.made(entry) && inEffect.contains(entry.change) && !(entry.undoes.map(laterChanges.contains) ?? false)
                && !touched.isDisjoint(with: RecordKey.keys(entry, in: self, withSession: true))
        }
        guard let found, let change = changes.first(where: { $0.id == found.change }) else { return nil }
        return LaterChange(change: change, dossier: self, redo: entries.first?.undoes != nil,
                           sameName: found.by == author.name)
    }
}

/// What an entry is about, for telling whether two changes touch the same record.
private enum RecordKey: Hashable {
    case subject(Subject)
    case notice(String)

    /// The entry's record; with `withSession`, a follow-up's session as well (from the dossier, or
    /// from the entry's own snapshot when the follow-up is gone).
    static func keys(_ entry: HistoryEntry, in dossier: Dossier, withSession: Bool) -> [RecordKey] {
        if entry.subject == .dossier, entry.action == .resolved || entry.field == .dossier(.notice) {
            return [.notice(entry.new ?? entry.old ?? "")]
        }
        guard withSession, case .followUp(let id) = entry.subject else { return [.subject(entry.subject)] }
        let session = dossier.sessions.first { $0.followUps.contains { $0.id == id } }?.id
            ?? { if case .followUp(_, let s)? = entry.before { return s } else { return nil } }()
        return [.subject(entry.subject)] + (session.map { [.subject(.session($0))] } ?? [])
    }
}
