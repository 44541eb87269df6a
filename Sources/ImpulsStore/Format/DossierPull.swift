import ImpulsCore

/// The fast way to read a current-version dossier file: straight from the bytes into the domain,
/// with no tree in between. It accepts exactly what `DossierFormat.decodeDossier` accepts or less:
/// anything unusual (another version, keys out of the usual order, a wrong value) makes it give up,
/// and the file is read again the careful way, which names what is wrong and where.
enum DossierPull {
    /// Gave up: read the careful way.
    struct Miss: Error {}

    /// `keepingText` false: every check is made, but free texts (summaries, names, notes, the
    /// history's values) are left empty — for figures, which need only numbers, days, ids and the
    /// adviser. Such a dossier must never be saved or shown.
    static func decode(_ bytes: [UInt8], keepingText: Bool = true) throws -> Dossier {
        try JSONParser.pulling(bytes, keepingText: keepingText, decode)
    }

    private static func decode(_ p: inout JSONParser) throws -> Dossier {
        var dossier: Dossier?
        var seenFormat = false
        try p.pullObject { p, key in
            guard seenFormat || "format" ~= key else { throw Miss() }
            switch key {
            case "format":
                guard try p.pullInt() == DossierFormat.currentVersion else { throw Miss() }
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
        guard let dossier, !dossier.hasDuplicateIDs else { throw Miss() }
        return dossier
    }

    private static func field(_ key: JSONKey, _ p: inout JSONParser, _ d: inout Dossier) throws {
        if try p.pullNull() { return }
        switch key {
        case "name": _ = try p.pullText()
        case "adviser": d.adviser = try p.pullString()
        case "team": d.team = try choice(&p, Team.self)
        case "notes": d.notes = try p.pullText()
        case "contacts": try p.pullArray { p in d.contacts.append(try contact(&p)) }
        case "sessions": try p.pullArray { p in d.sessions.append(try session(&p)) }
        case "applications": try p.pullArray { p in d.applications.append(try application(&p)) }
        case "notices": try p.pullArray { p in d.notices.append(try notice(&p)) }
        case "history": try p.pullArray { p in d.history.append(try entry(&p)) }
        default: throw Miss()
        }
    }

    // MARK: Values

    private static func choice<T: RawRepresentable & CaseIterable>(_ p: inout JSONParser, _: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try p.pullString()) else { throw Miss() }
        return value
    }

    private static func id(_ p: inout JSONParser) throws -> String {
        let text = try p.pullString()
        // Bytes, not characters (counting characters is slow): an id of up to 64 characters in more
        // than 64 bytes is left to the careful reader.
        guard !text.isEmpty, text.utf8.count <= 64 else { throw Miss() }
        return text
    }

    private static func day(_ p: inout JSONParser) throws -> CalendarDay {
        guard let day = try p.pullStringBytes(CalendarDay.init(isoUTF8:)) else { throw Miss() }
        return day
    }

    private static func moment(_ p: inout JSONParser) throws -> Timestamp {
        guard let at = try p.pullStringBytes(Timestamp.init(utf8:)) else { throw Miss() }
        return at
    }

    private static func subject(_ p: inout JSONParser) throws -> Subject {
        guard let subject = try p.pullStringBytes(Subject.init(utf8:)) else { throw Miss() }
        return subject
    }

    private static func strings(_ p: inout JSONParser) throws -> [String] {
        var list: [String] = []
        try p.pullArray { p in list.append(try p.pullText()) }
        return list
    }

    private static func int(_ p: inout JSONParser, in range: ClosedRange<Int>) throws -> Int {
        let value = try p.pullInt()
        guard range.contains(value) else { throw Miss() }
        return value
    }

    /// Reads an object whose every key `body` knows; a key it does not know, or a null where a
    /// value must be, gives up.
    private static func object(_ p: inout JSONParser, _ body: (JSONKey, inout JSONParser) throws -> Bool) throws {
        try p.pullObject { p, key in
            if try p.pullNull() { return }
            guard try body(key, &p) else { throw Miss() }
        }
    }

    // MARK: Records

    private static func contact(_ p: inout JSONParser) throws -> Contact {
        var c = Contact(id: "", name: "")
        var (hasID, hasName) = (false, false)
        try object(&p) { key, p in
            switch key {
            case "id": c.id = try id(&p); hasID = true
            case "name": c.name = try p.pullText(); hasName = true
            case "role": c.role = try p.pullText()
            case "email": c.email = try p.pullText()
            case "phone": c.phone = try p.pullText()
            default: return false
            }
            return true
        }
        guard hasID, hasName else { throw Miss() }
        return c
    }

    private static func followUp(_ p: inout JSONParser) throws -> FollowUp {
        var (fid, text, due, done): (String?, String?, CalendarDay?, Bool) = (nil, nil, nil, false)
        try object(&p) { key, p in
            switch key {
            case "id": fid = try id(&p)
            case "text": text = try p.pullText()
            case "due": due = try day(&p)
            case "done": done = try p.pullBool()
            default: return false
            }
            return true
        }
        guard let fid, let text, let due else { throw Miss() }
        return FollowUp(id: fid, text: text, due: due, done: done)
    }

    private static func session(_ p: inout JSONParser) throws -> AdviceSession {
        var (sid, date, kind, summary): (String?, CalendarDay?, SessionKind?, String?) = (nil, nil, nil, nil)
        var s = AdviceSession(id: "", date: .earliest, kind: .advice, summary: "")
        try object(&p) { key, p in
            switch key {
            case "id": sid = try id(&p)
            case "date": date = try day(&p)
            case "kind": kind = try choice(&p, SessionKind.self)
            case "participants": s.participants = try strings(&p)
            case "actionLines": s.actionLines = try strings(&p)
            case "summary": summary = try p.pullText()
            case "minutes": s.minutes = try int(&p, in: DossierFormat.Limits.minutes)
            case "followUps": try p.pullArray { p in s.followUps.append(try followUp(&p)) }
            default: return false
            }
            return true
        }
        guard let sid, let date, let kind, let summary else { throw Miss() }
        s.id = sid
        s.date = date
        s.kind = kind
        s.summary = summary
        return s
    }

    private static func application(_ p: inout JSONParser) throws -> Application {
        var (aid, title, team, requested, start, end, status): (String?, String?, Team?, Int?, CalendarDay?, CalendarDay?, ApplicationStatus?)
            = (nil, nil, nil, nil, nil, nil, nil)
        var a = Application(id: "", title: "", actionLines: [], team: .zorgVeiligheid, requested: .zero, plannedStart: .earliest, plannedEnd: .earliest)
        try object(&p) { key, p in
            switch key {
            case "id": aid = try id(&p)
            case "title": title = try p.pullText()
            case "activities": a.activities = try p.pullText()
            case "actionLines": a.actionLines = try strings(&p)
            case "team": team = try choice(&p, Team.self)
            case "requestedCents": requested = try int(&p, in: 1...DossierFormat.Limits.cents)
            case "grantedCents": a.granted = Cents(Int64(try int(&p, in: 0...DossierFormat.Limits.cents)))
            case "plannedStart": start = try day(&p)
            case "plannedEnd": end = try day(&p)
            case "status": status = try choice(&p, ApplicationStatus.self)
            case "steps":
                try object(&p) { key, p in
                    guard let step = ApplicationStatus(rawValue: key.text) else { return false }
                    a.stepDates[step] = try day(&p)
                    return true
                }
            case "outcome": a.outcome = try p.pullText()
            default: return false
            }
            return true
        }
        guard let aid, let title, let team, let requested, let start, let end, let status else { throw Miss() }
        a.id = aid
        a.title = title
        a.team = team
        a.requested = Cents(Int64(requested))
        a.plannedStart = start
        a.plannedEnd = end
        a.status = status
        return a
    }

    private static func notice(_ p: inout JSONParser) throws -> Notice {
        var (nid, at, kind, subj): (String?, Timestamp?, Notice.Kind?, Subject?) = (nil, nil, nil, nil)
        var n = Notice(id: "", at: Timestamp(milliseconds: 0), kind: .fieldClash, subject: .dossier)
        try object(&p) { key, p in
            switch key {
            case "id": nid = try id(&p)
            case "at": at = try moment(&p)
            case "kind": kind = try choice(&p, Notice.Kind.self)
            case "subject": subj = try subject(&p)
            case "field": n.field = try p.pullText()
            case "kept": n.kept = try p.pullText()
            case "lost": n.lost = try p.pullText()
            case "by": n.by = try p.pullText()
            case "blocking": n.blocking = try p.pullBool()
            case "resolved": n.resolved = try p.pullBool()
            default: return false
            }
            return true
        }
        guard let nid, let at, let kind, let subj else { throw Miss() }
        n.id = nid
        n.at = at
        n.kind = kind
        n.subject = subj
        return n
    }

    private static func entry(_ p: inout JSONParser) throws -> HistoryEntry {
        var (eid, at, on, by, subj, action): (String?, Timestamp?, CalendarDay?, String?, Subject?, HistoryEntry.Action?) = (nil, nil, nil, nil, nil, nil)
        var h = HistoryEntry(id: "", at: Timestamp(milliseconds: 0), on: .earliest, by: "", subject: .dossier, action: .created)
        try object(&p) { key, p in
            switch key {
            case "id": eid = try id(&p)
            case "at": at = try moment(&p)
            case "on": on = try day(&p)
            case "by": by = try p.pullText()
            case "subject": subj = try subject(&p)
            case "action": action = try choice(&p, HistoryEntry.Action.self)
            case "field": h.field = try p.pullString()
            case "old": h.old = try p.pullText()
            case "new": h.new = try p.pullText()
            case "note": h.note = try p.pullText()
            case "before": h.before = try snapshot(&p)
            case "undoes": h.undoes = try p.pullString()
            default: return false
            }
            return true
        }
        guard let eid, let at, let on, let by, let subj, let action else { throw Miss() }
        h.id = eid
        h.at = at
        h.on = on
        h.by = by
        h.subject = subj
        h.action = action
        return h
    }

    private static func snapshot(_ p: inout JSONParser) throws -> RecordSnapshot {
        var (s, f, inSession, c, a): (AdviceSession?, FollowUp?, String?, Contact?, Application?) = (nil, nil, nil, nil, nil)
        try object(&p) { key, p in
            switch key {
            case "session": s = try session(&p)
            case "followUp": f = try followUp(&p)
            case "inSession": inSession = try p.pullString()
            case "contact": c = try contact(&p)
            case "application": a = try application(&p)
            default: return false
            }
            return true
        }
        // The careful reader takes the first of these that is present, in this order.
        if let s { return .session(s) }
        if let f { guard let inSession else { throw Miss() }; return .followUp(f, session: inSession) }
        if let a { return .application(a) }
        if let c { return .contact(c) }
        throw Miss()
    }
}
