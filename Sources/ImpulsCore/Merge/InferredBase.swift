/// The common past of two copies of a dossier that have no recorded ancestor — an export and the
/// folder it is imported into — as far as their histories tell. What both hold alike is common;
/// where they differ, the side whose history has a change the other lacks is the one that changed
/// it; a record on one side only was added there, unless the other side's history removed it.
/// Merging with this base (`DossierMerge.merge`) keeps everything either side recorded.
extension DossierMerge {
    /// `now`: the clock of the caller, when it knows one (see `MergeMoments`).
    public static func inferredBase(_ a: Dossier, _ b: Dossier, now: Timestamp? = nil) -> Dossier {
        let moments = MergeMoments(now: now)
        let sharedIDs = Set(a.history.map(\.id)).intersection(b.history.map(\.id))
        let aOnly = a.history.filter { !sharedIDs.contains($0.id) }
        let bOnly = b.history.filter { !sharedIDs.contains($0.id) }
        var base = Dossier(code: a.code)
        base.history = a.history.filter { sharedIDs.contains($0.id) }
        base.notices = a.notices.filter { notice in b.notices.contains { $0.id == notice.id } }
        let inference = Inference(aOnly: aOnly, bOnly: bOnly)
        base.adviser = inference.value(a.adviser, b.adviser, subject: .dossier, field: .dossier(.adviser))
        base.notes = inference.value(a.notes, b.notes, subject: .dossier, field: .dossier(.notes))
        base.team = Team(rawValue: inference.value(a.team?.rawValue ?? "", b.team?.rawValue ?? "", subject: .dossier, field: .dossier(.team)))
        base.contacts = inference.records(a.contacts, b.contacts, subject: Subject.contact) { x, y in inference.fields(x, y, .contact(x.id)) }
        base.sessions = inference.records(a.sessions, b.sessions, subject: Subject.session) { x, y in
            var s = inference.fields(x, y, .session(x.id))
            s.followUps = inference.records(x.followUps, y.followUps, subject: Subject.followUp) { f, g in inference.fields(f, g, .followUp(f.id)) }
            return s
        }
        base.applications = inference.records(a.applications, b.applications, subject: Subject.application) { x, y in
            var app = inference.fields(x, y, .application(x.id))
            let (aMoved, bMoved) = (inference.changed(inference.aOnly, .application(x.id), nil, transition: true),
                                    inference.changed(inference.bOnly, .application(x.id), nil, transition: true))
            // The workflow as it was before either side moved it.
            let source = aMoved && !bMoved ? y : bMoved && !aMoved ? x : x
            app.status = source.status
            app.stepDates = source.stepDates
            app.granted = source.granted
            app.outcome = source.outcome
            if aMoved && bMoved, let first = (inference.aOnly + inference.bOnly).filter({ $0.subject == .application(x.id) && $0.action == .transition })
                .min(by: moments.precedes), let old = first.old.flatMap(ApplicationStatus.init(rawValue:)) {
                app.status = old
                app.stepDates = x.stepDates.filter { y.stepDates[$0.key] == $0.value }
            }
            return app
        }
        base.keepCanonicalOrder()
        return base
    }

    /// Which side changed what, from the entries each side has that the other lacks.
    private struct Inference {
        let aOnly: [HistoryEntry]
        let bOnly: [HistoryEntry]

        func changed(_ entries: [HistoryEntry], _ subject: Subject, _ field: RecordField?, transition: Bool = false) -> Bool {
            entries.contains { $0.subject == subject && (transition ? $0.action == .transition : (field == nil || $0.field == field)) }
        }

        /// The common value of one field: the side that did not change it, or (when both or neither
        /// did) a value unlike both, so the merge treats it as changed on both sides.
        func value(_ x: String, _ y: String, subject: Subject, field: RecordField) -> String {
            if x == y { return x }
            let (ax, by) = (changed(aOnly, subject, field), changed(bOnly, subject, field))
            if ax && !by { return y }
            if by && !ax { return x }
            return ""
        }

        func fields<R: FieldRecord>(_ x: R, _ y: R, _ subject: Subject) -> R {
            let xv = x.fieldValues, yv = y.fieldValues
            var result = x
            for key in Set(xv.keys).union(yv.keys).sorted(by: { $0.rawValue < $1.rawValue }) where xv[key] != yv[key] {
                result = (try? result.setting(key, to: value(xv[key] ?? "", yv[key] ?? "", subject: subject, field: R.recordField(key)))) ?? result
            }
            return result
        }

        /// Records by id: in both, merged field by field; on one side only, in the base when the
        /// other side's history removed it (else it was added).
        func records<R: FieldRecord>(_ xs: [R], _ ys: [R], subject: (String) -> Subject, _ both: (R, R) -> R) -> [R] {
            let yByID = Dictionary(ys.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let xIDs = Set(xs.map(\.id))
            var result: [R] = []
            for x in xs {
                if let y = yByID[x.id] { result.append(both(x, y)) }
                else if bOnly.contains(where: { $0.subject == subject(x.id) && $0.action == .removed }) { result.append(x) }
            }
            for y in ys where !xIDs.contains(y.id) && aOnly.contains(where: { $0.subject == subject(y.id) && $0.action == .removed }) {
                result.append(y)
            }
            return result
        }
    }
}
