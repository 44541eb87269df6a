import Foundation
import Testing

/// Issue #17, the interface's promises tried on the real program in tmux: the filter finds a
/// session summary logged a moment ago, a form works at 40×12, and the dashboard shows what
/// `impuls status` says.
@Suite struct PromisesEndToEndTests {
    func prepare(language: String) throws -> (home: String, env: [String: String]) {
        try testHome(language: language, regions: ["Fryslân", "Groningen"])
    }

    func fitsIn(_ columns: Int, _ screen: String) -> Bool {
        screen.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { $0.count <= columns }
    }

    @Test(arguments: ["nl", "en"])
    func theFilterFindsASessionSummaryAndSaysWhere(language: String) throws {
        let nl = language == "nl"
        let (home, env) = try prepare(language: language)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let session = try TmuxSession(command: [Binary.path], environment: env, folder: home)
        defer { session.close() }
        try session.waitFor(text: "Achtkarspelen")
        try session.send("Enter")          // Achtkarspelen
        try session.waitFor(text: "GM0059")
        try session.send("n")
        try session.waitFor(text: nl ? "Nieuw adviesgesprek" : "New advice session")
        try session.type("Gebeld met de Xylofoonstichting over de begroting")
        try session.send("C-s")
        try session.waitFor(text: nl ? "Opgeslagen voor Achtkarspelen" : "Saved for Achtkarspelen")
        try session.send("Escape")
        try session.send("/")
        try session.type("xylofoon")
        let screen = try session.waitFor("only Achtkarspelen, with where it matched") { screen in
            screen.contains(nl ? "1 gevonden" : "1 found") && screen.contains("Achtkarspelen")
                && screen.contains((nl ? "gesprek" : "session") + ": ")
        }
        #expect(screen.contains(nl ? "Gevonden in" : "Found in"))
        #expect(screen.contains("Xylofoonstichting"), "a snippet of the summary, the matched word whole (the date gave way)")
        // In a narrow window the match has a line of its own.
        try session.resize(columns: 40, rows: 12)
        try session.waitFor("the match on its own line at 40 columns") { screen in
            screen.contains("↳ " + (nl ? "gesprek" : "session") + ": ") && screen.contains("Xylofoonstichting") && self.fitsIn(40, screen)
        }
        // Wide enough, the session's date is there too.
        try session.resize(columns: 120, rows: 30)
        try session.waitFor(text: (nl ? "gesprek" : "session") + " 2023-10-16: ")
        try session.send("Escape", "q")
        #expect(try session.exitStatus() == 0)
    }

    /// A new application typed at 40×12: each field comes into view as Tab reaches it, the option
    /// Space ticks is the one on screen, and what is saved is what was shown.
    @Test(arguments: ["nl", "en"])
    func aFormAt40x12(language: String) throws {
        let nl = language == "nl"
        let (home, env) = try prepare(language: language)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let session = try TmuxSession(command: [Binary.path], environment: env, columns: 40, rows: 12, folder: home)
        defer { session.close() }
        try session.waitFor(text: "Achtkarspelen")
        try session.send("/")
        try session.type("harlingen")
        try session.send("Enter", "Enter")
        try session.waitFor(text: "GM0072")
        try session.send("a")
        try session.waitFor(text: nl ? "Nieuwe aanvraag" : "New application")
        try session.type("Wijkteams versterken")
        try session.send("Tab")
        try session.type("12.000")
        try session.waitFor(nl ? "the amount's rule beside it" : "the amount's rule beside it") { screen in
            screen.contains(nl ? "is hoger" : "is above") && self.fitsIn(40, screen)
        }
        try session.send("C-u")
        try session.type("9.500")
        for _ in 0..<3 { try session.send("Tab") }   // start, end, action lines
        try session.waitFor("the action lines in view") { screen in
            screen.contains(nl ? "Actielijnen" : "Action lines") && screen.contains("[ ] Versterking wijkteams")
        }
        try session.send("Right", "Right", "Space")
        try session.waitFor(text: "[x] (Hoog) risicovol")
        try session.send("Tab")                      // team: scrolled into view
        try session.waitFor(text: "‹ Zorg & Veiligheid ›")
        try session.send("Tab")                      // activities, the last field
        try session.waitFor(text: nl ? "Activiteiten" : "Activities")
        try session.type("Twee trainingsdagen")
        try session.send("C-s")
        try session.waitFor(text: nl ? "Opgeslagen voor Harlingen" : "Saved for Harlingen")
        try session.waitFor(text: nl ? "concept · Wijkteams" : "draft · Wijkteams")
        let file = try String(contentsOfFile: home + "/data/dossiers/GM0072.json", encoding: .utf8)
        #expect(file.contains("\"verward-gedrag\""), "the option ticked is the one that was on screen")
        #expect(file.contains("Twee trainingsdagen"))
        try session.send("Escape", "Escape", "q")
        #expect(try session.exitStatus() == 0)
    }

