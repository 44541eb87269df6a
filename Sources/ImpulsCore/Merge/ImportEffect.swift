/// What an import changes in a dossier, in records (contacts, sessions with their follow-ups,
/// applications; `.dossier` for its adviser, team or notes), and the notices it raises: worked out
/// from the dossier before and after, so it names what the import does, whatever decided it.
public struct ImportEffect: Sendable, Equatable {
    public var added: [Subject] = []
    public var changed: [Subject] = []
    /// Records the folder has and the import takes away: the export's side removed or undid them
    /// (or, with `--replace`, the export lacks them).
    public var removed: [Subject] = []
    /// Records the folder has and the export lacks, kept.
    public var kept: [Subject] = []
    public var notices: [Notice] = []

    public init(from current: Dossier, to result: Dossier, incoming: Dossier) {
        compare(current.contacts, result.contacts, incoming.contacts, Subject.contact)
        compare(current.sessions, result.sessions, incoming.sessions, Subject.session)
        compare(current.applications, result.applications, incoming.applications, Subject.application)
        if (current.adviser, current.team, current.notes) != (result.adviser, result.team, result.notes) { changed.insert(.dossier, at: 0) }
        let known = Set(current.notices.map(\.id))
        notices = result.notices.filter { !known.contains($0.id) }
    }

    private mutating func compare<R: FieldRecord & Equatable>(_ current: [R], _ result: [R], _ incoming: [R], _ subject: (String) -> Subject) {
        let before = Dictionary(current.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set(result.map(\.id)), theirs = Set(incoming.map(\.id))
        for record in result {
            if let old = before[record.id] { if old != record { changed.append(subject(record.id)) } } else { added.append(subject(record.id)) }
        }
        for record in current {
            if !after.contains(record.id) { removed.append(subject(record.id)) } else if !theirs.contains(record.id) { kept.append(subject(record.id)) }
        }
    }
}
