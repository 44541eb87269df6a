import ImpulsCore
import ImpulsStore

/// A property of the loader that one input broke.
struct Violation: Error, CustomStringConvertible {
    /// Which property: `round-trip`, `stable-encoding`.
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
        _ = try? JSONParser.parse(bytes)
        _ = try? ConfigLoader.parse(bytes, file: "config.json")
        return checkDossier(bytes)
    }

    /// When `bytes` decode as a dossier: it can be used (see `LoadedDossier`), `decode(encode(d)) == d`
    /// and `encode` is stable.
    static func checkDossier(_ bytes: [UInt8]) -> Violation? {
        let code = fileCode(bytes)
        let file = "dossiers/\(code).json"
        guard let dossier = try? DossierFormat.decode(bytes, fileCode: code, file: file) else { return nil }
        LoadedDossier.use(dossier)
        let encoded = DossierFormat.encode(dossier)
        let again: Dossier
        do {
            again = try DossierFormat.decode(encoded, fileCode: code, file: file)
        } catch {
            return Violation(property: "round-trip", detail: "its own encoding does not decode: \(error)")
        }
        guard again == dossier else {
            return Violation(property: "round-trip", detail: "decode(encode(d)) differs in \(differences(dossier, again))")
        }
        guard DossierFormat.encode(again) == encoded else {
            return Violation(property: "stable-encoding", detail: "encode(decode(encode(d))) != encode(d)")
        }
        return nil
    }

    /// The input's `"code"` when it is a known municipality (so the dossier can decode), else GM0080.
    static func fileCode(_ bytes: [UInt8]) -> MunicipalityCode {
        guard let root = try? JSONParser.parse(bytes), case .string(let text)? = root["code"]?.value,
              let code = MunicipalityCode(text), ReferenceData.shared.municipality(code) != nil else { return fallbackCode }
        return code
    }

    /// The names of the dossier's fields that differ, for the message.
    private static func differences(_ a: Dossier, _ b: Dossier) -> String {
        let names = zip(Mirror(reflecting: a).children, Mirror(reflecting: b).children)
            .filter { String(reflecting: $0.value) != String(reflecting: $1.value) }
            .map { $0.0.label ?? "?" }
        return names.isEmpty ? "(no field prints differently)" : names.joined(separator: ", ")
    }
}
