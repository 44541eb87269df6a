import ImpulsCore

/// Upgrades an older dossier file before it is decoded.
///
/// Version 0 (the first prototype's files) had no `format` key, called a session's kind `type`,
/// and held amounts as whole euros in `requestedEuros` / `grantedEuros`: upgraded as JSON to 1.
/// Version 1 numbered history entries per change (`change`: 1, 2, …), which clash between laptops,
/// packed removed records into one string, and named an undone change by its number: its history
/// is read by `historyFromVersion1`, giving ids, moments and records derived from the file alone,
/// so two laptops migrating the same file get the same entries.
/// Version 2 is version 3 without the history entries' `laptop`, and version 3 is version 4 without
/// the history action `erased`: neither needs a migration, and both readers read them as version 4.
enum Migrations {
    /// The version the file was written in, and its JSON brought up to version 1 (or left as it is).
    static func upgrade(_ root: JSONNode) throws(JSONShapeError) -> (version: Int, node: JSONNode) {
        let reader = try JSONObjectReader(root, path: "")
        let version = try reader.optionalInt("format") ?? 0
        if version > DossierFormat.currentVersion {
            throw JSONShapeError(path: "format", offset: reader.optional("format")?.offset ?? root.offset,
                                 problem: .futureVersion(found: version, supported: DossierFormat.currentVersion))
        }
        if version < 0 {
            throw JSONShapeError(path: "format", offset: reader.optional("format")?.offset ?? root.offset, problem: .invalid(expected: .positiveWholeNumber, found: String(version)))
        }
        return (version, version == 0 ? try zeroToOne(root) : root)
    }

    private static func zeroToOne(_ root: JSONNode) throws(JSONShapeError) -> JSONNode {
        guard case .object(var members) = root.value else { return root }
        members.removeAll { $0.key == "format" }
        members.insert((key: "format", value: .int(1)), at: 0)
        for i in members.indices {
            guard case .array(var elements) = members[i].value.value else { continue }
            switch members[i].key {
            case "sessions":
                elements = elements.map { renameKey("type", to: "kind", in: $0) }
            case "applications":
                for (index, application) in elements.enumerated() {
                    var result = application
                    for key in ["requestedEuros", "grantedEuros"] {
                        result = try eurosToCents(key, in: result, path: "applications[\(index)]")
                    }
                    elements[index] = result
                }
            default: continue
            }
            members[i].value = JSONNode(.array(elements), offset: members[i].value.offset)
        }
        return JSONNode(.object(members), offset: root.offset)
    }

    /// `requestedEuros: 9500` → `requestedCents: 950000`; an amount too large to convert is refused
    /// where it stands, under the name the file gives it.
    private static func eurosToCents(_ key: String, in node: JSONNode, path: String) throws(JSONShapeError) -> JSONNode {
        guard case .object(var members) = node.value, let i = members.firstIndex(where: { $0.key == key }) else { return node }
        let value = members[i].value
        var converted = value
        if case .number(let text) = value.value, let euros = Int(text) {
            let (cents, overflow) = euros.multipliedReportingOverflow(by: 100)
            guard !overflow, cents <= DossierFormat.Limits.cents else {
                throw JSONShapeError(path: path + "." + key, offset: value.offset, problem: .invalid(expected: .positiveAmount, found: text))
            }
            converted = JSONNode(.number(String(cents)), offset: value.offset)
        }
        members[i] = (key: key.replacingSuffix("Euros", with: "Cents"), value: converted)
        return JSONNode(.object(members), offset: node.offset)
    }

    private static func renameKey(_ old: String, to new: String, in node: JSONNode) -> JSONNode {
        guard case .object(var members) = node.value else { return node }
        for i in members.indices where members[i].key == old { members[i] = (key: new, value: members[i].value) }
        return JSONNode(.object(members), offset: node.offset)
    }

