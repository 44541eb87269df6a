import Foundation
import Testing

/// Issue #28's "done when", from the shell: a script does an adviser's whole day without the
/// interface — a contact, a session with follow-ups, a follow-up ticked off, the session corrected,
/// an application from draft through every step to completed — and the dossier holds that day as
/// the interface would have recorded it.
@Suite struct AdviserDayEndToEndTests {
    static let script = """
    #!/bin/sh
    # An adviser's day with Ameland, from notes, without the interface.
    set -eu
    impuls() { "$IMPULS" "$@"; }

    impuls contact add Ameland --name "Jan Jansen" --role wethouder --email jan@ameland.nl --phone "0519 123456"
    impuls session add Ameland --date 2023-10-16 --kind intake --summary "Intake met de wethouder" \\
        --follow-up "Begroting opvragen@2023-10-18" --follow-up "Projectplan sturen@2023-10-27"
    impuls follow-up done Ameland begroting
    # The notes were a little off: an hour, with the wethouder, and it was an advice session.
    impuls session edit Ameland --latest --kind advice --minutes 60 --participant "Jan Jansen"
    impuls follow-up add Ameland "Verslag sturen" --due 2023-10-20

    impuls application new Ameland --title "Wijkteams versterken" --amount 9500 --start 2023-10-01 \\
        --end 2024-01-31 --action-line wijkteams
    impuls application edit Ameland --amount 9000 --activities "Training en intervisie" --action-line wijkteams --action-line toegang
    impuls application advance Ameland --to submitted
    impuls application advance Ameland --to approved --granted 9000
    impuls application advance Ameland --to running
    impuls application advance Ameland --to completed --date 2023-10-16 --outcome "Twintig medewerkers getraind"

    # What is left to do, for the calendar.
    impuls agenda --format ics --output "$HOME/agenda.ics"
    impuls agenda

    impuls check
    """

    @Test func anAdvisersWholeDayFromTheShell() throws {
        let w = Workbench(config: #"{"adviser": "Anne de Vries", "language": "nl", "regions": ["Fryslân"]}"#)
        let path = w.home + "/day.sh"
        try writeScript(Self.script, to: path)
        var env = w.env
        env["IMPULS"] = Binary.path
        let day = try runProgram([path], environment: env)
        #expect(day.status == 0, "\(day.out)\(day.err)")
        let said = day.out.split(separator: "\n").map(String.init)
        #expect(said.first == "Contactpersoon ‘Jan Jansen’ toegevoegd aan Ameland", "\(day.out)")
        #expect(said.contains("Actie ‘Begroting opvragen’ van Ameland afgevinkt"), "\(day.out)")
        #expect(said.contains("Actie ‘Verslag sturen’ (uiterlijk 2023-10-20) toegevoegd aan het gesprek van 2023-10-16 met Ameland"), "\(day.out)")
        #expect(said.contains { $0.hasPrefix("Gewijzigd voor Ameland: ") && $0.contains("soort: intake → advies") }, "\(day.out)")
        #expect(said.contains("Aanvraag ‘Wijkteams versterken’ van Ameland afgerond op 2023-10-16"), "\(day.out)")
        #expect(said.last?.hasPrefix("in orde: 1 dossier, 1 adviesgesprek") == true, "\(day.out)")
        // The agenda: the two open follow-ups, the done one not, in the calendar file as on screen.
        #expect(day.out.contains("Verslag sturen") && day.out.contains("Projectplan sturen"), "\(day.out)")
        let calendar = try String(contentsOfFile: w.home + "/agenda.ics", encoding: .utf8)
        #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2, "\(calendar)")
        #expect(calendar.contains("Verslag sturen") && !calendar.contains("Begroting opvragen"), "\(calendar)")

        let dossier = RecordCommandsEndToEndTests.dossier(w, "GM0060")
        let contact = (dossier["contacts"] as? [[String: Any]])?.first
        #expect(contact?["name"] as? String == "Jan Jansen" && contact?["phone"] as? String == "0519 123456")
        let sessions = dossier["sessions"] as? [[String: Any]] ?? []
        #expect(sessions.count == 1)
        let session = sessions.first ?? [:]
        #expect(session["kind"] as? String == "advice" && session["minutes"] as? Int == 60)
        #expect(session["participants"] as? [String] == ["Jan Jansen"])
        let followUps = (session["followUps"] as? [[String: Any]] ?? []).map { ($0["text"] as? String ?? "", $0["done"] as? Bool ?? false) }
        #expect(followUps.map(\.0) == ["Begroting opvragen", "Verslag sturen", "Projectplan sturen"], "by due day: \(followUps)")
        #expect(followUps.map(\.1) == [true, false, false])
        let application = (dossier["applications"] as? [[String: Any]])?.first ?? [:]
        #expect(application["status"] as? String == "completed")
        #expect(application["requestedCents"] as? Int == 900_000 && application["grantedCents"] as? Int == 900_000)
        #expect(application["actionLines"] as? [String] == ["wijkteams", "toegang"])
        #expect(application["activities"] as? String == "Training en intervisie")
        #expect(application["outcome"] as? String == "Twintig medewerkers getraind")
        #expect((application["steps"] as? [String: String])?.keys.sorted() == ["approved", "completed", "draft", "running", "submitted"])

        // Every change in the history, by the adviser, as the interface records them.
        let history = dossier["history"] as? [[String: Any]] ?? []
        #expect(Set(history.compactMap { $0["by"] as? String }) == ["Anne de Vries"])
        let actions = history.map { "\($0["action"] as? String ?? "") \(($0["subject"] as? String ?? "").prefix { $0 != ":" })" }
        for expected in ["created contact", "created session", "created follow-up", "changed follow-up", "changed session",
                         "created application", "changed application", "transition application"] {
            #expect(actions.contains(expected), "\(expected) in \(actions)")
        }
        #expect(actions.filter { $0 == "transition application" }.count == 4)
        // The day as `dossier show` tells it.
        let shown = w.run("dossier", "show", "ameland").out
        #expect(shown.contains("[afgerond] Wijkteams versterken") && shown.contains("[x] 2023-10-18  Begroting opvragen"), "\(shown)")
    }
}
