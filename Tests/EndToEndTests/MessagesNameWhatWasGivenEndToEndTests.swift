import Foundation
import Testing

/// Issue 29: a message names what the user gave — the folder, the file — and says what happened,
/// never a temporary file of impuls's own.
@Suite struct MessagesNameWhatWasGivenEndToEndTests {
    @Test func aMissingFolderAFolderAsOutputAndAStrayFileAreSaidInTheUsersTerms() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try #"{"adviser": "Anne", "regions": ["Fryslân"]}"#.write(toFile: home + "/config.json", atomically: true, encoding: .utf8)
        let env = pinnedEnvironment(home: home)
        let data = ["--config", home + "/config.json", "--data-dir", home + "/data"]
        #expect(impuls(["demo", "--output", home + "/data"] + data.prefix(2), env).status == 0)

        // A folder that is not there: named as given (relative), never the temporary file.
        let missing = try run(["report", "--output", "nosuchdir/status.html"] + data, environment: env, in: home)
        #expect(missing.status == 2)
        #expect(missing.err == "impuls: nosuchdir: map bestaat niet; niets geschreven — maak de map eerst (mkdir -p) of kies een andere\n")
        let export = try run(["export", "--output", "nosuchdir/export.json"] + data, environment: env, in: home)
        #expect(export.err.hasPrefix("impuls: nosuchdir: map bestaat niet"), "\(export.err)")
        #expect(!(missing.err + export.err).contains(".impuls-tmp"))

        // A folder where a file was meant: said to be a folder.
        try FileManager.default.createDirectory(atPath: home + "/out", withIntermediateDirectories: false)
        for argv in [["report", "--output", "out"], ["export", "--output", "out"], ["import", "out", "--dry-run"]] {
            let folder = try run(argv + data, environment: env, in: home)
            #expect(folder.status != 0)
            #expect(folder.err.hasPrefix("impuls: out: is een map, geen bestand"), "\(argv): \(folder.err)")
        }

        // A stray file among the dossiers: named, and said to be ignored.
        try "notes".write(toFile: home + "/data/dossiers/notes.txt", atomically: true, encoding: .utf8)
        let check = try run(["check"] + data, environment: env, in: home)
        #expect(check.err.contains("dossiers/notes.txt: geen dossier"), "\(check.err)")
        #expect(check.err.contains("genegeerd"), "\(check.err)")
    }
}
