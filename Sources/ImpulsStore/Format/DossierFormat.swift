import ImpulsCore

/// The on-disk shape of a dossier (`dossiers/GM0000.json`), separate from the domain type.
///
/// Version 1. Keys in a fixed order, dates as `YYYY-MM-DD`, amounts in integer cents, empty
/// values left out: a change to one session changes a few lines of one file.
public enum DossierFormat {
    public static let currentVersion = 1

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
        let root = JSONNode.object([
            ("format", .int(currentVersion)),
            ("code", .string(dossier.code.rawValue)),
            ("name", name.map { .string($0) }),
            ("adviser", nonEmpty(dossier.adviser)),
            ("team", dossier.team.map { .string($0.rawValue) }),
            ("notes", nonEmpty(dossier.notes)),
            ("contacts", .array(dossier.contacts.map(encode))),
            ("sessions", .array(dossier.sessions.map(encode))),
            ("applications", .array(dossier.applications.map(encode))),
            ("history", .array(dossier.history.map(encode))),
        ])
        return root
    }

    /// A dossier from a JSON tree inside a larger file (an export), migrated as needed.
    public static func decode(node: JSONNode) throws(JSONShapeError) -> Dossier {
        try decodeDossier(try Migrations.upgrade(node))
    }

    private static func nonEmpty(_ text: String) -> JSONNode? { text.isEmpty ? nil : .string(text) }

    private static func encode(_ c: Contact) -> JSONNode {
        .object([("id", .string(c.id)), ("name", .string(c.name)), ("role", nonEmpty(c.role)),
                 ("email", nonEmpty(c.email)), ("phone", nonEmpty(c.phone))])
    }

    private static func encode(_ s: AdviceSession) -> JSONNode {
        .object([
            ("id", .string(s.id)), ("date", .day(s.date)), ("kind", .string(s.kind.rawValue)),
            ("participants", s.participants.isEmpty ? nil : .strings(s.participants)),
            ("actionLines", s.actionLines.isEmpty ? nil : .strings(s.actionLines)),
            ("summary", .string(s.summary)), ("minutes", s.minutes.map { .int($0) }),
            ("followUps", s.followUps.isEmpty ? nil : .array(s.followUps.map { f in
                .object([("id", .string(f.id)), ("text", .string(f.text)), ("due", .day(f.due)), ("done", .bool(f.done))])
            })),
        ])
    }

    private static func encode(_ a: Application) -> JSONNode {
        let steps = ApplicationStatus.allCases.compactMap { status in a.stepDates[status].map { (status.rawValue, JSONNode.day($0) as JSONNode?) } }
        return .object([
            ("id", .string(a.id)), ("title", .string(a.title)), ("activities", nonEmpty(a.activities)),
            ("actionLines", .strings(a.actionLines)), ("team", .string(a.team.rawValue)),
            ("requestedCents", .int64(a.requested.value)), ("grantedCents", a.granted.map { .int64($0.value) }),
            ("plannedStart", .day(a.plannedStart)), ("plannedEnd", .day(a.plannedEnd)),
            ("status", .string(a.status.rawValue)), ("steps", .object(steps)), ("outcome", a.outcome.map { .string($0) }),
        ])
    }

    private static func encode(_ h: HistoryEntry) -> JSONNode {
        .object([
            ("change", .int(h.change)), ("on", .day(h.on)), ("by", .string(h.by)), ("subject", .string(h.subject)),
            ("action", .string(h.action.rawValue)), ("field", h.field.map { .string($0) }), ("old", h.old.map { .string($0) }),
            ("new", h.new.map { .string($0) }), ("note", h.note.map { .string($0) }),
        ])
    }

    /// Reads a dossier file's bytes; `fileCode` is the code its name says. Older versions are migrated.
    public static func decode(_ bytes: [UInt8], fileCode: MunicipalityCode, file: String) throws(FileIssue) -> Dossier {
        let root = try JSONParser.parse(bytes, file: file)
        do {
            let migrated = try Migrations.upgrade(root)
            let dossier = try decodeDossier(migrated)
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

    static func decodeDossier(_ root: JSONNode) throws(JSONShapeError) -> Dossier {
        let r = try JSONObjectReader(root, path: "")
        try r.rejectUnknownKeys(["format", "code", "name", "adviser", "team", "notes", "contacts", "sessions", "applications", "history"])
        let codeText = try r.string("code")
        guard let code = MunicipalityCode(codeText), codeText == code.rawValue, ReferenceData.shared.municipality(code) != nil else {
            throw JSONShapeError(path: "code", offset: try r.required("code").offset, problem: .invalid(expected: .knownMunicipalityCode, found: codeText))
        }
        var dossier = Dossier(code: code)
        dossier.adviser = try r.optionalString("adviser") ?? ""
        if let node = r.optional("team") { dossier.team = try JSONObjectReader.choice(node, path: "team", Team.self) }
        dossier.notes = try r.optionalString("notes") ?? ""
        for e in try r.array("contacts") {
            let c = try JSONObjectReader(e.node, path: e.path)
            try c.rejectUnknownKeys(["id", "name", "role", "email", "phone"])
            dossier.contacts.append(Contact(id: try id(c), name: try c.string("name"), role: try c.optionalString("role") ?? "",
                                            email: try c.optionalString("email") ?? "", phone: try c.optionalString("phone") ?? ""))
        }
        for e in try r.array("sessions") {
            let s = try JSONObjectReader(e.node, path: e.path)
            try s.rejectUnknownKeys(["id", "date", "kind", "participants", "actionLines", "summary", "minutes", "followUps"])
            var followUps: [FollowUp] = []
            for fe in try s.array("followUps") {
                let f = try JSONObjectReader(fe.node, path: fe.path)
                try f.rejectUnknownKeys(["id", "text", "due", "done"])
                followUps.append(FollowUp(id: try id(f), text: try f.string("text"), due: try f.day("due"),
                                          done: f.optional("done") == nil ? false : try f.bool("done")))
            }
            let minutes = try s.optionalInt("minutes", in: Limits.minutes)
            dossier.sessions.append(AdviceSession(
                id: try id(s), date: try s.day("date"), kind: try JSONObjectReader.choice(try s.required("kind"), path: s.childPath("kind"), SessionKind.self),
                participants: try s.strings("participants"), actionLines: try s.strings("actionLines"),
                summary: try s.string("summary"), minutes: minutes, followUps: followUps))
        }
        for e in try r.array("applications") {
            let a = try JSONObjectReader(e.node, path: e.path)
            try a.rejectUnknownKeys(["id", "title", "activities", "actionLines", "team", "requestedCents", "grantedCents",
                                     "plannedStart", "plannedEnd", "status", "steps", "outcome"])
            var steps: [ApplicationStatus: CalendarDay] = [:]
            if a.optional("steps") != nil {
                let s = try a.object("steps")
                try s.rejectUnknownKeys(ApplicationStatus.allCases.map(\.rawValue))
                for status in ApplicationStatus.allCases where s.optional(status.rawValue) != nil { steps[status] = try s.day(status.rawValue) }
            }
            dossier.applications.append(Application(
                id: try id(a), title: try a.string("title"), activities: try a.optionalString("activities") ?? "",
                actionLines: try a.strings("actionLines"), team: try JSONObjectReader.choice(try a.required("team"), path: a.childPath("team"), Team.self),
                requested: try cents(a, "requestedCents", allowZero: false)!,
                granted: try cents(a, "grantedCents", allowZero: true),
                plannedStart: try a.day("plannedStart"), plannedEnd: try a.day("plannedEnd"),
                status: try JSONObjectReader.choice(try a.required("status"), path: a.childPath("status"), ApplicationStatus.self),
                stepDates: steps, outcome: try a.optionalString("outcome")))
        }
        for e in try r.array("history") {
            let h = try JSONObjectReader(e.node, path: e.path)
            try h.rejectUnknownKeys(["change", "on", "by", "subject", "action", "field", "old", "new", "note"])
            dossier.history.append(HistoryEntry(
                change: try h.int("change", in: Limits.changeNumber), on: try h.day("on"), by: try h.string("by"), subject: try h.string("subject"),
                action: try JSONObjectReader.choice(try h.required("action"), path: h.childPath("action"), HistoryEntry.Action.self),
                field: try h.optionalString("field"), old: try h.optionalString("old"), new: try h.optionalString("new"),
                note: try h.optionalString("note")))
        }
        try rejectDuplicateIDs(r)
        return dossier
    }

    /// Every record's id is unique in its dossier: edits, undo and merges find records by id.
    private static func rejectDuplicateIDs(_ r: JSONObjectReader) throws(JSONShapeError) {
        var seen = Set<String>()
        func check(_ e: (node: JSONNode, path: String)) throws(JSONShapeError) {
            guard let idNode = e.node["id"], case .string(let id) = idNode.value else { return }
            if !seen.insert(id).inserted {
                throw JSONShapeError(path: e.path + ".id", offset: idNode.offset, problem: .invalid(expected: .uniqueID, found: id))
            }
        }
        for key in ["contacts", "sessions", "applications"] {
            for e in try r.array(key) {
                try check(e)
                if key == "sessions" { for f in try JSONObjectReader(e.node, path: e.path).array("followUps") { try check(f) } }
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
        guard r.optional(key) != nil else {
            if allowZero { return nil }
            throw JSONShapeError(path: r.childPath(key), offset: r.node.offset, problem: .missing)
        }
        let value = try r.int(key)
        guard value > 0 || (allowZero && value == 0), value <= Limits.cents else {
            throw JSONShapeError(path: r.childPath(key), offset: r.optional(key)!.offset,
                                 problem: .invalid(expected: allowZero ? .nonNegativeAmount : .positiveAmount, found: String(value)))
        }
        return Cents(Int64(value))
    }

}
