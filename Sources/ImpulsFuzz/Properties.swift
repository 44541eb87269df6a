import ImpulsCore
import ImpulsStore

/// A property of the loader that one input broke.
struct Violation: Error, CustomStringConvertible {
    /// Which property: `fast-equals-careful`, `row-preview`, `round-trip`, `stable-encoding`.
    let property: String
    let detail: String

    var description: String { "\(property): \(detail)" }
}

/// The properties the fuzzer checks on every input; the replayer and the libFuzzer entry point
/// both call `check`, so a saved input replays exactly what the fuzzer ran.
///
/// Never trapping and returning in bounded time are checked by running it at all: libFuzzer
/// reports a crash or a timeout, the replayer names the file (see `Watchdog`).
enum Properties {
    /// The file code a dossier is decoded under when the input names no known municipality.
    static let fallbackCode = MunicipalityCode("GM0080")!

    /// Runs every parser on `bytes`; nil when all properties hold.
    static func check(_ bytes: [UInt8]) -> Violation? {
        let root = try? JSONParser.parse(bytes)
        _ = try? ConfigLoader.parse(bytes, file: "config.json")
        return checkDossier(bytes, root: root, code: fileCode(root))
    }

    /// The loader (which tries the fast decoder first) reads exactly what the careful tree decoder
    /// reads, as the same dossier. When it reads one: the dossier can be used (see `LoadedDossier`),
    /// `decode(encode(d)) == d` and `encode` is stable.
    static func checkDossier(_ bytes: [UInt8], root: JSONNode?, code: MunicipalityCode) -> Violation? {
        let file = "dossiers/\(code).json"
        let loaded = try? DossierFormat.decode(bytes, fileCode: code, file: file)
        // The first screen's preview passes over parts unchecked: it must never trap either, and
        // must show the row of any file the loader reads.
        let row = try? DossierFormat.row(bytes, fileCode: code, file: file, today: LoadedDossier.today)
        if let loaded, row != DossierFigures.Row(loaded, today: LoadedDossier.today) {
            return Violation(property: "row-preview", detail: "the first screen's row differs from the loaded dossier's")
        }
        let careful = root.flatMap { try? DossierFormat.decode(node: $0) }.flatMap { $0.code == code ? $0 : nil }
        guard let dossier = loaded, let careful, dossier == careful else {
            if loaded == nil, careful == nil { return nil }
            let detail = loaded == nil ? "only the careful decoder reads it" : careful == nil ? "only the loader reads it"
                : "they differ at \(differences(loaded!, careful!) ?? "(no stored property differs)")"
            return Violation(property: "fast-equals-careful", detail: detail)
        }
        LoadedDossier.use(dossier)
        let encoded = DossierFormat.encode(dossier)
        let again: Dossier
        do {
            again = try DossierFormat.decode(encoded, fileCode: code, file: file)
        } catch {
            return Violation(property: "round-trip", detail: "its own encoding does not decode: \(error)")
        }
        guard again == dossier else {
            return Violation(property: "round-trip", detail: "decode(encode(d)) differs at \(differences(dossier, again) ?? "(no stored property differs)")")
        }
        guard DossierFormat.encode(again) == encoded else {
            return Violation(property: "stable-encoding", detail: "encode(decode(encode(d))) != encode(d)")
        }
        return nil
    }

    /// Whether `bytes` load as a dossier (for seeds that must, so that a format change cannot
    /// quietly turn them into inputs the loader refuses at once).
    static func loads(_ bytes: [UInt8]) -> Bool {
        let code = fileCode(try? JSONParser.parse(bytes))
        return (try? DossierFormat.decode(bytes, fileCode: code, file: "dossiers/\(code).json")) != nil
    }

    /// The input's `"code"` when it is a known municipality (so the dossier can decode), else GM0080.
    static func fileCode(_ root: JSONNode?) -> MunicipalityCode {
        guard case .string(let text)? = root?["code"]?.value,
              let code = MunicipalityCode(text), ReferenceData.shared.municipality(code) != nil else { return fallbackCode }
        return code
    }

    /// The first place where two values differ, as a path like `history[0].at.milliseconds: 1 ≠ 2`,
    /// found through their stored properties (not their descriptions, which may hide a difference).
    static func differences(_ a: Any, _ b: Any, path: String = "") -> String? {
        let ma = Mirror(reflecting: a), mb = Mirror(reflecting: b)
        if ma.children.isEmpty || mb.children.isEmpty || ma.children.count != mb.children.count {
            let (ta, tb) = (String(reflecting: a), String(reflecting: b))
            let count = ma.children.count == mb.children.count ? "" : " (\(ma.children.count) ≠ \(mb.children.count) elements)"
            return ta == tb && count.isEmpty ? nil : "\(path.isEmpty ? "dossier" : path)\(count): \(ta.prefix(200)) ≠ \(tb.prefix(200))"
        }
        for (index, (ca, cb)) in zip(ma.children, mb.children).enumerated() {
            let step = ca.label.map { path.isEmpty ? $0 : path + "." + $0 } ?? path + "[\(index)]"
            if let found = differences(ca.value, cb.value, path: step) { return found }
        }
        return nil
    }
}
