import Foundation
import Testing

/// Issue #5's story, as a user does it in the real program: log a session, create an application,
/// see a refusal, take it through the workflow, undo, restart, and find everything.
@Suite struct EditingEndToEndTests {
    @Test(arguments: ["nl", "en"])
    func logSessionRunTheWorkflowUndoAndRestart(language: String) throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/.config/impuls", withIntermediateDirectories: true)
        try #"{"adviser": "Anne de Vries", "language": "\#(language)", "regions": ["Fryslân"]}"#
            .write(toFile: home + "/.config/impuls/config.json", atomically: true, encoding: .utf8)
        let env = pinnedEnvironment(home: home, extra: ["IMPULS_DATA_DIR": home + "/data"])
        let nl = language == "nl"
        var session = try TmuxSession(command: [Binary.path], environment: env, folder: home)
        try session.waitFor(text: "Achtkarspelen")
        try session.send("/")
        try session.type("sudwest")
        try session.send("Enter")
        try session.send("Enter")
        try session.waitFor(text: "GM1900")

        // A session with a follow-up: n, type the summary, Tab to the follow-ups, Ctrl-S.
        try session.send("n")
        try session.waitFor(text: nl ? "Nieuw adviesgesprek" : "New advice session")
        try session.type("Gebeld met de wethouder over privacy")
        for _ in 0..<4 { try session.send("Tab") }
        try session.type("2023-10-30 Begroting opvragen")
        try session.send("C-s")
        try session.waitFor("one session, in the singular") { $0.contains(nl ? "· 1 gesprek" : "· 1 session") && !$0.contains(nl ? "1 gesprekken" : "1 sessions") }

        // An application of €12.000 is refused beside the field; €9.500 for 3 months is fine.
        try session.send("a")
        try session.waitFor(text: nl ? "Nieuwe aanvraag" : "New application")
        try session.type("Training privacy")
        try session.send("Tab")
        try session.type("12.000")
        try session.waitFor(text: nl ? "(€ 12.000,00) is hoger" : "(€12,000.00) is above")
        try session.send("C-u")
        try session.type("9.500")
        try session.send("Tab")
        try session.send("C-u")
        try session.type("2023-11-01")
        try session.send("Tab")
        try session.send("C-u")
        try session.type("2024-01-31")
        try session.send("Tab")
        try session.send("Space")  // the first action line
        try session.send("C-s")
        try session.waitFor(text: nl ? "concept · Training privacy" : "draft · Training privacy")

        // draft → submitted → approved → running → completed: each the usual step, s, Enter, Enter.
        let steps: [(String, String)] = nl
            ? [("ingediend", "Indienen"), ("toegekend", "Toekennen"), ("in uitvoering", "Starten"), ("afgerond", "Afronden")]
            : [("submitted", "Submit"), ("approved", "Approve"), ("running", "Start"), ("completed", "Complete")]
        for (status, verb) in steps {
            try session.send("s")
            try session.waitFor(text: nl ? "Naar welke status?" : "To which status?")
            try session.send("Enter")
            try session.waitFor(text: verb + (nl ? " op 2023-10-16" : " on 2023-10-16"))
            try session.send("Enter")
            try session.waitFor(text: (nl ? "Aanvraag: " : "Application: ") + status)
        }
        // Undo the last step.
        try session.send("u")
        try session.waitFor(text: (nl ? "Aanvraag: " : "Application: ") + steps[2].0)
        try session.send("Escape")
        try session.send("Escape")
        try session.send("q")
        #expect(try session.exitStatus() == 0)
        session.close()

