import ImpulsCore

/// The on-disk shape of a dossier (`dossiers/GM0000.json`), separate from the domain type.
///
/// Version 4. Keys in a fixed order, dates as `YYYY-MM-DD`, amounts in integer cents, empty
/// values left out: a change to one session changes a few lines of one file. History entries
/// carry an id, a moment, an author and the author's laptop, so two laptops' histories merge by id
/// and undo tells whose a change is; a removed record is kept whole in its history entry.
///
/// Version 3 added only the optional `laptop` of a history entry; a version-2 file is read as it
/// is (its entries have none). The version went up all the same because readers refuse keys they
/// do not know: an impuls that reads version 2 would call a newer file damaged, where the version
/// makes it say "update impuls". Version 4 added only the history action `erased` (a person's data
/// erased, `impuls privacy erase`): a version-3 file is read as it is.
public enum DossierFormat {
    public static let currentVersion = 4

    /// The ranges numbers read from a file must fall in; outside them a file is refused where the
    /// number stands, so no later arithmetic on them can overflow.
    public enum Limits {
        public static let cents = 100_000_000_000  // a billion euros: far above any ceiling, far below overflow
        public static let minutes = AdviceSession.minutesRange
        public static let changeNumber = 1...1_000_000_000
    }

    public static func encode(_ dossier: Dossier) -> [UInt8] { JSONWriter.write(node(dossier)) }

    /// The dossier as a JSON tree (for exports, which hold many).
    public static func node(_ dossier: Dossier) -> JSONNode {
        let name = ReferenceData.shared.municipality(dossier.code)?.name
        return JSONNode.object([
            ("format", .int(currentVersion)),
            ("code", .string(dossier.code.rawValue)),
            ("name", name.map { .string($0) }),
            ("adviser", nonEmpty(dossier.adviser)),
            ("team", dossier.team.map { .string($0.rawValue) }),
            ("notes", nonEmpty(dossier.notes)),
            ("contacts", .array(dossier.contacts.map(encode))),
            ("sessions", .array(dossier.sessions.map(encode))),
            ("applications", .array(dossier.applications.map(encode))),
            ("notices", dossier.notices.isEmpty ? nil : .array(dossier.notices.map(encode))),
            ("history", .array(dossier.history.map(encode))),
        ])
    }

    /// A dossier from a JSON tree inside a larger file (an export), migrated as needed.
    public static func decode(node: JSONNode) throws(JSONShapeError) -> Dossier {
        let (version, upgraded) = try Migrations.upgrade(node)
        return try decodeNamingTheProblem(upgraded, version: version)
    }

    /// Decodes without building key paths; when that fails, again with them, to say where.
    static func decodeNamingTheProblem(_ root: JSONNode, version: Int) throws(JSONShapeError) -> Dossier {
        do {
            return try decodeDossier(root, version: version, rootPath: JSONObjectReader.untracked)
        } catch {
            return try decodeDossier(root, version: version, rootPath: "")
        }
    }

    /// Reads a dossier file's bytes; `fileCode` is the code its name says. Older versions are migrated.
    public static func decode(_ bytes: [UInt8], fileCode: MunicipalityCode, file: String) throws(FileIssue) -> Dossier {
        try decode(bytes, fileCode: fileCode, file: file, reading: .whole)
    }

    /// The figures the status report counts, from a dossier file's bytes: read with every check
    /// `decode` makes, but without keeping free texts — the hollow dossier never leaves this module.
    static func figures(_ bytes: [UInt8], fileCode: MunicipalityCode, file: String, today: CalendarDay) throws(FileIssue) -> DossierFigures {
        if let reading = try? DossierPull.decodeFigures(bytes), reading.dossier.code == fileCode { return reading.figures(today: today) }
        return DossierFigures(try decodeCarefully(bytes, fileCode: fileCode, file: file), today: today)
    }

    /// What a municipality's line shows, for a first screen (see `DossierPull.Reading.row`): a
    /// preview, which may pass a file that the whole reading then finds damaged.
    public static func row(_ bytes: [UInt8], fileCode: MunicipalityCode, file: String, today: CalendarDay) throws(FileIssue) -> DossierFigures.Row {
        DossierFigures.Row(try decode(bytes, fileCode: fileCode, file: file, reading: .row), today: today)
    }

