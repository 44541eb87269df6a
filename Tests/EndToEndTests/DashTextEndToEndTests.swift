import Foundation
import Testing

/// Free text that starts with a dash ("-Wethouder afwezig") is the text of the option before it,
/// not an option of its own.
@Suite struct DashTextEndToEndTests {
    @Test func aSummaryATitleAndAFollowUpMayStartWithADash() throws {
        let (home, env) = try testHome(language: "nl", regions: ["Fryslân"], demo: false)
        defer { try? FileManager.default.removeItem(atPath: home) }
        func impuls(_ arguments: String...) throws -> (status: Int32, out: String, err: String) { try run(arguments, environment: env) }
        #expect(try impuls("session", "add", "Ameland", "--summary", "-Wethouder afwezig", "--follow-up", "2023-10-20 -Min bellen",
                           "--participant", "-Jan").status == 0)
        #expect(try impuls("contact", "add", "Ameland", "--name", "-Piet", "--role", "-wethouder").status == 0)
        #expect(try impuls("application", "new", "Ameland", "--title", "-Toegang", "--amount", "5000", "--start", "2023-11-01",
                           "--end", "2023-12-31", "--action-line", "toegang").status == 0)
        // A positional text too (a text with a space is no option).
        #expect(try impuls("follow-up", "add", "Ameland", "-Min bellen; checken", "--due", "2023-10-25").status == 0)
        let shown = try impuls("dossier", "show", "Ameland").out
        #expect(try String(contentsOfFile: home + "/data/dossiers/GM0060.json", encoding: .utf8).contains("\"-Jan\""), "the participant")
        for text in ["-Wethouder afwezig", "-Min bellen", "-Piet", "-wethouder", "-Toegang", "-Min bellen; checken"] { #expect(shown.contains(text), "\(text)") }
    }
}
