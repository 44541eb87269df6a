import ImpulsCore

/// Upgrades an older dossier file's JSON to the current version before it is decoded.
///
/// Version 0 (the first prototype's files) had no `format` key, called a session's kind `type`,
/// and held amounts as whole euros in `requestedEuros` / `grantedEuros`.
enum Migrations {
    static func upgrade(_ root: JSONNode) throws(JSONShapeError) -> JSONNode {
        let reader = try JSONObjectReader(root, path: "")
        let version = try reader.optionalInt("format") ?? 0
        if version > DossierFormat.currentVersion {
            throw JSONShapeError(path: "format", offset: reader.optional("format")!.offset,
                                 problem: .futureVersion(found: version, supported: DossierFormat.currentVersion))
        }
        if version < 0 {
            throw JSONShapeError(path: "format", offset: reader.optional("format")!.offset, problem: .invalid(expected: .positiveWholeNumber, found: String(version)))
        }
        var node = root
        if version == 0 { node = try zeroToOne(node) }
        return node
    }

    private static func zeroToOne(_ root: JSONNode) throws(JSONShapeError) -> JSONNode {
        guard case .object(var members) = root.value else { return root }
        members.removeAll { $0.key == "format" }
        members.insert((key: "format", value: .int(1)), at: 0)
        for i in members.indices {
            switch members[i].key {
            case "sessions":
                members[i].value = mapElements(members[i].value) { renameKey("type", to: "kind", in: $0) }
            case "applications":
                members[i].value = mapElements(members[i].value) { application in
                    var result = application
                    for key in ["requestedEuros", "grantedEuros"] {
                        result = transformKey(key, to: key.replacingSuffix("Euros", with: "Cents"), in: result) { value in
                            // An amount too large to convert stays as it was, in euros, and is then refused with its position.
                            if case .number(let text) = value.value, let euros = Int(text) {
                                let (cents, overflow) = euros.multipliedReportingOverflow(by: 100)
                                if !overflow { return JSONNode(.number(String(cents)), offset: value.offset) }
                            }
                            return value
                        }
                    }
                    return result
                }
            default: break
            }
        }
        return JSONNode(.object(members), offset: root.offset)
    }

    private static func mapElements(_ node: JSONNode, _ transform: (JSONNode) -> JSONNode) -> JSONNode {
        guard case .array(let elements) = node.value else { return node }
        return JSONNode(.array(elements.map(transform)), offset: node.offset)
    }

    private static func renameKey(_ old: String, to new: String, in node: JSONNode) -> JSONNode {
        transformKey(old, to: new, in: node) { $0 }
    }

    private static func transformKey(_ old: String, to new: String, in node: JSONNode, _ transform: (JSONNode) -> JSONNode) -> JSONNode {
        guard case .object(var members) = node.value else { return node }
        for i in members.indices where members[i].key == old {
            members[i] = (key: new, value: transform(members[i].value))
        }
        return JSONNode(.object(members), offset: node.offset)
    }
}

extension String {
    func replacingSuffix(_ suffix: String, with replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}