    private static func decode(_ bytes: [UInt8], fileCode: MunicipalityCode, file: String, reading: DossierPull.Reading) throws(FileIssue) -> Dossier {
        // A current file impuls wrote reads straight into the domain; anything else goes the
        // careful way below, which migrates older versions and says what is wrong and where.
        if let dossier = try? DossierPull.decode(bytes, reading: reading), dossier.code == fileCode { return dossier }
        return try decodeCarefully(bytes, fileCode: fileCode, file: file)
    }

    /// Through the tree: migrations, and every problem with its line, column and key path.
    static func decodeCarefully(_ bytes: [UInt8], fileCode: MunicipalityCode, file: String) throws(FileIssue) -> Dossier {
        let root = try JSONParser.parse(bytes, file: file)
        do {
            let (version, migrated) = try Migrations.upgrade(root)
            let dossier = try decodeNamingTheProblem(migrated, version: version)
            guard dossier.code == fileCode else {
                let node = migrated["code"] ?? root
                let p = TextPosition(offset: node.offset, in: bytes)
                throw FileIssue(file: file, line: p.line, column: p.column, keyPath: "code",
                                problem: .codeMismatch(fileCode: fileCode.rawValue, contentCode: dossier.code.rawValue))
            }
            return dossier
        } catch let error as JSONShapeError {
            throw FileIssue(file: file, bytes: bytes, shape: error)
        } catch let issue as FileIssue {
            throw issue
        } catch {
            throw FileIssue(file: file, problem: .unreadable("\(error)"))
        }
    }

    // MARK: Writing

    private static func nonEmpty(_ text: String) -> JSONNode? { text.isEmpty ? nil : .string(text) }

    static func encode(_ c: Contact) -> JSONNode {
        .object([("id", .string(c.id)), ("name", .string(c.name)), ("role", nonEmpty(c.role)),
                 ("email", nonEmpty(c.email)), ("phone", nonEmpty(c.phone))])
    }

    static func encode(_ f: FollowUp) -> JSONNode {
        .object([("id", .string(f.id)), ("text", .string(f.text)), ("due", .day(f.due)), ("done", .bool(f.done))])
    }

    static func encode(_ s: AdviceSession) -> JSONNode {
        .object([
            ("id", .string(s.id)), ("date", .day(s.date)), ("kind", .string(s.kind.rawValue)),
            ("participants", s.participants.isEmpty ? nil : .strings(s.participants)),
            ("actionLines", s.actionLines.isEmpty ? nil : .strings(s.actionLines)),
            ("summary", .string(s.summary)), ("minutes", s.minutes.map { .int($0) }),
            ("followUps", s.followUps.isEmpty ? nil : .array(s.followUps.map(encode))),
        ])
    }

    static func encode(_ a: Application) -> JSONNode {
        let steps = ApplicationStatus.allCases.compactMap { status in a.stepDates[status].map { (status.rawValue, JSONNode.day($0) as JSONNode?) } }
        return .object([
            ("id", .string(a.id)), ("title", .string(a.title)), ("activities", nonEmpty(a.activities)),
            ("actionLines", .strings(a.actionLines)), ("team", .string(a.team.rawValue)),
            ("requestedCents", .int64(a.requested.value)), ("grantedCents", a.granted.map { .int64($0.value) }),
            ("plannedStart", .day(a.plannedStart)), ("plannedEnd", .day(a.plannedEnd)),
            ("status", .string(a.status.rawValue)), ("steps", .object(steps)), ("outcome", a.outcome.map { .string($0) }),
        ])
    }

    static func encode(_ n: Notice) -> JSONNode {
        .object([
            ("id", .string(n.id)), ("at", .string(n.at.description)), ("kind", .string(n.kind.rawValue)),
            ("subject", .string(n.subject.text)), ("field", n.field.map { .string($0.name) }),
            ("kept", n.kept.map { .string($0) }), ("lost", n.lost.map { .string($0) }), ("by", n.by.map { .string($0) }),
            ("blocking", n.blocking ? .bool(true) : nil), ("resolved", n.resolved ? .bool(true) : nil),
        ])
    }

