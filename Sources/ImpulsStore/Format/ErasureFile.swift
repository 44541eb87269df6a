import ImpulsCore

/// `erasures.json`, shared beside the dossiers: the team's records of erasures (`ErasureRecord`),
/// sorted by id, so that two laptops that know the same erasures write the same bytes.
public enum ErasureFile {
    /// Its path in the data folder (and in the team's repository).
    public static let path = "erasures.json"

    public static func encode(_ records: [ErasureRecord]) -> [UInt8] {
        let sorted = Array(Set(records)).sorted { ($0.id, $0.digest) < ($1.id, $1.digest) }
        return JSONWriter.write(.object([
            ("format", .int(1)),
            ("erasures", .array(sorted.map { r in
                if let purge = r.purge {
                    return .object([("id", .string(r.id)), ("on", .day(r.on)), ("by", .string(r.by)), ("purgeBefore", .day(purge.before)),
                                    ("codes", .strings(purge.codes.map(\.rawValue)))])
                }
                return .object([("id", .string(r.id)), ("on", .day(r.on)), ("by", .string(r.by)), ("salt", .string(r.salt)),
                                ("digest", .string(r.digest)), ("length", .int(r.length)), ("check", .string(String(r.check)))])
            })),
        ]))
    }

    /// The records in `bytes`; nil when they are not an erasures file this impuls reads.
    public static func decode(_ bytes: [UInt8]) -> [ErasureRecord]? {
        do {
            let root = try JSONObjectReader(JSONParser.parse(bytes), path: "")
            try root.rejectUnknownKeys(["format", "erasures"])
            guard try root.int("format") == 1 else { return nil }
            return try root.array("erasures").map { element throws(JSONShapeError) in
                let r = try JSONObjectReader(element.node, path: element.path)
                if r.has("purgeBefore") {
                    try r.rejectUnknownKeys(["id", "on", "by", "purgeBefore", "codes"])
                    let codes = try r.strings("codes").map { text throws(JSONShapeError) -> MunicipalityCode in
                        guard let code = MunicipalityCode(text) else {
                            throw JSONShapeError(path: r.childPath("codes"), offset: element.node.offset, problem: .invalid(expected: .positiveWholeNumber, found: text))
                        }
                        return code
                    }
                    return ErasureRecord(purging: .init(before: try r.day("purgeBefore"), codes: codes), id: try r.string("id"), on: try r.day("on"), by: try r.string("by"))
                }
                try r.rejectUnknownKeys(["id", "on", "by", "salt", "digest", "length", "check"])
                guard let check = UInt64(try r.string("check")) else {
                    throw JSONShapeError(path: r.childPath("check"), offset: element.node.offset, problem: .invalid(expected: .positiveWholeNumber, found: "check"))
                }
                return ErasureRecord(id: try r.string("id"), on: try r.day("on"), by: try r.string("by"), salt: try r.string("salt"),
                                     digest: try r.string("digest"), length: try r.int("length", in: 1...4096), check: check)
            }
        } catch {
            return nil
        }
    }

    /// Both sides' records, as one file (a merge of two laptops' `erasures.json`).
    public static func union(_ a: [UInt8]?, _ b: [UInt8]?) -> [UInt8] {
        encode((a.flatMap(decode) ?? []) + (b.flatMap(decode) ?? []))
    }
}
