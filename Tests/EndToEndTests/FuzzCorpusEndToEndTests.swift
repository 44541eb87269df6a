import Foundation
import Testing

/// The fuzz target's saved inputs, replayed through the debug `impuls-fuzz` (Sources/ImpulsFuzz):
/// every seed and every input the fuzzer once found crashing must now hold every property.
@Suite struct FuzzCorpusEndToEndTests {
    /// The replayer, built next to `impuls`.
    static let replayer = URL(fileURLWithPath: Binary.path).deletingLastPathComponent().appendingPathComponent("impuls-fuzz").path

    /// `Tests/Fuzz/seeds/*` and `Tests/Fuzz/crashes/*`, as paths relative to the package.
    static let inputs: [String] = ["Tests/Fuzz/seeds", "Tests/Fuzz/crashes"].flatMap { folder in
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Binary.packageRoot.appendingPathComponent(folder).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
    }

    @Test(arguments: inputs) func holdsEveryProperty(_ input: String) throws {
        let result = try runProgram([Self.replayer, input], environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"], in: Binary.packageRoot.path)
        #expect(result.status == 0, "impuls-fuzz \(input) exited with \(result.status):\n\(result.err.split(separator: "\n").prefix(30).joined(separator: "\n"))")
    }

    /// A seed named after a municipality (`…GM0080.json`) is a dossier and must load: after a format
    /// change it would otherwise be refused at once and fuzz nothing past the first key.
    @Test func theDossierSeedsLoad() throws {
        let dossiers = Self.inputs.filter { $0.hasPrefix("Tests/Fuzz/seeds/") && $0.contains("GM") }
        #expect(dossiers.count >= 10)
        let result = try runProgram([Self.replayer, "--must-load"] + dossiers, environment: ["PATH": "/usr/bin:/bin"], in: Binary.packageRoot.path)
        #expect(result.status == 0, "\(result.err)")
    }

    /// The replayer's failure path: a file it cannot check fails the run and is named.
    @Test func aFileThatCannotBeCheckedFailsTheReplay() throws {
        let result = try runProgram([Self.replayer, "Tests/Fuzz/seeds/no-such-file.json"], environment: ["PATH": "/usr/bin:/bin"], in: Binary.packageRoot.path)
        #expect(result.status == 1)
        #expect(result.err.contains("no-such-file.json"))
    }
}