    static func encode(_ h: HistoryEntry) -> JSONNode {
        .object([
            ("id", .string(h.id)), ("at", .string(h.at.description)), ("on", .day(h.on)), ("by", .string(h.by)),
            ("laptop", h.laptop.map { .string($0) }), ("subject", .string(h.subject.text)), ("action", .string(h.action.rawValue)),
            ("field", h.field.map { .string($0.name) }), ("old", h.old.map { .string($0) }),
            ("new", h.new.map { .string($0) }), ("note", h.note.map { .string($0) }),
            ("before", h.before.map(encode)), ("undoes", h.undoes.map { .string($0) }),
        ])
    }

    static func encode(_ snapshot: RecordSnapshot) -> JSONNode {
        switch snapshot {
        case .session(let s): return .object([("session", encode(s))])
        case .followUp(let f, let session): return .object([("followUp", encode(f)), ("inSession", .string(session))])
        case .contact(let c): return .object([("contact", encode(c))])
        case .application(let a): return .object([("application", encode(a))])
        }
    }

    // MARK: Reading

    static func decodeDossier(_ root: JSONNode, version: Int, rootPath: String) throws(JSONShapeError) -> Dossier {
        let r = try JSONObjectReader(root, path: rootPath)
        try r.rejectUnknownKeys(["format", "code", "name", "adviser", "team", "notes", "contacts", "sessions", "applications", "notices", "history"])
        let codeText = try r.string("code")
        guard let code = MunicipalityCode(codeText), codeText == code.rawValue, ReferenceData.shared.municipality(code) != nil else {
            throw JSONShapeError(path: "code", offset: try r.required("code").offset, problem: .invalid(expected: .knownMunicipalityCode, found: codeText))
        }
        var dossier = Dossier(code: code)
        dossier.adviser = try r.optionalString("adviser") ?? ""
        if let node = r.optional("team") { dossier.team = try JSONObjectReader.choice(node, path: "team", Team.self) }
        dossier.notes = try r.optionalString("notes") ?? ""
        for e in try r.array("contacts") { dossier.contacts.append(try contact(try JSONObjectReader(e.node, path: e.path))) }
        for e in try r.array("sessions") { dossier.sessions.append(try session(try JSONObjectReader(e.node, path: e.path))) }
        for e in try r.array("applications") { dossier.applications.append(try application(try JSONObjectReader(e.node, path: e.path))) }
        for e in try r.array("notices") { dossier.notices.append(try notice(try JSONObjectReader(e.node, path: e.path))) }
        if version < 2 {
            dossier.history = try Migrations.historyFromVersion1(r, code: code)
        } else {
            for e in try r.array("history") { dossier.history.append(try historyEntry(try JSONObjectReader(e.node, path: e.path))) }
        }
        if dossier.hasDuplicateIDs { try rejectDuplicateIDs(try JSONObjectReader(root, path: "")) }
        return dossier
    }

    static func contact(_ c: JSONObjectReader) throws(JSONShapeError) -> Contact {
        try c.rejectUnknownKeys(["id", "name", "role", "email", "phone"])
        return Contact(id: try id(c), name: try c.string("name"), role: try c.optionalString("role") ?? "",
                       email: try c.optionalString("email") ?? "", phone: try c.optionalString("phone") ?? "")
    }

    static func followUp(_ f: JSONObjectReader) throws(JSONShapeError) -> FollowUp {
        try f.rejectUnknownKeys(["id", "text", "due", "done"])
        return FollowUp(id: try id(f), text: try f.string("text"), due: try f.day("due"),
                        done: f.optional("done") == nil ? false : try f.bool("done"))
    }

