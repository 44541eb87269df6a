/// Three copies of one dossier — the common ancestor and two descendants — merged by meaning:
/// what git does line by line, done record by record and field by field. Used by the git merge
/// driver and by import, so both combine work the same way.
///
/// - Records (contacts, sessions, follow-ups, applications) are matched by id. Added on either
///   side: kept. Removed on one side and untouched on the other: removed. Removed on one side and
///   edited on the other: kept, with a notice. On both sides: merged field by field.
/// - A field changed on one side takes that change. Changed differently on both, the later change
///   wins (by the moments in the history as `MergeMoments` believes them; ties by author, then
///   entry id) and the value that lost is kept in a notice.
/// - An application moved on differently on both sides (approved here, rejected there): the step
///   taken first is applied, the other is named in a notice.
/// - History and notices: the union, by id, in canonical order, the ancestor's entries included.
///   Nothing any copy recorded is lost, and an entry keeps the content the ancestor gave it.
/// - A copy whose history lacks entries the ancestor had is damaged (`HistoryDamage`): none of its
///   changes are taken, only its history; when both are, a record lost without a recorded removal is
///   put back. A notice says so.
/// - The rules are checked on the result: two granted applications, or two open ones, raise a
///   blocking notice.
///
/// Symmetric (swapping the sides gives the same dossier) and `merge(b, x, x) == x`,
/// `merge(b, b, x) == x` for dossiers in canonical order whose history keeps the ancestor's.
public enum DossierMerge {
    public static func merge(base: Dossier?, ours: Dossier, theirs: Dossier) -> Dossier {
        merge(base: base, ours: ours, theirs: theirs, now: nil)
    }

    /// The same, for a caller that knows the time (import, on one laptop): moments more than a day
    /// after `now` then decide nothing (see `MergeMoments`). Git's merge driver passes none, so
    /// that every laptop merging the same copies makes the same bytes.
    public static func merge(base: Dossier?, ours: Dossier, theirs: Dossier, now: Timestamp?) -> Dossier {
        let base = base ?? Dossier(code: ours.code)
        var merger = Merger(base: base, ours: ours, theirs: theirs, moments: MergeMoments(now: now))
        return merger.run()
    }
}

/// The state of one merge: the three copies, the history each side added, the notices raised.
struct Merger {
    let base: Dossier
    let ours: Dossier
    let theirs: Dossier
    let moments: MergeMoments
    /// Entries each side recorded since the base.
    let oursNew: [HistoryEntry]
    let theirsNew: [HistoryEntry]
    var notices: [Notice] = []

    init(base: Dossier, ours: Dossier, theirs: Dossier, moments: MergeMoments) {
        self.base = base
        self.ours = ours
        self.theirs = theirs
        self.moments = moments
        let baseIDs = Set(base.history.map(\.id))
        oursNew = ours.history.filter { !baseIDs.contains($0.id) }
        theirsNew = theirs.history.filter { !baseIDs.contains($0.id) }
    }

    mutating func run() -> Dossier {
        let damage = HistoryDamage(base: base, ours: ours, theirs: theirs)
        var result: Dossier
        if damage.ours.isEmpty != damage.theirs.isEmpty {
            // One copy is damaged: the other's records and fields, as they are.
            result = damage.ours.isEmpty ? ours : theirs
        } else {
            result = mergedRecords()
        }
        result.history = Merger.union(base.history, ours.history, theirs.history)
        if !damage.ours.isEmpty && !damage.theirs.isEmpty { damage.putBack(from: base, into: &result) }
        checkRules(&result)
        if let (kind, missing) = damage.notice {
            let authors = Set(missing.map(\.by)).sorted().joined(separator: ", ")
            raise(kind, subject: .dossier, kept: nil, lost: String(missing.count), by: authors.isEmpty ? nil : authors,
                  detail: missing.map(\.id).sorted())
        }
        result.notices = Merger.unionNotices(ours.notices + theirs.notices + notices)
        result.keepCanonicalOrder()
        return result
    }

    /// The records and fields of both sides, merged.
    mutating func mergedRecords() -> Dossier {
        var result = Dossier(code: ours.code)
        result.adviser = scalar(base.adviser, ours.adviser, theirs.adviser, subject: .dossier, field: .dossier(.adviser))
        result.team = Team(rawValue: scalar(base.team?.rawValue ?? "", ours.team?.rawValue ?? "", theirs.team?.rawValue ?? "",
                                            subject: .dossier, field: .dossier(.team)))
        result.notes = scalar(base.notes, ours.notes, theirs.notes, subject: .dossier, field: .dossier(.notes))
        result.contacts = records(base.contacts, ours.contacts, theirs.contacts, subject: Subject.contact) { m, b, o, t in m.fields(b, o, t, .contact(o.id)) }
        result.sessions = records(base.sessions, ours.sessions, theirs.sessions, subject: Subject.session) { m, b, o, t in m.session(b, o, t) }
        result.applications = records(base.applications, ours.applications, theirs.applications, subject: Subject.application) { m, b, o, t in
            m.application(b, o, t)
        }
        return result
    }

