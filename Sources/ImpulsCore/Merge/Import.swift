/// Taking in a copy of a dossier from an export: merged with what the folder has, never replacing it.
extension Dossier {
    /// The dossier with `incoming` merged in and the import recorded (who, when, from which file);
    /// nil when the folder already has everything the export holds (importing twice changes nothing).
    public func importing(_ incoming: Dossier, from file: String, context: ChangeContext) -> Dossier? {
        let merged = DossierMerge.merge(base: DossierMerge.inferredBase(self, incoming, now: context.now), ours: self, theirs: incoming,
                                        now: context.now)
        guard merged != self else { return nil }
        var next = merged
        next.record(next.newChange(context), context, subject: .dossier, action: .imported, new: file)
        return next
    }

    /// What an import would do to this dossier, in records, for `import --dry-run`.
    public struct ImportEffect: Sendable, Equatable {
        public var added: [Subject] = []
        public var changed: [Subject] = []
        /// Records the folder has and the export lacks: kept.
        public var kept: [Subject] = []
        public var notices: [Notice] = []
    }

    public func importEffect(of incoming: Dossier, merged: Dossier) -> ImportEffect {
        var effect = ImportEffect()
        func compare<R: FieldRecord & Equatable>(_ mine: [R], _ theirs: [R], _ result: [R], _ subject: (String) -> Subject) {
            let mineByID = Dictionary(mine.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let theirIDs = Set(theirs.map(\.id))
            for r in result {
                if let old = mineByID[r.id] { if old != r { effect.changed.append(subject(r.id)) } } else { effect.added.append(subject(r.id)) }
            }
            for r in mine where !theirIDs.contains(r.id) { effect.kept.append(subject(r.id)) }
        }
        compare(contacts, incoming.contacts, merged.contacts, Subject.contact)
        compare(sessions, incoming.sessions, merged.sessions, Subject.session)
        compare(applications, incoming.applications, merged.applications, Subject.application)
        effect.notices = merged.notices.filter { n in !notices.contains { $0.id == n.id } }
        return effect
    }
}
