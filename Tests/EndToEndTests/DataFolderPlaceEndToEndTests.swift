import Foundation
import Testing

/// Issue #25: the data folder is never `/` or a system folder (as root a save made `/dossiers` and
/// `/impuls.json`), and a folder that holds other things but no `impuls.json` is not written into.
/// Each refusal names the folder and where its path was given.
@Suite struct DataFolderPlaceEndToEndTests {
    static let system = "is the root or a system folder, never a data folder; nothing made or written"
    static let foreign = "already holds other things (such as ‘notes.txt’) and no impuls.json"

    @Test func aSystemFolderIsRefusedNamingWhereItsPathWasGiven() throws {
        let w = Workbench()
        let config = w.home + "/root.json"
        w.write(#"{"language": "en", "dataDir": "/"}"#, to: config)
        try FileManager.default.createSymbolicLink(atPath: w.home + "/slash", withDestinationPath: "/")
        let inUsr = "/usr/share/impuls-test-" + UUID().uuidString.prefix(8)
        var noDataDir = w.env
        noDataDir["IMPULS_DATA_DIR"] = nil
        var usrEnv = w.env
        usrEnv["IMPULS_DATA_DIR"] = w.home + "/../../" + inUsr
        let existed = ["/impuls.json", "/dossiers"].filter { FileManager.default.fileExists(atPath: $0) }
        let cases: [(arguments: [String], env: [String: String], shown: String, origin: String)] = [
            (["session", "add", "GM0080", "--summary", "x", "--config", config], noDataDir, "/: / ", "(dataDir in \(config))"),
            (["session", "add", "GM0080", "--summary", "x", "--data-dir", w.home + "/slash"], w.env, "/slash: / ", "(given with --data-dir)"),
            (["application", "new", "GM0080", "--title", "T", "--amount", "5000", "--start", "2023-11-01", "--end", "2024-01-31",
              "--action-line", "wijkteams"], usrEnv, ": \(inUsr) ", "(from $IMPULS_DATA_DIR)"),
            (["demo", "--output", w.home + "/slash/etc/impuls"], w.env, ": /etc/impuls ", "(given with --output)"),
            (["sync", "--clone", w.home + "/nowhere.git", "--config", config], noDataDir, "/: / ", "(dataDir in \(config))"),
            (["status", "--config", config], noDataDir, "/: / ", "(dataDir in \(config))"),
        ]
        for (arguments, env, shown, origin) in cases {
            let result = impuls(arguments, env)
            let command = arguments.prefix(2).joined(separator: " ")
            #expect(result.status == 2, "\(command): status \(result.status): \(result.errHead)")
            #expect(result.err.contains(shown + Self.system), "\(command) names the folder: \(result.errHead)")
            #expect(result.err.contains(origin), "\(command) says where it was given: \(result.errHead)")
        }
        #expect(["/impuls.json", "/dossiers"].filter { FileManager.default.fileExists(atPath: $0) } == existed, "nothing made in /")
        #expect(!FileManager.default.fileExists(atPath: inUsr), "nothing made in /usr")
    }

    @Test func aFolderHoldingOtherThingsIsNotWrittenInto() throws {
        let w = Workbench()
        w.write("mine", to: w.data + "/notes.txt")
        try FileManager.default.createDirectory(atPath: w.data + "/photos", withIntermediateDirectories: true)
        let before = w.snapshot()
        for arguments in [["session", "add", "GM0080", "--summary", "x"], ["demo", "--output", w.data]] {
            let result = w.run(arguments)
            #expect(result.status == 2, "\(arguments[0]): status \(result.status): \(result.errHead)")
            #expect(result.err.contains(w.data + ": this folder " + Self.foreign), "\(arguments[0]): \(result.errHead)")
            #expect(result.err.contains(arguments[0] == "demo" ? "(given with --output)" : "(from $IMPULS_DATA_DIR)"), "\(result.errHead)")
            #expect(Workbench.differences(before, w.snapshot()) == [], "\(arguments[0]): nothing written into it")
        }
        // Looking is fine: nothing is written.
        #expect(w.run("status").status == 0)
        #expect(Workbench.differences(before, w.snapshot()) == [])
    }

    /// An empty folder, a fresh clone of an empty team repository (only `.git`) and a folder of an
    /// older impuls (only `dossiers/`) are worked in as before.
    @Test func anEmptyOrImpulsLikeFolderIsWorkedIn() throws {
        for made in [[String](), [".git/"], ["dossiers/"]] {
            let w = Workbench()
            try FileManager.default.createDirectory(atPath: w.data, withIntermediateDirectories: true)
            for entry in made { try FileManager.default.createDirectory(atPath: w.data + "/" + entry, withIntermediateDirectories: true) }
            let result = w.run("session", "add", "GM0080", "--summary", "x")
            #expect(result.status == 0, "\(made): \(result.errHead)")
            #expect(w.contents(w.data + "/impuls.json") != nil, "\(made): the folder became a data folder")
        }
    }
}