    // MARK: Values

    /// A three-way choice of one value; a clash goes to the later change, the other into a notice.
    mutating func scalar(_ b: String, _ o: String, _ t: String, subject: Subject, field: RecordField) -> String {
        if o == t || t == b { return o }
        if o == b { return t }
        let oursChange = latest(oursNew, subject: subject, field: field)
        let theirsChange = latest(theirsNew, subject: subject, field: field)
        let oursWins = later(oursChange, theirsChange, o, t)
        let (kept, lost, loser) = oursWins ? (o, t, theirsChange) : (t, o, oursChange)
        raise(Notice.Kind.fieldClash, subject: subject, field: field, kept: kept, lost: lost, by: loser?.by)
        return kept
    }

    /// True when ours is the later change: by moment as believed, then author, then entry id, then
    /// the values themselves, so both laptops decide the same way.
    func later(_ o: HistoryEntry?, _ t: HistoryEntry?, _ ov: String, _ tv: String) -> Bool {
        switch (o, t) {
        case let (o?, t?): return o.id != t.id ? moments.precedes(t, o) : ov > tv
        case (_?, nil): return true
        case (nil, _?): return false
        case (nil, nil): return ov > tv
        }
    }

    /// The latest change of a field (or of a subject), as believed.
    func latest(_ entries: [HistoryEntry], subject: Subject, field: RecordField?) -> HistoryEntry? {
        entries.filter { $0.subject == subject && (field == nil || $0.field == field) }.max(by: moments.precedes)
    }

    /// Every field of a record, three ways.
    mutating func fields<R: FieldRecord & Equatable>(_ b: R?, _ o: R, _ t: R, _ subject: Subject) -> R {
        if o == t { return o }
        if let b, b == t { return o }
        if let b, b == o { return t }
        let bv = b?.fieldValues ?? [:], ov = o.fieldValues, tv = t.fieldValues
        var merged = o
        for key in Set(ov.keys).union(tv.keys).sorted(by: { $0.rawValue < $1.rawValue }) {
            let value = scalar(bv[key] ?? "", ov[key] ?? "", tv[key] ?? "", subject: subject, field: R.recordField(key))
            merged = (try? merged.setting(key, to: value)) ?? merged
        }
        return merged
    }

    mutating func session(_ b: AdviceSession?, _ o: AdviceSession, _ t: AdviceSession) -> AdviceSession {
        var merged = fields(b, o, t, .session(o.id))
        merged.followUps = records(b?.followUps ?? [], o.followUps, t.followUps, subject: Subject.followUp) { m, fb, fo, ft in
            m.fields(fb, fo, ft, .followUp(fo.id))
        }
        return merged
    }

    /// An application's content field by field; its place in the workflow as one: the side that
    /// moved it (or, when both did differently, the one that moved first) decides status, step
    /// days, granted amount and outcome together.
    mutating func application(_ b: Application?, _ o: Application, _ t: Application) -> Application {
        var merged = fields(b, o, t, .application(o.id))
        let workflow: Application
        let bs = b?.status
        if o.status == t.status {
            // The same step on both sides (or none): its days and values, three ways (a day set
            // differently on both sides: the earlier one).
            var steps: [ApplicationStatus: CalendarDay] = [:]
            for status in ApplicationStatus.allCases {
                let (bd, od, td) = (b?.stepDates[status], o.stepDates[status], t.stepDates[status])
                if od == td || td == bd { steps[status] = od } else if od == bd { steps[status] = td } else { steps[status] = [od, td].compactMap { $0 }.min() }
            }
            merged.stepDates = steps
            merged.status = o.status
            let subject = Subject.application(o.id)
            merged.granted = Cents(parsing: scalar(b?.granted?.plainDecimal ?? "", o.granted?.plainDecimal ?? "", t.granted?.plainDecimal ?? "",
                                                   subject: subject, field: .application(.granted)))
            let outcome = scalar(b?.outcome ?? "", o.outcome ?? "", t.outcome ?? "", subject: subject, field: .application(.outcome))
            merged.outcome = outcome.isEmpty ? nil : outcome
            return merged
        } else if o.status == bs {
            workflow = t
        } else if t.status == bs {
            workflow = o
        } else {
            let oursStep = firstTransition(oursNew, o.id), theirsStep = firstTransition(theirsNew, o.id)
            let oursFirst = !later(oursStep, theirsStep, o.status.rawValue, t.status.rawValue)
            workflow = oursFirst ? o : t
            let loser = oursFirst ? t : o
            raise(.transitionClash, subject: .application(o.id), field: .application(.status), kept: workflow.status.rawValue,
                  lost: loser.status.rawValue, by: (oursFirst ? theirsStep : oursStep)?.by)
        }
        merged.status = workflow.status
        merged.stepDates = workflow.stepDates
        merged.granted = workflow.granted
        merged.outcome = workflow.outcome
        return merged
    }

