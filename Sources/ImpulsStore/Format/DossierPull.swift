import ImpulsCore

/// The fast way to read a current-version dossier file (or a version-2 one, read alike): straight
/// from the bytes into the domain, with no tree in between. It accepts exactly what
/// `DossierFormat.decodeDossier` accepts or less: anything unusual (an older version, keys out of
/// the usual order, a wrong value, an id that is not plain ASCII) makes it give up, and the file is
/// read again the careful way, which names what is wrong and where.
struct DossierPull {
    /// Gave up: read the careful way.
    struct Miss: Error {}

    /// How much of a dossier is read. The whole and the figures readings make every check, so they
    /// accept the same files; the row reading is a preview that checks less.
    enum Reading {
        /// The whole dossier.
        case whole
        /// What `DossierFigures` counts: no free texts or lists of them, no contacts, no ids but the
        /// applications', and of the history only the entries about applications (with their day);
        /// what the advisers' work needs of the rest is gathered as it goes (`WorkFacts`).
        /// Such a dossier must never be saved or shown.
        case figures
        /// What a municipality's line shows (`DossierFigures.Row`), for the interface's first screen:
        /// the figures reading, with free texts, contacts, notices and history passed over
        /// unchecked. A preview, never a verdict: the dossiers are read whole right after.
        case row
    }

    private let reading: Reading
    private var keepsAll: Bool { reading == .whole }
    private var previewing: Bool { reading == .row }
    /// Ids are unique within each of three sets (records, history entries, notices): checked by a
    /// hash of their bytes, and a clash of hashes gives up like a real duplicate (the careful
    /// reader then decides).
    private var recordIDs = HashSet()
    private var entryIDs = HashSet()
    private var noticeIDs = HashSet()
    private enum IDSet { case records, entries, notices, none }
    /// Of a figures reading: what the advisers' work needs of the sessions and the history.
    private(set) var work = WorkFacts()
    /// The hash of the id the last session read had (its key in `work`).
    private var sessionKey: UInt64 = 0

    static func decode(_ bytes: [UInt8], reading: Reading = .whole) throws -> Dossier {
        var pull = DossierPull(reading: reading)
        return try JSONParser.pulling(bytes, keepingText: pull.keepsAll, checkingText: !pull.previewing) { p in try pull.decode(&p) }
    }

    /// A figures reading, with the advisers' work.
    static func decodeFigures(_ bytes: [UInt8]) throws -> Figures {
        var pull = DossierPull(reading: .figures)
        let dossier = try JSONParser.pulling(bytes, keepingText: false, checkingText: true) { p in try pull.decode(&p) }
        return Figures(dossier: dossier, work: pull.work)
    }

    private mutating func decode(_ p: inout JSONParser) throws -> Dossier {
        var dossier: Dossier?
        var seenFormat = false
        var object = try p.beginObject()
        while let key = try p.nextKey(&object) {
            guard seenFormat || "format" ~= key else { throw Miss() }
            switch key {
            case "format":
                guard (2...DossierFormat.currentVersion).contains(try p.pullInt()) else { throw Miss() }
                seenFormat = true
            case "code":
                let text = try p.pullString()
                guard let code = MunicipalityCode(text), text == code.rawValue, ReferenceData.shared.municipality(code) != nil, dossier == nil else { throw Miss() }
                dossier = Dossier(code: code)
            default:
                guard dossier != nil else { throw Miss() }
                try field(key, &p, &dossier!)
            }
        }
        try p.pullEnd()
        guard let dossier else { throw Miss() }
        return dossier
    }

    private mutating func field(_ key: JSONKey, _ p: inout JSONParser, _ d: inout Dossier) throws {
        if try p.pullNull() { return }
        if previewing, "contacts" ~= key || "notices" ~= key || "history" ~= key { return try p.skipUnchecked() }
        switch key {
        case "name": _ = try p.pullText()
        case "adviser": d.adviser = try p.pullString()
        case "team": d.team = try choice(&p, Team.self)
        case "notes": d.notes = try p.pullText()
        case "contacts":
            try p.pullArray { p in
                let contact = try contact(&p, ids: .records)
                if keepsAll { d.contacts.append(contact) }
            }
        case "sessions":
            try p.pullArray { p in
                d.sessions.append(try session(&p, ids: .records))
                if reading == .figures { work.sessionKeys.append(sessionKey) }
            }
        case "applications": try p.pullArray { p in d.applications.append(try application(&p, ids: .records)) }
        case "notices": try p.pullArray { p in d.notices.append(try notice(&p)) }
        case "history": try p.pullArray { p in if let entry = try entry(&p) { d.history.append(entry) } }
        default: throw Miss()
        }
    }

