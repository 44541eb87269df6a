import ImpulsCore

/// The open form's draft file (`.draft.json` in the data folder), so what was typed survives a
/// crash: the purpose of the form, the focused field, and per field name what was typed or chosen.
/// Members are written in a fixed order, maps sorted by key: the same draft is the same bytes.
public enum DraftFormat {
    public static let format = "impuls-draft"

    public static func encode(_ draft: FormDraft) -> [UInt8] {
        var purpose: [(String, JSONNode?)] = [("code", .string(draft.purpose.code.rawValue))]
        switch draft.purpose {
        case .newSession: purpose.append(("kind", .string("newSession")))
        case .newApplication: purpose.append(("kind", .string("newApplication")))
        case .newContact: purpose.append(("kind", .string("newContact")))
        case .edit(_, let kind, let id): purpose += [("kind", .string("edit")), ("record", .string(kind.rawValue)), ("id", .string(id))]
        case .step(_, let id, let target): purpose += [("kind", .string("step")), ("id", .string(id)), ("target", .string(target.rawValue))]
        }
        return JSONWriter.write(.object([
            ("format", .string(format)), ("purpose", .object(purpose)), ("focus", .int(draft.focus)),
            ("texts", .object(draft.texts.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ("options", .object(draft.options.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
            ("chosen", .object(draft.chosen.sorted { $0.key < $1.key }.map { ($0.key, .array($0.value.map { .int($0) })) })),
        ]))
    }

    /// The draft, or nil for anything that is not a draft this version wrote (or one of a
    /// municipality that is not in the reference data). A member of the wrong type is left out.
    public static func decode(_ bytes: [UInt8]) -> FormDraft? {
        guard let root = try? JSONParser.parse(bytes), let r = try? JSONObjectReader(root, path: ""),
              (try? r.string("format")) == format, let p = try? r.object("purpose"),
              let code = (try? p.string("code")).flatMap(MunicipalityCode.init), ReferenceData.shared.municipality(code) != nil,
              let kind = try? p.string("kind") else { return nil }
        let purpose: FormPurpose
        switch kind {
        case "newSession": purpose = .newSession(code)
        case "newApplication": purpose = .newApplication(code)
        case "newContact": purpose = .newContact(code)
        case "edit":
            guard let record = (try? p.string("record")).flatMap(Dossier.RecordKind.init), let id = try? p.string("id") else { return nil }
            purpose = .edit(code, kind: record, id: id)
        case "step":
            guard let id = try? p.string("id"), let target = (try? p.string("target")).flatMap(ApplicationStatus.init) else { return nil }
            purpose = .step(code, applicationID: id, target: target)
        default: return nil
        }
        func members(_ key: String) -> [(key: String, value: JSONNode)] {
            if case .object(let m)? = r.optional(key)?.value { return m }
            return []
        }
        var texts: [String: String] = [:], options: [String: Int] = [:], chosen: [String: [Int]] = [:]
        for m in members("texts") { if case .string(let t) = m.value.value { texts[m.key] = t } }
        for m in members("options") { if let n = try? JSONObjectReader.int(m.value, path: m.key) { options[m.key] = n } }
        for m in members("chosen") {
            if case .array(let list) = m.value.value { chosen[m.key] = list.compactMap { try? JSONObjectReader.int($0, path: m.key) } }
        }
        return FormDraft(purpose: purpose, texts: texts, options: options, chosen: chosen, focus: (try? r.int("focus")) ?? 0)
    }
}