    /// The first step either side took, as believed.
    func firstTransition(_ entries: [HistoryEntry], _ id: String) -> HistoryEntry? {
        entries.filter { $0.subject == .application(id) && $0.action == .transition }.min(by: moments.precedes)
    }

    // MARK: Collections

    /// Records matched by id across the three copies.
    mutating func records<R: FieldRecord & Equatable>(_ b: [R], _ o: [R], _ t: [R], subject: (String) -> Subject,
                                                       merge: (inout Merger, R?, R, R) -> R) -> [R] {
        let baseByID = Dictionary(b.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let oursByID = Dictionary(o.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let theirsByID = Dictionary(t.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [R] = []
        for id in Set(oursByID.keys).union(theirsByID.keys).sorted() {
            let was = baseByID[id]
            switch (oursByID[id], theirsByID[id]) {
            case let (mine?, other?):
                result.append(merge(&self, was, mine, other))
            case let (only?, nil), let (nil, only?):
                guard let was else { result.append(only); continue }  // added on one side
                if only == was { continue }  // removed on the other side, untouched here
                // Removed on one side, edited on the other: the edit is kept.
                raise(.removedEdited, subject: subject(id), kept: nil, lost: nil, by: nil)
                result.append(only)
            case (nil, nil):
                break
            }
        }
        return result
    }

    /// Every entry of the three histories, once. An entry is never changed once recorded: the
    /// ancestor's copy of it is kept; should a hand edit make two new ones with one id differ, both
    /// laptops keep the same one.
    static func union(_ base: [HistoryEntry], _ a: [HistoryEntry], _ b: [HistoryEntry]) -> [HistoryEntry] {
        var byID: [String: HistoryEntry] = [:]
        func keep(_ entries: [HistoryEntry]) {
            var chosen: [String: HistoryEntry] = [:]
            for entry in entries where byID[entry.id] == nil {
                if let existing = chosen[entry.id], String(describing: existing) <= String(describing: entry) { continue }
                chosen[entry.id] = entry
            }
            byID.merge(chosen) { first, _ in first }
        }
        keep(base)
        keep(a + b)
        return byID.values.sorted(by: HistoryEntry.precedes)
    }

    /// Every notice once; resolved when resolved on either side. Two copies of one notice that
    /// differ otherwise (raised by two merges at two moments) become the same on both laptops.
    static func unionNotices(_ all: [Notice]) -> [Notice] {
        var byID: [String: Notice] = [:]
        for notice in all {
            guard let existing = byID[notice.id] else { byID[notice.id] = notice; continue }
            var merged = String(describing: existing) <= String(describing: notice) ? existing : notice
            merged.at = min(existing.at, notice.at)
            merged.resolved = existing.resolved || notice.resolved
            byID[notice.id] = merged
        }
        return Array(byID.values)
    }

    // MARK: Notices and rules

    /// A notice, its id derived from the municipality and what it says (and `detail`, what else
    /// tells it apart), dated at the latest moment either side's history believably has. A copy
    /// that already holds the notice under the id impuls gave it before the municipality counted
    /// keeps that id, so a notice raised again (two grants, on every merge) stays one notice.
    mutating func raise(_ kind: Notice.Kind, subject: Subject, field: RecordField? = nil, kept: String?, lost: String?, by: String?,
                        blocking: Bool = false, detail: [String] = []) {
        let says = [kind.rawValue, subject.text, field?.name ?? "", kept ?? "", lost ?? ""] + detail
        let earlier = StableHash.hex(says)
        let held = (ours.notices + theirs.notices).contains { $0.id == earlier }
        let id = held ? earlier : StableHash.hex([ours.code.rawValue] + says)
        let at = moments.latest(ours.history + theirs.history) ?? Timestamp(milliseconds: 0)
        notices.append(Notice(id: id, at: at, kind: kind, subject: subject, field: field, kept: kept, lost: lost, by: by, blocking: blocking))
    }

    /// The scheme's one-per-municipality rule, on what the merge made: two granted applications, or
    /// two open ones (each started or moved on on another laptop), are kept (one may already have
    /// been communicated) and block until one is withdrawn. Two open ones that are the two granted
    /// are said once, by the notice about grants.
    mutating func checkRules(_ result: inout Dossier) {
        let granted = result.applications.filter { $0.status.isGranted }.map(\.id).sorted()
        if granted.count > 1 {
            raise(.twoGranted, subject: .application(granted[1]), kept: granted[0], lost: granted[1], by: nil, blocking: true)
        }
        let open = result.applications.filter { $0.status.isOpen }.map(\.id).sorted()
        if open.count > 1, granted.count < 2 || !Set(open).isSubset(of: granted) {
            raise(.twoOpen, subject: .application(open[1]), kept: open[0], lost: open[1], by: nil, blocking: true)
        }
    }
}