    // MARK: Values

    private func choice<T: RawRepresentable & CaseIterable>(_ p: inout JSONParser, _: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try p.pullString()) else { throw Miss() }
        return value
    }

    /// A record's, entry's or notice's id: 1 to 64 bytes of plain ASCII, unique in `set` (ids in
    /// snapshots, `.none`, are not). Kept when the whole dossier is read, or when `keep` says so.
    private mutating func id(_ p: inout JSONParser, in set: IDSet, keep: Bool = false) throws -> String {
        try id(&p, in: set, keep: keep).text
    }

    /// The same, with the hash of its bytes.
    private mutating func id(_ p: inout JSONParser, in set: IDSet, keep: Bool = false) throws -> (hash: UInt64, text: String) {
        let keeping = keepsAll || keep
        let read = try p.pullStringBytes { bytes -> (hash: UInt64, text: String)? in
            guard !bytes.isEmpty, bytes.count <= 64, let hash = HashSet.hash(ascii: bytes) else { return nil }
            return (hash, keeping ? String(decoding: bytes, as: UTF8.self) : "")
        }
        guard let (hash, text) = read else { throw Miss() }
        let inserted: Bool
        switch set {
        case .records: inserted = recordIDs.insert(hash)
        case .entries: inserted = entryIDs.insert(hash)
        case .notices: inserted = noticeIDs.insert(hash)
        case .none: inserted = true
        }
        guard inserted else { throw Miss() }
        return (hash, text)
    }

    private func day(_ p: inout JSONParser) throws -> CalendarDay {
        guard let day = try p.pullStringBytes(CalendarDay.init(isoUTF8:)) else { throw Miss() }
        return day
    }

    private func moment(_ p: inout JSONParser) throws -> Timestamp {
        guard let at = try p.pullStringBytes(Timestamp.init(utf8:)) else { throw Miss() }
        return at
    }

    /// A subject; of a figures reading only an application's keeps its id (the rest name their kind).
    private func subject(_ p: inout JSONParser) throws -> Subject {
        try subjectAndSessionKey(&p).subject
    }

    /// A subject, and for a session the hash of its id (as `id` hashes it).
    private func subjectAndSessionKey(_ p: inout JSONParser) throws -> (subject: Subject, sessionKey: UInt64?) {
        let keepsAll = keepsAll
        let read = try p.pullStringBytes { bytes -> (Subject, UInt64?)? in
            guard let subject = Subject(utf8: bytes, keepingID: { keepsAll || $0 == .application }) else { return nil }
            guard case .session = subject else { return (subject, nil) }
            return (subject, HashSet.hash(ascii: UnsafeBufferPointer(rebasing: bytes[8...])))
        }
        guard let read else { throw Miss() }
        return read
    }

    /// The field a name gives, of what `subject` names (read once the subject is known).
    private func field(_ name: String?, of subject: Subject) throws -> RecordField? {
        guard let name else { return nil }
        guard let field = RecordField(name: name, of: subject) else { throw Miss() }
        return field
    }

    private func strings(_ p: inout JSONParser) throws -> [String] {
        var list: [String] = []
        let keep = keepsAll
        try p.pullArray { p in
            let text = try p.pullText()
            if keep { list.append(text) }
        }
        return list
    }

    /// A string kept only when the whole dossier is read (checked all the same).
    private func kept(_ p: inout JSONParser) throws -> String {
        keepsAll ? try p.pullString() : try p.pullText()
    }

    private func int(_ p: inout JSONParser, in range: ClosedRange<Int>) throws -> Int {
        let value = try p.pullInt()
        guard range.contains(value) else { throw Miss() }
        return value
    }

    /// What a record's reader made of a key.
    private enum Found { case required, optional, unknown }

    /// Reads an object whose every key `body` knows and in which each of the `required` keys is
    /// present (keys are never repeated: the parser refuses that); an unknown key, or a null where
    /// a value must be, gives up.
    /// `shown`, for a row preview: only the keys a row needs are read, the others passed over
    /// unchecked (and nothing is said about missing keys).
    private static func object(_ p: inout JSONParser, required: Int = 0, shown: ((JSONKey) -> Bool)? = nil,
                               _ body: (JSONKey, inout JSONParser) throws -> Found) throws {
        var found = 0
        var object = try p.beginObject()
        while let key = try p.nextKey(&object) {
            if let shown, !shown(key) {
                try p.skipUnchecked()
                continue
            }
            if try p.pullNull() { continue }
            switch try body(key, &p) {
            case .required: found += 1
            case .optional: break
            case .unknown: throw Miss()
            }
        }
        guard shown != nil || found == required else { throw Miss() }
    }

    /// For a row preview, the keys of a record its row needs (see `object`); nil otherwise.
    private func shownInRow(_ keys: @escaping (JSONKey) -> Bool) -> ((JSONKey) -> Bool)? { previewing ? keys : nil }

    // MARK: Records

    private mutating func contact(_ p: inout JSONParser, ids: IDSet) throws -> Contact {
        var c = Contact(id: "", name: "")
        try Self.object(&p, required: 2) { key, p in
            switch key {
            case "id": c.id = try id(&p, in: ids)
            case "name": c.name = try p.pullText()
            case "role": c.role = try p.pullText(); return .optional
            case "email": c.email = try p.pullText(); return .optional
            case "phone": c.phone = try p.pullText(); return .optional
            default: return .unknown
            }
            return .required
        }
        return c
    }

    private mutating func followUp(_ p: inout JSONParser, ids: IDSet) throws -> FollowUp {
        var f = FollowUp(id: "", text: "", due: .earliest, done: false)
        try Self.object(&p, required: 3, shown: shownInRow { "due" ~= $0 || "done" ~= $0 }) { key, p in
            switch key {
            case "id": f.id = try id(&p, in: ids)
            case "text": f.text = try p.pullText()
            case "due": f.due = try day(&p)
            case "done": f.done = try p.pullBool(); return .optional
            default: return .unknown
            }
            return .required
        }
        return f
    }

    /// A session; `ids` is where its id and its follow-ups' ids count (`.none` in a snapshot).
    private mutating func session(_ p: inout JSONParser, ids: IDSet) throws -> AdviceSession {
        var s = AdviceSession(id: "", date: .earliest, kind: .advice, summary: "")
        try Self.object(&p, required: 4, shown: shownInRow { "date" ~= $0 || "followUps" ~= $0 }) { key, p in
            switch key {
            case "id": (sessionKey, s.id) = try id(&p, in: ids)
            case "date": s.date = try day(&p)
            case "kind": s.kind = try choice(&p, SessionKind.self)
            case "summary": s.summary = try p.pullText()
            case "participants": s.participants = try strings(&p); return .optional
            case "actionLines": s.actionLines = try strings(&p); return .optional
            case "minutes": s.minutes = try int(&p, in: DossierFormat.Limits.minutes); return .optional
            case "followUps": try p.pullArray { p in s.followUps.append(try followUp(&p, ids: ids)) }; return .optional
            default: return .unknown
            }
            return .required
        }
        return s
    }

    private mutating func application(_ p: inout JSONParser, ids: IDSet) throws -> Application {
        var a = Application(id: "", title: "", actionLines: [], team: .zorgVeiligheid, requested: .zero, plannedStart: .earliest, plannedEnd: .earliest)
        try Self.object(&p, required: 7, shown: shownInRow { "status" ~= $0 || "requestedCents" ~= $0 || "grantedCents" ~= $0 }) { key, p in
            switch key {
            case "id": a.id = try id(&p, in: ids, keep: true)
            case "title": a.title = try p.pullText()
            case "team": a.team = try choice(&p, Team.self)
            case "requestedCents": a.requested = Cents(Int64(try int(&p, in: 1...DossierFormat.Limits.cents)))
            case "plannedStart": a.plannedStart = try day(&p)
            case "plannedEnd": a.plannedEnd = try day(&p)
            case "status": a.status = try choice(&p, ApplicationStatus.self)
            case "activities": a.activities = try p.pullText(); return .optional
            case "actionLines": a.actionLines = try strings(&p); return .optional
            case "grantedCents": a.granted = Cents(Int64(try int(&p, in: 0...DossierFormat.Limits.cents))); return .optional
            case "outcome": a.outcome = try p.pullText(); return .optional
            case "steps":
                try Self.object(&p) { key, p in
                    guard let step = ApplicationStatus(rawValue: key.text) else { return .unknown }
                    a.stepDates[step] = try day(&p)
                    return .optional
                }
                return .optional
            default: return .unknown
            }
            return .required
        }
        return a
    }

    private mutating func notice(_ p: inout JSONParser) throws -> Notice {
        var n = Notice(id: "", at: Timestamp(milliseconds: 0), kind: .fieldClash, subject: .dossier)
        var fieldName: String?
        try Self.object(&p, required: 4) { key, p in
            switch key {
            case "id": n.id = try id(&p, in: .notices)
            case "at": n.at = try moment(&p)
            case "kind": n.kind = try choice(&p, Notice.Kind.self)
            case "subject": n.subject = try subject(&p)
            case "field": fieldName = try p.pullString(); return .optional
            case "kept": n.kept = try p.pullText(); return .optional
            case "lost": n.lost = try p.pullText(); return .optional
            case "by": n.by = try p.pullText(); return .optional
            case "blocking": n.blocking = try p.pullBool(); return .optional
            case "resolved": n.resolved = try p.pullBool(); return .optional
            default: return .unknown
            }
            return .required
        }
        n.field = try field(fieldName, of: n.subject)
        return n
    }

    /// A history entry; nil when a figures reading has no use for it (it is about no application).
    private mutating func entry(_ p: inout JSONParser) throws -> HistoryEntry? {
        // Read into parts, not into an entry (a large value): most are checked and let go.
        var (id, at, on, by, subject, action) = ("", Timestamp(milliseconds: 0), CalendarDay.earliest, "", Subject.dossier, HistoryEntry.Action.created)
        var (fieldName, old, new, note, before, undoes): (String?, String?, String?, String?, RecordSnapshot?, String?) = (nil, nil, nil, nil, nil, nil)
        var laptop: String?
        var sessionKey: UInt64?
        try Self.object(&p, required: 6) { key, p in
            switch key {
            case "id": id = try self.id(&p, in: .entries)
            case "at": at = try moment(&p)
            case "on": on = try day(&p)
            case "by": by = try p.pullString()
            case "laptop": laptop = try kept(&p); return .optional
            case "subject": (subject, sessionKey) = try subjectAndSessionKey(&p)
            case "action": action = try choice(&p, HistoryEntry.Action.self)
            case "field": fieldName = try p.pullString(); return .optional
            case "old": old = try p.pullText(); return .optional
            case "new": new = try p.pullText(); return .optional
            case "note": note = try p.pullText(); return .optional
            case "before": before = try snapshot(&p); return .optional
            case "undoes": undoes = try kept(&p); return .optional
            default: return .unknown
            }
            return .required
        }
        let field = try field(fieldName, of: subject)
        if reading == .figures { work.entry(by: by, on: on, logging: action == .created ? sessionKey : nil) }
        guard keepsAll || subject.record?.kind == .application else { return nil }
        return HistoryEntry(id: id, at: at, on: on, by: by, laptop: laptop, subject: subject, action: action, field: field, old: old, new: new,
                            note: note, before: before, undoes: undoes)
    }

    private mutating func snapshot(_ p: inout JSONParser) throws -> RecordSnapshot {
        var (s, f, inSession, c, a): (AdviceSession?, FollowUp?, String?, Contact?, Application?) = (nil, nil, nil, nil, nil)
        try Self.object(&p) { key, p in
            switch key {
            case "session": s = try session(&p, ids: .none)
            case "followUp": f = try followUp(&p, ids: .none)
            case "inSession": inSession = try kept(&p)
            case "contact": c = try contact(&p, ids: .none)
            case "application": a = try application(&p, ids: .none)
            default: return .unknown
            }
            return .optional
        }
        // The careful reader takes the first of these that is present, in this order.
        if let s { return .session(s) }
        if let f { guard let inSession else { throw Miss() }; return .followUp(f, session: inSession) }
        if let a { return .application(a) }
        if let c { return .contact(c) }
        throw Miss()
    }
}