    /// The dashboard shows what `impuls status --format json` says, figure for figure.
    @Test func theDashboardAgreesWithStatus() throws {
        let (home, env) = try prepare(language: "en")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let json = try run(["status", "--format", "json"], environment: env)
        #expect(json.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let fryslan = try #require((report["regions"] as? [[String: Any]])?.first)
        #expect(fryslan["name"] as? String == "Fryslân")
        func money(_ cents: Int) -> String {
            let euros = String(cents / 100).reversed().enumerated().map { ($0.offset > 0 && $0.offset % 3 == 0 ? "," : "") + String($0.element) }
            return "€" + String(euros.joined().reversed()) + (cents % 100 == 0 ? "" : String(format: ".%02d", cents % 100))
        }
        let applications = try #require(fryslan["applications"] as? [String: Int])
        let overdue = try #require(fryslan["overdue"] as? [String: Int])
        let permille = try #require(fryslan["grantedPermille"] as? Int)
        var expected = [
            "Municipalities \(fryslan["municipalities"] as! Int)", "Reached \(fryslan["reached"] as! Int)",
            "Not reached \(fryslan["notReached"] as! Int)",
            "Requested " + money(fryslan["requestedCents"] as! Int), "Granted " + money(fryslan["grantedCents"] as! Int),
            "Ceiling " + money(fryslan["ceilingCents"] as! Int), "Granted of ceiling \(permille / 10).\(permille % 10)%",
            "Overdue follow-ups \(overdue["followUps"]!)", "Past end date \(overdue["runningPastEnd"]!)",
            "Draft ≥30 d \(overdue["staleDrafts"]!)", "Not started ≥30 d \(overdue["approvedNotStarted"]!)",
            "Merge notices \(overdue["openNotices"]!)",
        ]
        for status in ["draft", "submitted", "approved", "rejected", "withdrawn", "running", "completed"] {
            expected.append("\(status.prefix(1).uppercased() + status.dropFirst()) \(applications[status]!)")   // headings capitalised alike
        }
        let session = try TmuxSession(command: [Binary.path], environment: env, folder: home)
        defer { session.close() }
        try session.waitFor(text: "Achtkarspelen")
        try session.send("D")
        // The whole dashboard, not the first half of a redraw: every figure and every adviser.
        let names = try #require(fryslan["advisers"] as? [[String: Any]]).map { $0["name"] as! String }
        let screen = try (try? session.waitFor("the whole dashboard") { screen in
            expected.allSatisfy(screen.contains) && names.allSatisfy(screen.contains)
        }) ?? session.screen()
        for piece in expected { #expect(screen.contains(piece), "\(piece) on the dashboard:\n\(screen)") }
        let lines = screen.split(separator: "\n")
        for adviser in try #require(fryslan["advisers"] as? [[String: Any]]) {
            let name = adviser["name"] as! String
            let row = lines.first { $0.contains(name) }
            #expect(row.map { $0.hasSuffix(" \(adviser["sessionsLast90Days"] as! Int)") && $0.contains(" \(adviser["municipalities"] as! Int) ") } == true,
                    "\(name)'s figures: \(String(describing: row))")
        }
        #expect(!screen.contains("Not r.") && !screen.contains("Past e."), "whole words as headings")
        try session.send("Escape", "q")
        #expect(try session.exitStatus() == 0)
    }
}
