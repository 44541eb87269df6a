import Foundation
import Testing

/// Issue #14 as a user meets it at 80×24: moving an application one step is `s`, Enter, Enter; a
/// step that needs a note asks for it beside the field, in words; and the history reads as
/// sentences, in the interface and in `dossier show`, with no ids.
@Suite struct StepAndHistoryEndToEndTests {
    /// A home with a config in `language` (with or without an adviser) and Leeuwarden's draft
    /// application of € 9.500, made on the command line.
    func prepare(language: String, adviser: String?) throws -> (home: String, env: [String: String]) {
        let (home, env) = try testHome(language: language, adviser: adviser, regions: ["Fryslân"], demo: false)
        let made = try run(["application", "new", "GM0080", "--title", "Wijkgericht werken", "--amount", "9500",
                            "--start", "2023-10-01", "--end", "2023-12-31", "--action-line", "wijkteams"], environment: env)
        #expect(made.status == 0, "\(made.err)")
        return (home, env)
    }

    /// Leeuwarden's application as the file has it.
    func application(_ home: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: home + "/data/dossiers/GM0080.json"))
        let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return (root?["applications"] as? [[String: Any]])?.last ?? [:]
    }

    func openLeeuwarden(_ session: TmuxSession) throws {
        try session.waitFor(text: "Leeuwarden")
        try session.send("/")
        try session.type("leeuwarden")
        try session.send("Enter")
        try session.send("Enter")
        try session.waitFor(text: "GM0080")
    }

    @Test(arguments: ["nl", "en"])
    func oneStepIsSEnterEnter(language: String) throws {
        let nl = language == "nl"
        let (home, env) = try prepare(language: language, adviser: "Anne de Vries")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let session = try TmuxSession(command: [Binary.path], environment: env, folder: home)
        defer { session.close() }
        try openLeeuwarden(session)

        // Submit: the dialog says what will happen; Enter takes the step.
        try session.send("s")
        try session.waitFor(text: nl ? "Naar welke status?" : "To which status?")
        try session.send("Enter")
        try session.waitFor(text: nl ? "Indienen op 2023-10-16" : "Submit on 2023-10-16")
        try session.waitFor(text: nl ? "Enter/y bevestigen · n/Esc annuleren · Tab datum of toelichting · ? hulp"
                                     : "Enter/y confirm · n/Esc cancel · Tab date or note · ? help")
        #expect(try application(home)["status"] as? String == "draft", "nothing written before the confirmation")
        try session.send("Enter")
        try session.waitFor(text: (nl ? "Aanvraag: " : "Application: ") + (nl ? "ingediend" : "submitted"))
        #expect(try application(home)["status"] as? String == "submitted")

        // Approve: the granted amount is the requested one, the cursor in it; Enter confirms.
        try session.send("s")
        try session.send("Enter")
        try session.waitFor(text: nl ? "Toekennen op 2023-10-16, € 9.500" : "Approve on 2023-10-16, €9,500")
        try session.send("Enter")
        try session.waitFor(text: (nl ? "Aanvraag: " : "Application: ") + (nl ? "toegekend" : "approved"))
        let approved = try application(home)
        #expect(approved["status"] as? String == "approved")
        #expect(approved["grantedCents"] as? Int == 950_000)

        // Withdraw needs a note: Enter without one says so beside the field, in words.
        try session.send("s")
        try session.send("Down")
        try session.send("Enter")
        try session.waitFor(text: nl ? "Toelichting (verplicht)" : "Note (required)")
        try session.send("Enter")
        let screen = try session.waitFor(text: nl ? "intrekken vraagt een toelichting" : "a note is needed to withdraw")
        #expect(!screen.contains("--note"))
        #expect(try application(home)["status"] as? String == "approved")
        try session.type("Gemeente ziet ervan af")
        try session.send("Enter")
        try session.waitFor(text: (nl ? "Aanvraag: " : "Application: ") + (nl ? "ingetrokken" : "withdrawn"))
        #expect(try application(home)["status"] as? String == "withdrawn")

        // Its history, in sentences, under the application.
        try session.send("Tab")
        try session.send("Tab")
        let history = try session.waitFor(text: nl ? "Anne de Vries  Status: ingediend → toegekend" : "Anne de Vries  Status: submitted → approved")
        #expect(history.contains(nl ? "Anne de Vries  Aanvraag aangemaakt, € 9.500" : "Anne de Vries  Application created, €9,500"))
        #expect(history.contains(nl ? "Toegekend bedrag: € 9.500" : "Granted amount: €9,500"))
        #expect(history.contains(nl ? "Status: toegekend → ingetrokken, toelichting:" : "Status: approved → withdrawn, note:"))
        #expect(history.contains(nl ? "\n                              Gemeente ziet ervan af\n" : "\n                              ervan af\n"), "a long line wraps, not cut")
        #expect(!history.contains("9500.00") && !history.contains("application:"))
        try session.send("C-c")
        #expect(try session.exitStatus() == 0)
        #expect(try run(["check"], environment: env).status == 0)
    }

    @Test(arguments: ["nl", "en"])
    func dossierShowPrintsTheHistoryAsSentencesWithoutIds(language: String) throws {
        let nl = language == "nl"
        let (home, env) = try prepare(language: language, adviser: nil)
        defer { try? FileManager.default.removeItem(atPath: home) }
        #expect(try run(["application", "advance", "GM0080", "--to", "submitted"], environment: env).status == 0)
        #expect(try run(["application", "advance", "GM0080", "--to", "rejected", "--note", "Past niet"], environment: env).status == 0)
        #expect(try run(["session", "add", "GM0080", "--summary", "Gebeld over de afwijzing", "--kind", "call",
                         "--follow-up", "Nieuwe aanvraag bespreken@2023-10-30"], environment: env).status == 0)
        let shown = try run(["dossier", "show", "GM0080"], environment: env)
        #expect(shown.status == 0)
        let history = String(shown.out.split(separator: "\n\n").last { $0.hasPrefix(nl ? "Geschiedenis" : "History") } ?? "")
        let who = nl ? "onbekend" : "unknown"
        let expected = nl ? [
            "  2023-10-16  onbekend  Aanvraag ‘Wijkgericht werken’ aangemaakt, € 9.500",
            "  2023-10-16  onbekend  Status: concept → ingediend",
            "  2023-10-16  onbekend  Status: ingediend → afgewezen, toelichting: Past niet",
            "  2023-10-16  onbekend  Gesprek van 2023-10-16 (telefoon/video) vastgelegd: Gebeld over de afwijzing",
            "  2023-10-16  onbekend  Actie ‘Nieuwe aanvraag bespreken’ toegevoegd, uiterlijk 2023-10-30",
        ] : [
            "  2023-10-16  unknown  Application ‘Wijkgericht werken’ created, €9,500",
            "  2023-10-16  unknown  Status: draft → submitted",
            "  2023-10-16  unknown  Status: submitted → rejected, note: Past niet",
            "  2023-10-16  unknown  Session of 2023-10-16 (phone/video) logged: Gebeld over de afwijzing",
            "  2023-10-16  unknown  Follow-up ‘Nieuwe aanvraag bespreken’ added, due 2023-10-30",
        ]
        #expect(history.split(separator: "\n").dropFirst().map(String.init) == expected, "\(shown.out)")
        // No ids, no raw amounts, no placeholder author; one hint how to get a name there.
        #expect(!shown.out.contains("application:") && !shown.out.contains("session:") && !shown.out.contains("follow-up:"))
        #expect(!shown.out.contains("9500.00") && !shown.out.contains("  ?  ") && shown.out.contains(who))
        #expect(shown.out.components(separatedBy: #""adviser": "Anne de Vries""#).count == 2, "the hint once: \(shown.out)")
        // The ids stay in --format json.
        let json = try run(["dossier", "show", "GM0080", "--format", "json"], environment: env)
        #expect(json.out.contains("\"subject\": \"application:"))
    }
}
