import Foundation
import Testing

/// What the terminal adapter draws, as a real terminal (tmux) shows it: every character in its
/// own columns, however the cells are handed to ncurses.
@Suite struct TerminalDrawEndToEndTests {
    /// Columns a line takes in the terminal; the wide characters are the ones this test types.
    func columns(_ line: Substring) -> Int {
        line.reduce(0) { $0 + (["東", "京", "👍"].contains($1) ? 2 : 1) }
    }

    /// A summary with wide characters, an accent and ASCII, cut off at the column's end like the
    /// demo summaries around it: its `…` in the same column as theirs, the wide characters whole.
    @Test func wideAndAccentedTextKeepsItsColumns() throws {
        let (home, env) = try testHome(language: "nl", regions: ["Fryslân"])
        defer { try? FileManager.default.removeItem(atPath: home) }
        let session = try TmuxSession(command: [Binary.path], environment: env, folder: home)
        defer { session.close() }
        try session.waitFor(text: "Achtkarspelen")
        try session.send("Enter")
        try session.send("n")
        try session.waitFor(text: "Nieuw adviesgesprek")
        let summary = "東京 é 👍 gesprek over de toegang, met een tekst die langer is dan de kolom breed is"
        try session.type(summary)
        try session.send("C-s")
        try session.waitFor(text: "Opgeslagen")
        try session.send("Tab")
        // The message that said so names the summary too: wait for the sessions tab without it.
        let screen = try session.waitFor("the sessions tab") { $0.contains("東京 é 👍 gesprek") && !$0.contains("Opgeslagen") }
        let lines = screen.split(separator: "\n")
        let index = try #require(lines.firstIndex { $0.contains("東京") })
        let drawn = lines[index], below = lines[index + 1]
        #expect(drawn.hasSuffix("…") && below.hasSuffix("…"), "both cut off:\n\(screen)")
        #expect(columns(drawn) == columns(below), "the same width:\n\(drawn)\n\(below)")
        try session.send("C-c")
        #expect(try session.exitStatus() == 0)
    }
}