    static func session(_ s: JSONObjectReader) throws(JSONShapeError) -> AdviceSession {
        try s.rejectUnknownKeys(["id", "date", "kind", "participants", "actionLines", "summary", "minutes", "followUps"])
        var followUps: [FollowUp] = []
        for fe in try s.array("followUps") { followUps.append(try followUp(try JSONObjectReader(fe.node, path: fe.path))) }
        return AdviceSession(
            id: try id(s), date: try s.day("date"), kind: try JSONObjectReader.choice(try s.required("kind"), path: s.childPath("kind"), SessionKind.self),
            participants: try s.strings("participants"), actionLines: try s.strings("actionLines"),
            summary: try s.string("summary"), minutes: try s.optionalInt("minutes", in: Limits.minutes), followUps: followUps)
    }

    static func application(_ a: JSONObjectReader) throws(JSONShapeError) -> Application {
        try a.rejectUnknownKeys(["id", "title", "activities", "actionLines", "team", "requestedCents", "grantedCents",
                                 "plannedStart", "plannedEnd", "status", "steps", "outcome"])
        var steps: [ApplicationStatus: CalendarDay] = [:]
        if a.optional("steps") != nil {
            let s = try a.object("steps")
            try s.rejectUnknownKeys(ApplicationStatus.allCases.map(\.rawValue))
            for status in ApplicationStatus.allCases where s.optional(status.rawValue) != nil { steps[status] = try s.day(status.rawValue) }
        }
        guard let requested = try cents(a, "requestedCents", allowZero: false) else {
            throw JSONShapeError(path: a.childPath("requestedCents"), offset: a.node.offset, problem: .missing)
        }
        return Application(
            id: try id(a), title: try a.string("title"), activities: try a.optionalString("activities") ?? "",
            actionLines: try a.strings("actionLines"), team: try JSONObjectReader.choice(try a.required("team"), path: a.childPath("team"), Team.self),
            requested: requested, granted: try cents(a, "grantedCents", allowZero: true),
            plannedStart: try a.day("plannedStart"), plannedEnd: try a.day("plannedEnd"),
            status: try JSONObjectReader.choice(try a.required("status"), path: a.childPath("status"), ApplicationStatus.self),
            stepDates: steps, outcome: try a.optionalString("outcome"))
    }

    static func notice(_ n: JSONObjectReader) throws(JSONShapeError) -> Notice {
        try n.rejectUnknownKeys(["id", "at", "kind", "subject", "field", "kept", "lost", "by", "blocking", "resolved"])
        let (noticeID, at) = (try id(n), try timestamp(n, "at"))
        let kind = try JSONObjectReader.choice(try n.required("kind"), path: n.childPath("kind"), Notice.Kind.self)
        let about = try subject(n, "subject")
        return Notice(id: noticeID, at: at, kind: kind, subject: about, field: try field(n, "field", of: about),
                      kept: try n.optionalString("kept"), lost: try n.optionalString("lost"), by: try n.optionalString("by"),
                      blocking: n.optional("blocking") == nil ? false : try n.bool("blocking"),
                      resolved: n.optional("resolved") == nil ? false : try n.bool("resolved"))
    }

    static func historyEntry(_ h: JSONObjectReader) throws(JSONShapeError) -> HistoryEntry {
        try h.rejectUnknownKeys(["id", "at", "on", "by", "laptop", "subject", "action", "field", "old", "new", "note", "before", "undoes"])
        var removed: RecordSnapshot?
        if h.optional("before") != nil {
            let r = try h.object("before")
            try r.rejectUnknownKeys(["session", "followUp", "inSession", "contact", "application"])
            if r.optional("session") != nil { removed = .session(try session(try r.object("session"))) }
            else if r.optional("followUp") != nil { removed = .followUp(try followUp(try r.object("followUp")), session: try r.string("inSession")) }
            else if r.optional("application") != nil { removed = .application(try application(try r.object("application"))) }
            else { removed = .contact(try contact(try r.object("contact"))) }
        }
        // In the order the keys are written, so the first of several problems is the one named.
        let (entryID, at, on, by, laptop) = (try id(h), try timestamp(h, "at"), try h.day("on"), try h.string("by"), try h.optionalString("laptop"))
        let about = try subject(h, "subject")
        return HistoryEntry(
            id: entryID, at: at, on: on, by: by, laptop: laptop, subject: about,
            action: try JSONObjectReader.choice(try h.required("action"), path: h.childPath("action"), HistoryEntry.Action.self),
            field: try field(h, "field", of: about), old: try h.optionalString("old"), new: try h.optionalString("new"),
            note: try h.optionalString("note"), before: removed, undoes: try h.optionalString("undoes"))
    }

