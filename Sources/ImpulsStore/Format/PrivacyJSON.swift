import ImpulsCore

/// `impuls privacy find --format json` and `privacy export`: every place a person's text occurs,
/// readable by the person it is about (keys in English, values as the dossier holds them).
public enum PrivacyJSON {
    /// One dossier's mentions, with the folder it was read from.
    public struct Found: Sendable {
        public var folder: String
        public var code: MunicipalityCode
        public var mentions: [Dossier.Mention]
        public init(folder: String, code: MunicipalityCode, mentions: [Dossier.Mention]) {
            self.folder = folder
            self.code = code
            self.mentions = mentions
        }
    }

    /// `about`: what was asked for (in an export, for the person; nil in `find`'s output).
    public static func encode(_ found: [Found], about: String?, made: CalendarDay) -> [UInt8] {
        let places: [JSONNode] = found.flatMap { dossier in
            dossier.mentions.map { m in
                let record = m.subject.record
                let members: [(String, JSONNode?)] = [
                    ("folder", .string(dossier.folder)), ("code", .string(dossier.code.rawValue)),
                    ("municipality", .string(ReferenceData.shared.municipality(dossier.code)?.name ?? dossier.code.rawValue)),
                    ("record", .string(record?.kind.rawValue ?? "dossier")), ("recordId", record.map { .string($0.id) }),
                    ("field", .string(m.field)), ("value", .string(m.value)),
                    ("historyEntry", m.historyEntry.map { .string($0) }), ("notice", m.notice.map { .string($0) }),
                    ("on", m.on.map { .day($0) }),
                ]
                return JSONNode.object(members)
            }
        }
        var root: [(String, JSONNode?)] = []
        if let about { root.append(("about", .string(about))) }
        root += [("made", .day(made)), ("places", .array(places))]
        return JSONWriter.write(.object(root))
    }
}
