import Foundation
import Testing

/// Issue 26, parts 3 and 5, as a user meets them at 80×24: a dossier a merge left with two open
/// applications and a notice; the second application chosen on the Application tab and stepped,
/// the notice resolved with `r` (after a question), taken back with `u`, resolved again.
@Suite struct ChoosingEndToEndTests {
    /// Schiermonnikoog as a merge of Anne's and Bert's copies leaves it: Anne's application
    /// (submitted), Bert's draft, and a notice about a contact's role.
    static let dossier = #"""
    {"format": 3, "code": "GM0088", "name": "Schiermonnikoog", "adviser": "Anne de Vries", "team": "zorg-veiligheid",
     "contacts": [{"id": "c0000000000000a1", "name": "Wiebe de Haan", "role": "beleidsadviseur"}],
     "applications": [
      {"id": "a0000000000000a1", "title": "Buurtteams versterken", "actionLines": ["wijkteams"], "team": "zorg-veiligheid",
       "requestedCents": 800000, "plannedStart": "2023-11-01", "plannedEnd": "2024-02-29", "status": "submitted",
       "steps": {"draft": "2023-09-04", "submitted": "2023-09-18"}},
      {"id": "a0000000000000a2", "title": "Jongerenwerk op het eiland", "actionLines": ["toegang"], "team": "zorg-veiligheid",
       "requestedCents": 550000, "plannedStart": "2023-12-01", "plannedEnd": "2024-03-01", "status": "draft", "steps": {"draft": "2023-10-02"}}],
     "notices": [{"id": "n0000000000000a1", "at": "2023-10-03T10:00:00.000Z", "kind": "field-clash", "subject": "contact:c0000000000000a1",
       "field": "role", "kept": "beleidsadviseur", "lost": "senior beleidsadviseur", "by": "Bert Hoekstra"}],
     "history": [
      {"id": "h000000000000001.00", "at": "2023-09-04T09:00:00.000Z", "on": "2023-09-04", "by": "Anne de Vries",
       "subject": "contact:c0000000000000a1", "action": "created", "new": "Wiebe de Haan, beleidsadviseur"},
      {"id": "h000000000000001.01", "at": "2023-09-04T09:00:00.000Z", "on": "2023-09-04", "by": "Anne de Vries",
       "subject": "application:a0000000000000a1", "action": "created", "new": "Buurtteams versterken (8000.00)"},
      {"id": "h000000000000002.00", "at": "2023-09-18T09:00:00.000Z", "on": "2023-09-18", "by": "Anne de Vries",
       "subject": "application:a0000000000000a1", "action": "transition", "field": "status", "old": "draft", "new": "submitted"},
      {"id": "h000000000000003.00", "at": "2023-10-02T09:00:00.000Z", "on": "2023-10-02", "by": "Bert Hoekstra",
       "subject": "application:a0000000000000a2", "action": "created", "new": "Jongerenwerk op het eiland (5500.00)"}]}
    """#

    func read(_ home: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: home + "/data/dossiers/GM0088.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func application(_ id: String, _ home: String) throws -> [String: Any]? {
        (try read(home)["applications"] as? [[String: Any]])?.first { $0["id"] as? String == id }
    }

    func noticeResolved(_ home: String) throws -> Bool {
        (try read(home)["notices"] as? [[String: Any]])?.first?["resolved"] as? Bool ?? false
    }

    @Test(arguments: ["nl", "en"])
    func chooseTheSecondApplicationStepItAndResolveANotice(language: String) throws {
        let nl = language == "nl"
        let (home, env) = try testHome(language: language, regions: ["Fryslân", "Groningen"])
        defer { try? FileManager.default.removeItem(atPath: home) }
        let file = home + "/data/dossiers/GM0088.json"
        try Self.dossier.write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let draftBefore = try #require(try application("a0000000000000a2", home))

        let session = try TmuxSession(command: [Binary.path], environment: env, columns: 80, rows: 24, folder: home)
        defer { session.close() }
        try session.waitFor(text: "Achtkarspelen")
        try session.send("/")
        try session.type("schiermonnikoog")
        try session.send("Enter")
        try session.send("Enter")
        try session.waitFor(text: "GM0088 · ")
        try session.waitFor(text: nl ? "r afhandelen" : "r resolve")   // the bottom line names the key

        // The Application tab lists both, newest first; ↓ chooses the second, s steps it.
        try session.send("Tab")
        try session.send("Tab")
        try session.waitFor(text: nl ? "[concept] Jongerenwerk op het eiland" : "[draft] Jongerenwerk op het eiland")
        try session.waitFor(text: nl ? "[ingediend] Buurtteams versterken" : "[submitted] Buurtteams versterken")
        try session.send("Down")
        try session.send("s")
        try session.waitFor(text: nl ? "Buurtteams versterken · ingediend" : "Buurtteams versterken · submitted")
        try session.send("Enter")
        try session.waitFor(text: nl ? "ingediend → toegekend · ‘Buurtteams versterken’" : "submitted → approved · ‘Buurtteams versterken’")
        try session.send("Enter")
        try session.waitFor(text: nl ? "[toegekend] Buurtteams versterken" : "[approved] Buurtteams versterken")
        try session.waitFor(text: nl ? "Opgeslagen" : "Saved")
        #expect(try application("a0000000000000a1", home)?["status"] as? String == "approved", "the chosen one")
        #expect(try application("a0000000000000a2", home) as NSDictionary? == draftBefore as NSDictionary, "the first is untouched")

        // Back to the overview: r asks, y resolves and says so, u takes it back, r y again.
        for _ in 0..<3 { try session.send("Tab") }
        try session.waitFor(text: "⚠ Schiermonnikoog")
        try session.send("r")
        try session.waitFor(text: nl ? "Melding afhandelen? y/Enter ja · n/Esc nee" : "Mark this notice done? y/Enter yes · n/Esc no")
        #expect(try !noticeResolved(home), "nothing before the answer")
        try session.send("y")
        try session.waitFor(text: nl ? "Afgehandeld: Schiermonnikoog" : "Resolved: Schiermonnikoog")
        #expect(try noticeResolved(home))
        let last = try #require((try read(home)["history"] as? [[String: Any]])?.last)
        #expect(last["action"] as? String == "resolved" && last["by"] as? String == "Anne de Vries", "in the history: \(last)")
        try session.send("u")
        try session.waitFor(text: nl ? "Ongedaan: Melding afgehandeld" : "Undone: Notice resolved")
        try session.waitFor(text: "⚠ Schiermonnikoog")
        #expect(try !noticeResolved(home), "u brings it back")
        try session.send("r")
        try session.send("y")
        try session.waitFor(text: nl ? "Afgehandeld: Schiermonnikoog" : "Resolved: Schiermonnikoog")
        #expect(try noticeResolved(home))
        try session.send("q")
        try session.send("q")
        #expect(try session.exitStatus() == 0)
    }
}
