import Foundation
import Testing

/// Work that takes longer than a second shows a progress line on a terminal, erased when done,
/// and writes nothing of it when standard error is not a terminal.
@Suite struct ProgressEndToEndTests {
    /// Runs `impuls ARGS` in tmux: waits for a progress line matching `pattern`, then for the end;
    /// returns the final screen.
    func watch(_ arguments: [String], _ environment: [String: String], progress pattern: String, home: String) throws -> String {
        let folder = home + "/tmux-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let session = try TmuxSession(command: [Binary.path] + arguments, environment: environment, columns: 80, rows: 24, folder: folder)
        defer { session.close() }
        try session.waitFor("a progress line like \(pattern)", seconds: 60) { $0.range(of: pattern, options: .regularExpression) != nil }
        #expect(try session.exitStatus(seconds: 120) == 0)
        return try session.screen()
    }

    @Test func demoImportAndCheckShowProgressOnATerminalOnly() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let env = pinnedEnvironment(home: home)

        // A national demo takes seconds: the terminal shows how far it is, then only the result.
        let demo = try watch(["demo", "--scale", "national", "--output", home + "/national"], env,
                             progress: #"impuls: dossiers schrijven [0-9]+/342 \([0-9]+%\)"#, home: home)
        #expect(demo.contains("342 dossiers met"))
        #expect(!demo.contains("dossiers schrijven"), "the progress line was not erased:\n\(demo)")

        // Importing a national export into an empty folder: progress on the terminal, none piped.
        let export = impuls(["export", "--data-dir", home + "/national", "--output", home + "/all.json"], env, timeout: 60)
        #expect(export.status == 0 && export.err.isEmpty, "\(export.err)")
        let imported = try watch(["import", home + "/all.json", "--data-dir", home + "/imported"], env,
                                 progress: #"impuls: (export controleren en samenvoegen|dossiers schrijven) [0-9]+/[0-9]+"#, home: home)
        #expect(imported.contains("ongewijzigd: 0"), "\(imported)")
        #expect(!imported.contains("impuls: "), "the progress line was not erased:\n\(imported)")
        // Piped, none of it (the same work, seconds long): standard error stays empty.
        let quiet = impuls(["import", home + "/all.json", "--data-dir", home + "/imported-piped"], env, timeout: 120)
        #expect(quiet.status == 0 && quiet.err.isEmpty, "\(quiet.err)")

        for command in [["check"], ["status", "--all"]] {
            let run = impuls(command + ["--data-dir", home + "/imported"], env, timeout: 60)
            #expect(run.status == 0)
            #expect(!run.err.contains("\r") && !run.err.contains("dossiers lezen"), "\(command): \(run.err)")
        }
    }
}
