/// What each copy of a merge lacks of the history its ancestor had. Nothing impuls does removes a
/// history entry (an undo is a change of its own), so a copy without some is damaged: edited by
/// hand, or the remains of a forced push. Its records cannot be trusted to say what happened, while
/// its history can still be added to.
struct HistoryDamage {
    /// The ancestor's entries each side lacks.
    let ours: [HistoryEntry]
    let theirs: [HistoryEntry]

    init(base: Dossier, ours: Dossier, theirs: Dossier) {
        let (oursIDs, theirsIDs) = (Set(ours.history.map(\.id)), Set(theirs.history.map(\.id)))
        self.ours = base.history.filter { !oursIDs.contains($0.id) }
        self.theirs = base.history.filter { !theirsIDs.contains($0.id) }
    }

    /// The notice to raise and the entries it is about, when either side is damaged.
    var notice: (Notice.Kind, [HistoryEntry])? {
        switch (ours.isEmpty, theirs.isEmpty) {
        case (true, true): return nil
        case (false, true): return (.historyRemoved, ours)
        case (true, false): return (.historyRemoved, theirs)
        case (false, false):
            var seen = Set<String>()
            return (.historyRemovedOnBothSides, (ours + theirs).filter { seen.insert($0.id).inserted })
        }
    }

    /// Both sides damaged, merged as usual: every record of the ancestor that the result lacks and
    /// whose removal its history does not record is put back as the ancestor had it.
    func putBack(from base: Dossier, into result: inout Dossier) {
        let removed = Set(result.history.filter { $0.action == .removed }.map(\.subject))
        func missing<R: FieldRecord>(_ records: [R], in present: [R], _ subject: (String) -> Subject) -> [R] {
            let ids = Set(present.map(\.id))
            return records.filter { !ids.contains($0.id) && !removed.contains(subject($0.id)) }
        }
        result.contacts += missing(base.contacts, in: result.contacts, Subject.contact)
        result.applications += missing(base.applications, in: result.applications, Subject.application)
        result.sessions += missing(base.sessions, in: result.sessions, Subject.session)
        for i in result.sessions.indices {
            guard let was = base.sessions.first(where: { $0.id == result.sessions[i].id }) else { continue }
            result.sessions[i].followUps += missing(was.followUps, in: result.sessions[i].followUps, Subject.followUp)
        }
    }
}
