/// Records found by what someone typed, as the interface shows them: a contact by its name, a
/// session by its date, a follow-up by its text — or any of them by a start of its id. As with
/// applications (`applications(matching:)`): a whole name (case, accents and apostrophes ignored)
/// wins over names that only start so, and more than one is a choice the user makes, never impuls.
public enum RecordMatch<Record: Sendable>: Sendable {
    case found(Record)
    /// Nothing is named so.
    case none
    /// More than one is: the user says which.
    case several([Record])

    /// The one record matched, if exactly one was.
    public var found: Record? { if case .found(let record) = self { record } else { nil } }

    init(_ records: [Record]) {
        switch records.count {
        case 0: self = .none
        case 1: self = .found(records[0])
        default: self = .several(records)
        }
    }
}

extension Dossier {
    /// A follow-up with the session it belongs to.
    public struct PlacedFollowUp: Sendable, Hashable {
        public let followUp: FollowUp
        public let session: AdviceSession
    }

    /// The contacts `text` names: by name (whole, else a start of it) or a start of the id.
    public func contacts(matching text: String) -> RecordMatch<Contact> {
        RecordMatch(Dossier.named(text, among: contacts, name: \.name, id: \.id))
    }

    /// The sessions `text` names: those of the day it is (`YYYY-MM-DD` or `DD-MM-YYYY`), else those
    /// whose id starts with it.
    public func sessions(matching text: String) -> RecordMatch<AdviceSession> {
        let typed = text.trimmingSpaces
        if let day = CalendarDay(parsing: typed, acceptDutchOrder: true) { return RecordMatch(newestFirst(sessions.filter { $0.date == day })) }
        let wanted = typed.lowercased()
        guard !wanted.isEmpty else { return .none }
        if let whole = sessions.first(where: { $0.id.lowercased() == wanted }) { return .found(whole) }
        return RecordMatch(newestFirst(sessions.filter { $0.id.lowercased().hasPrefix(wanted) }))
    }

    /// The session of the latest day; several when more than one was held that day.
    public var latestSession: RecordMatch<AdviceSession> {
        guard let last = sessions.map(\.date).max() else { return .none }
        return RecordMatch(newestFirst(sessions.filter { $0.date == last }))
    }

    /// Every follow-up with its session.
    public var placedFollowUps: [PlacedFollowUp] {
        sessions.flatMap { s in s.followUps.map { PlacedFollowUp(followUp: $0, session: s) } }
    }

    /// The follow-ups `text` names: by text (whole, else a start of it) or a start of the id.
    public func followUps(matching text: String) -> RecordMatch<PlacedFollowUp> {
        RecordMatch(Dossier.named(text, among: placedFollowUps, name: \.followUp.text, id: \.followUp.id))
    }

    /// The follow-up to tick off (`toDone`) or on again: of several named so, the ones that can
    /// still be — "done offerte" means the open one when the other is done already.
    public func followUps(matching text: String, toDone done: Bool) -> RecordMatch<PlacedFollowUp> {
        let named = Dossier.named(text, among: placedFollowUps, name: \.followUp.text, id: \.followUp.id)
        let movable = named.filter { $0.followUp.done != done }
        return RecordMatch(named.count > 1 && !movable.isEmpty ? movable : named)
    }

    /// The application an edit is about: the one `text` names (`applications(matching:)`), or
    /// without a text the only draft — with no draft, the only application, so that `editing`
    /// says why it cannot be changed (only a draft can).
    public func applicationToEdit(named text: String?) -> RecordMatch<Application> {
        guard let text else {
            let drafts = applications.filter { $0.status == .draft }
            return RecordMatch(drafts.isEmpty ? applications : drafts)
        }
        return RecordMatch(applications(matching: text))
    }

    private func newestFirst(_ list: [AdviceSession]) -> [AdviceSession] {
        list.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
    }

    /// Records whose folded name is the text, else those whose name or id starts with it.
    static func named<R>(_ text: String, among records: [R], name: (R) -> String, id: (R) -> String) -> [R] {
        let wanted = Folding.fold(text.trimmingSpaces)
        guard !wanted.isEmpty else { return [] }
        let keys = records.map { (record: $0, name: Folding.fold(name($0)), id: Folding.fold(id($0))) }
        let whole = keys.filter { $0.name == wanted || $0.id == wanted }
        if !whole.isEmpty { return whole.map(\.record) }
        return keys.filter { $0.name.hasPrefix(wanted) || $0.id.hasPrefix(wanted) }.map(\.record)
    }
}