        // Start again: everything is there, in the interface and in the files.
        try FileManager.default.removeItem(atPath: home + "/exit-status")
        session = try TmuxSession(command: [Binary.path], environment: env, folder: home)
        defer { session.close() }
        try session.waitFor(text: "Súdwest-Fryslân")
        try session.waitFor(text: steps[2].0)
        try session.send("q")
        let file = try String(contentsOfFile: home + "/data/dossiers/GM1900.json", encoding: .utf8)
        #expect(file.contains("Gebeld met de wethouder over privacy"))
        #expect(file.contains("Begroting opvragen"))
        #expect(file.contains("\"requestedCents\": 950000"))
        #expect(file.contains("\"status\": \"running\""))
        #expect(file.contains("\"undoes\": \""), "the undo is in the history")
        let check = try run(["check"], environment: env)
        #expect(check.status == 0, "\(check.err)")
    }

    /// Text typed in a form survives the program being killed, and is offered on the next start.
    @Test func aDraftSurvivesAKill() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/.config/impuls", withIntermediateDirectories: true)
        try #"{"language": "en", "regions": ["Fryslân"]}"#.write(toFile: home + "/.config/impuls/config.json", atomically: true, encoding: .utf8)
        let env = pinnedEnvironment(home: home, extra: ["IMPULS_DATA_DIR": home + "/data"])
        let first = try TmuxSession(command: [Binary.path], environment: env, folder: home)
        try first.waitFor(text: "Achtkarspelen")
        try first.send("Enter")
        try first.send("n")
        try first.waitFor(text: "New advice session")
        try first.type("Half getypt verslag")
        try first.waitFor(text: "Half getypt verslag")
        // The draft is kept once typing pauses (not on every key): wait for it, as a pause would.
        var kept = false
        for _ in 0..<100 where !kept {
            kept = (try? String(contentsOfFile: home + "/data/.draft.json", encoding: .utf8))?.contains("Half getypt verslag") == true
            if !kept { usleep(50_000) }
        }
        #expect(kept, "the draft is written when typing pauses")
        let shell = try first.tmux(["list-panes", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try spawn(["/usr/bin/pgrep", "-P", shell, "impuls"], readOutput: true).trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try spawn(["/bin/kill", "-KILL", pid], readOutput: false)
        #expect(try first.exitStatus() == 137)
        first.close()
        try FileManager.default.createDirectory(atPath: home + "/second", withIntermediateDirectories: true)
        let second = try TmuxSession(command: [Binary.path], environment: env, folder: home + "/second")
        defer { second.close() }
        try second.waitFor(text: "Unsaved form (Achtkarspelen)")
        try second.send("y")
        try second.waitFor(text: "Half getypt verslag")
        try second.send("C-s")
        try second.waitFor(text: "Saved for Achtkarspelen")
        try second.send("C-c")
        #expect(try second.exitStatus() == 0)
        #expect(!FileManager.default.fileExists(atPath: home + "/data/.draft.json"), "the draft is gone once saved")
        #expect(try run(["check"], environment: env).status == 0)
        #expect(try String(contentsOfFile: home + "/data/dossiers/GM0059.json", encoding: .utf8).contains("Half getypt verslag"))
    }

    /// Thousands of random keys on a demo folder: no crash, and every file still valid.
    @Test func randomKeysNeverCrashOrCorrupt() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let env = pinnedEnvironment(home: home, extra: ["IMPULS_DATA_DIR": home + "/data"])
        #expect(try run(["demo", "--output", home + "/data"], environment: env).status == 0)
        let soak = Int(ProcessInfo.processInfo.environment["IMPULS_SOAK"] ?? "1") ?? 1
        let keys = ["j", "k", "Down", "Up", "Enter", "Escape", "Tab", "BTab", "PageDown", "PageUp", "Home", "End", "/", "o", "r", "g",
                    "?", "n", "a", "s", "x", "u", "y", "d", "c", "Space", "BSpace", "C-s", "C-u", "Left", "Right", "t", "1", "2", "-", "e", "é", "東"]
        var generator = SystemRandomNumberGenerator()
        var sent = 0
        var starts = 0
        while sent < 2_000 * soak {
            starts += 1
            let status = home + "/run-\(starts)"
            try FileManager.default.createDirectory(atPath: status, withIntermediateDirectories: true)
            let session = try TmuxSession(command: [Binary.path], environment: env, folder: status)
            defer { session.close() }
            try session.waitFor(text: "impuls")
            // Batches of keys; `q` is left out so a run ends only when Ctrl-C is sent at the end.
            for _ in 0..<20 {
                let batch = (0..<50).map { _ in keys.randomElement(using: &generator)! }
                try session.tmux(["send-keys"] + batch)
                sent += batch.count
            }
            try session.waitFor(text: "impuls", seconds: 90)
            try session.send("Escape", "Escape", "Escape", "Escape", "C-c")
            // The program works through the keys queued in the terminal first; allow for a loaded machine.
            let code = try session.exitStatus(seconds: 120)
            #expect(code == 0, "the program ended with \(code) after random keys")
            if code != 0 { break }
        }
        let check = try run(["check"], environment: env)
        #expect(check.status == 0, "\(check.err)")
    }
}