    static func subject(_ r: JSONObjectReader, _ key: String) throws(JSONShapeError) -> Subject {
        let text = try r.string(key)
        guard let subject = Subject(text: text) else {
            throw JSONShapeError(path: r.childPath(key), offset: try r.required(key).offset,
                                 problem: .invalid(expected: .oneOf(["dossier", "session:ID", "follow-up:ID", "contact:ID", "application:ID"]), found: text))
        }
        return subject
    }

    /// A field of what `subject` names, by the name the file gives it; any other name is refused where it stands.
    static func field(_ r: JSONObjectReader, _ key: String, of subject: Subject) throws(JSONShapeError) -> RecordField? {
        guard let text = try r.optionalString(key) else { return nil }
        guard let field = RecordField(name: text, of: subject) else {
            throw JSONShapeError(path: r.childPath(key), offset: try r.required(key).offset,
                                 problem: .invalid(expected: .oneOf(RecordField.names(of: subject)), found: text))
        }
        return field
    }

    static func timestamp(_ r: JSONObjectReader, _ key: String) throws(JSONShapeError) -> Timestamp {
        let text = try r.string(key)
        guard let at = Timestamp(text: text) else {
            throw JSONShapeError(path: r.childPath(key), offset: try r.required(key).offset, problem: .invalid(expected: .timestamp, found: text))
        }
        return at
    }

    /// Names the first id used twice (found on the decoded dossier; located in the file only then).
    private static func rejectDuplicateIDs(_ r: JSONObjectReader) throws(JSONShapeError) {
        var seen = Set<String>()
        var seenEntries = Set<String>()
        func check(_ e: (node: JSONNode, path: String), in set: inout Set<String>) throws(JSONShapeError) {
            guard let idNode = e.node["id"], case .string(let id) = idNode.value else { return }
            if !set.insert(id).inserted {
                throw JSONShapeError(path: e.path + ".id", offset: idNode.offset, problem: .invalid(expected: .uniqueID, found: id))
            }
        }
        for key in ["contacts", "sessions", "applications"] {
            for e in try r.array(key) {
                try check(e, in: &seen)
                if key == "sessions" { for f in try JSONObjectReader(e.node, path: e.path).array("followUps") { try check(f, in: &seen) } }
            }
        }
        for key in ["notices", "history"] {
            var ids = Set<String>()
            for e in try r.array(key) {
                if key == "history" { try check(e, in: &seenEntries) } else { try check(e, in: &ids) }
            }
        }
    }

    private static func id(_ r: JSONObjectReader) throws(JSONShapeError) -> String {
        let text = try r.string("id")
        guard !text.isEmpty, text.count <= 64 else {
            throw JSONShapeError(path: r.childPath("id"), offset: try r.required("id").offset, problem: .invalid(expected: .nonEmptyText, found: text))
        }
        return text
    }

    private static func cents(_ r: JSONObjectReader, _ key: String, allowZero: Bool) throws(JSONShapeError) -> Cents? {
        guard let node = r.optional(key) else { return nil }
        let value = try r.int(key)
        guard value > 0 || (allowZero && value == 0), value <= Limits.cents else {
            throw JSONShapeError(path: r.childPath(key), offset: node.offset,
                                 problem: .invalid(expected: allowZero ? .nonNegativeAmount : .positiveAmount, found: String(value)))
        }
        return Cents(Int64(value))
    }
}

extension Dossier {
    /// Every record's id is unique in its dossier, and so is every history entry's and notice's:
    /// edits, undo and merges find them by id.
    var hasDuplicateIDs: Bool {
        let records = contacts.map(\.id) + sessions.map(\.id) + sessions.flatMap { $0.followUps.map(\.id) } + applications.map(\.id)
        return Set(records).count != records.count || Set(history.map(\.id)).count != history.count || Set(notices.map(\.id)).count != notices.count
    }
}