    /// A version-1 history as version-2 entries. Change N gets the id `hash(code, N)`, its entries
    /// `.00`, `.01`, … in file order, and the moment of its day's start plus N milliseconds (so the
    /// order stays the file's). A removed record's packed fields become the record; the follow-ups
    /// removed with their session go back into the session's record.
    static func historyFromVersion1(_ r: JSONObjectReader, code: MunicipalityCode) throws(JSONShapeError) -> [HistoryEntry] {
        struct Old { let reader: JSONObjectReader; let change: Int; let subject: Subject; let action: HistoryEntry.Action }
        var old: [Old] = []
        for e in try r.array("history") {
            let h = try JSONObjectReader(e.node, path: e.path)
            try h.rejectUnknownKeys(["change", "on", "by", "subject", "action", "field", "old", "new", "note"])
            old.append(Old(reader: h, change: try h.int("change", in: DossierFormat.Limits.changeNumber),
                           subject: try DossierFormat.subject(h, "subject"),
                           action: try JSONObjectReader.choice(try h.required("action"), path: h.childPath("action"), HistoryEntry.Action.self)))
        }
        func changeID(_ number: Int) -> String { StableHash.hex(["impuls-v1", code.rawValue, String(number)]) }
        var entries: [HistoryEntry] = []
        var counts: [Int: Int] = [:]
        for entry in old {
            let h = entry.reader
            let parent = try h.optionalString("field")
            // A follow-up removed together with its session comes back inside the session's record.
            if entry.action == .removed, case .followUp = entry.subject, let parent,
               old.contains(where: { $0.change == entry.change && $0.action == .removed && $0.subject.text == parent }) { continue }
            let index = counts[entry.change, default: 0]
            counts[entry.change] = index + 1
            let on = try h.day("on")
            var removed: RecordSnapshot?
            var field: RecordField?
            var undoes: String?
            var oldValue = try h.optionalString("old")
            if entry.action == .removed {
                // The field slot held the session a removed follow-up belonged to (`parent`), not a field.
                oldValue = nil
                removed = try removedRecord(entry.subject, packed: try h.optionalString("old") ?? "", parent: parent, reader: h)
                if case .session(var session)? = removed {
                    for f in old where f.change == entry.change && f.action == .removed {
                        guard case .followUp = f.subject, try f.reader.optionalString("field") == entry.subject.text,
                              case .followUp(let followUp, _) = try removedRecord(f.subject, packed: try f.reader.optionalString("old") ?? "",
                                                                                  parent: entry.subject.text, reader: f.reader) else { continue }
                        session.followUps.append(followUp)
                    }
                    removed = .session(session)
                }
            } else {
                field = try DossierFormat.field(h, "field", of: entry.subject)
            }
            if entry.action == .undo {
                guard let number = oldValue.flatMap(Int.init) else {
                    throw JSONShapeError(path: h.childPath("old"), offset: h.node.offset, problem: .invalid(expected: .positiveWholeNumber, found: oldValue ?? ""))
                }
                undoes = changeID(number)
                oldValue = nil
            }
            entries.append(HistoryEntry(
                id: changeID(entry.change) + "." + (index < 10 ? "0" : "") + String(index),
                // Within the entry's own day, in the order of the changes (a number past a day's worth of
                // milliseconds stays on its day).
                at: Timestamp(milliseconds: Timestamp(day: on).milliseconds + Int64(min(entry.change, 86_399_999))),
                on: on, by: try h.string("by"), subject: entry.subject, action: entry.action,
                field: field, old: oldValue, new: try h.optionalString("new"), note: try h.optionalString("note"),
                before: removed, undoes: undoes))
        }
        return entries
    }

    private static func removedRecord(_ subject: Subject, packed: String, parent: String?,
                                      reader h: JSONObjectReader) throws(JSONShapeError) -> RecordSnapshot {
        let values = unpack(packed)
        let invalid = JSONShapeError(path: h.childPath("old"), offset: h.node.offset, problem: .invalid(expected: .nonEmptyText, found: packed))
        // The record gets the id its subject names: it must be an id a record may have.
        guard let id = subject.record?.id, !id.isEmpty, id.count <= 64 else {
            throw JSONShapeError(path: h.childPath("subject"), offset: h.node.offset, problem: .invalid(expected: .nonEmptyText, found: subject.text))
        }
        switch subject {
        case .session(let id):
            // A packed duration is checked like one read from a session (version 1 packed any number).
            guard let fields = SessionField.values(named: values),
                  var session = try? AdviceSession(id: id, date: .earliest, kind: .advice, summary: "").setting(fields),
                  session.minutes.map(DossierFormat.Limits.minutes.contains) ?? true else { throw invalid }
            session.followUps = []
            return .session(session)
        case .followUp(let id):
            guard let parent, case .session(let sessionID)? = Subject(text: parent),
                  let fields = FollowUpField.values(named: values),
                  let followUp = try? FollowUp(id: id, text: "", due: .earliest).setting(fields) else { throw invalid }
            return .followUp(followUp, session: sessionID)
        case .contact(let id):
            guard let fields = ContactField.values(named: values), let contact = try? Contact(id: id, name: "").setting(fields) else { throw invalid }
            return .contact(contact)
        case .application, .dossier:
            throw invalid
        }
    }

    /// Version 1's packing of a removed record's fields: `key US value RS key US value`.
    private static func unpack(_ text: String) -> [String: String] {
        var values: [String: String] = [:]
        for pair in text.split(separator: "\u{1E}", omittingEmptySubsequences: false) {
            let parts = pair.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        return values
    }
}

extension String {
    func replacingSuffix(_ suffix: String, with replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}
