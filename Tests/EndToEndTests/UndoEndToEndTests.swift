import Foundation
import Testing

/// Issue #16 as a user meets it: `u` on a dossier with an older submitted application asks first
/// and never removes it; a session logged now goes with `u` and comes back with `U`.
@Suite struct UndoEndToEndTests {
    @Test func undoAsksBeforeOlderChangesAndRedoBringsASessionBack() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/.config/impuls", withIntermediateDirectories: true)
        try #"{"adviser": "Anne de Vries", "language": "en", "regions": ["Fryslân"]}"#
            .write(toFile: home + "/.config/impuls/config.json", atomically: true, encoding: .utf8)
        let env = pinnedEnvironment(home: home, extra: ["IMPULS_DATA_DIR": home + "/data"])
        // An older, submitted application by Anne (another run, another day).
        let old = pinnedEnvironment(home: home, today: "2023-09-01", extra: ["IMPULS_DATA_DIR": home + "/data"])
        #expect(try run(["application", "new", "GM0080", "--title", "Wijkgericht werken", "--amount", "9500",
                         "--start", "2023-10-01", "--end", "2023-12-31", "--action-line", "wijkteams"], environment: old).status == 0)
        #expect(try run(["application", "advance", "GM0080", "--to", "submitted"], environment: old).status == 0)
        let before = try String(contentsOfFile: home + "/data/dossiers/GM0080.json", encoding: .utf8)

        let session = try TmuxSession(command: [Binary.path], environment: env, folder: home)
        defer { session.close() }
        try session.waitFor(text: "Leeuwarden")
        try session.send("/")
        try session.type("leeuwarden")
        try session.send("Enter")
        try session.send("Enter")
        try session.waitFor(text: "GM0080")
        // u five times on a dossier untouched in this run: a question each time, n each time.
        for _ in 0..<5 {
            try session.send("u")
            try session.waitFor(text: "Undo? y/Enter yes · n/Esc no — 2023-09-01: Status: draft → submitted")
            try session.send("n")
            try session.waitFor("the question is gone") { !$0.contains("Undo?") }
        }
        #expect(try String(contentsOfFile: home + "/data/dossiers/GM0080.json", encoding: .utf8) == before, "nothing changed without a yes")
        // Confirmed: the submission goes back to draft; once more: refused, the application stays.
        try session.send("u")
        try session.waitFor(text: "Undo? y/Enter yes")
        try session.send("y")
        try session.waitFor(text: "Undone: Status: draft → submitted")
        try session.send("u")
        try session.waitFor(text: "applications are withdrawn, never deleted")

        // A session logged now: u takes it back at once, U brings it back.
        try session.send("n")
        try session.waitFor(text: "New advice session")
        try session.type("Gebeld over de begroting")
        try session.send("C-s")
        try session.waitFor(text: "Saved")
        try session.send("u")
        try session.waitFor(text: "Undone: Session of 2023-10-16 (advice) logged: Gebeld over de begroting")
        #expect(try sessions(home).isEmpty, "the session is gone (and kept whole in the history)")
        try session.send("U")
        try session.waitFor(text: "Redone: Session of 2023-10-16 (advice) logged")
        #expect(try sessions(home) == ["Gebeld over de begroting"])
        let after = try String(contentsOfFile: home + "/data/dossiers/GM0080.json", encoding: .utf8)
        #expect(after.contains("\"title\": \"Wijkgericht werken\""), "the application is still there")
        try session.send("q")
        #expect(try run(["check"], environment: env).status == 0)
    }

    /// The summaries of the sessions in Leeuwarden's file.
    func sessions(_ home: String) throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: home + "/data/dossiers/GM0080.json"))
        let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return (root?["sessions"] as? [[String: Any]] ?? []).compactMap { $0["summary"] as? String }
    }
}
