import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The terminal as users meet it (#17's keys, #18): escape sequences the terminfo entry does not
/// list, colours for the background, Ctrl-Z and fg, hang-ups, terminals the interface cannot use.
@Suite struct TerminalEndToEndTests {
    func prepare(language: String = "nl", theme: String? = nil) throws -> (home: String, env: [String: String]) {
        try testHome(language: language, regions: ["Fryslân"], theme: theme)
    }

    func impulsPid(_ session: TmuxSession) throws -> String {
        let shell = try session.tmux(["list-panes", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        return try spawn(["/usr/bin/pgrep", "-P", shell, "impuls"], readOutput: true).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Inside tmux with TERM=xterm-256color, End comes as `ESC [ 4 ~` (terminfo says `ESC O F`):
    /// it must scroll help, not close it as an Esc would; other sequences are ignored.
    @Test func endInHelpUnderXterm256color() throws {
        let (home, env) = try prepare()
        defer { try? FileManager.default.removeItem(atPath: home) }
        #expect(env["TERM"] == "xterm-256color")
        let session = try TmuxSession(command: [Binary.path], environment: env, folder: home)
        defer { session.close() }
        try session.waitFor(text: "Achtkarspelen")
        try session.send("?")
        try session.waitFor(text: "Regio (start)")
        try session.send("End")  // tmux sends ESC [ 4 ~
        try session.waitFor("help scrolled to its end, still open") { $0.contains("impuls · help") && !$0.contains("Regio (start)") }
        try session.send("Home")  // ESC [ 1 ~
        try session.waitFor(text: "Regio (start)")
        // The raw bytes, and sequences nobody handles: bracketed paste, Ctrl-F1, a focus report,
        // a late colour answer, F13. None may act as Esc or type letters.
        for bytes in [["1b", "5b", "34", "7e"], ["1b", "5b", "32", "30", "30", "7e"], ["1b", "5b", "31", "3b", "35", "50"], ["1b", "5b", "49"],
                      ["1b", "5d", "31", "31", "3b", "72", "67", "62", "3a", "30", "2f", "30", "2f", "30", "07"], ["1b", "5b", "32", "35", "7e"]] {
            try session.tmux(["send-keys", "-H"] + bytes)
        }
        try session.send("Home")
        try session.waitFor(text: "Regio (start)")
        let screen = try session.screen()
        #expect(screen.contains("impuls · help"), "help is still open:\n\(screen)")
        try session.send("Escape")
        try session.waitFor(text: "Achtkarspelen")

        // In a form, End and Delete are editing keys, never the question whether to discard.
        try session.send("Enter")
        try session.send("n")
        try session.waitFor(text: "Nieuw adviesgesprek")
        try session.type("Verslag")
        try session.send("Home")
        try session.tmux(["send-keys", "-H", "1b", "5b", "33", "7e"])  // Delete: ESC [ 3 ~
        try session.send("End")
        try session.type("!")
        try session.waitFor(text: "erslag!")
        #expect(!(try session.screen()).contains("weggooien"))
        try session.send("C-c")
        #expect(try session.exitStatus() == 0)
    }

    /// The status colours come from the palette for the background the terminal reports
    /// (COLORFGBG, or tmux's answer to the OSC 11 query); the config's theme wins; NO_COLOR has none.
    @Test func coloursFollowTheBackground() throws {
        let cases: [(theme: String?, extra: [String: String], tmux: String?, expected: String, label: String)] = [
            (nil, ["COLORFGBG": "0;15"], nil, "\u{1B}[38;5;20mingediend", "light from COLORFGBG"),
            (nil, ["COLORFGBG": "15;0"], nil, "\u{1B}[38;5;75mingediend", "dark from COLORFGBG"),
            (nil, [:], "set -g window-style bg=white\n", "\u{1B}[38;5;20mingediend", "light from the OSC 11 answer"),
            (nil, [:], "set -g window-style bg=black\n", "\u{1B}[38;5;75mingediend", "dark from the OSC 11 answer"),
            (nil, [:], nil, "\u{1B}[38;5;63mingediend", "unknown: colours that read on both"),
            ("dark", ["COLORFGBG": "0;15"], nil, "\u{1B}[38;5;75mingediend", "the config's theme wins"),
            ("light", ["NO_COLOR": "1"], nil, "ingediend", "NO_COLOR"),
        ]
        for item in cases {
            let (home, base) = try prepare(theme: item.theme)
            defer { try? FileManager.default.removeItem(atPath: home) }
            let env = base.merging(item.extra) { $1 }
            let session = try TmuxSession(command: [Binary.path], environment: env, folder: home, configuration: item.tmux)
            defer { session.close() }
            try session.waitFor(text: "Achtkarspelen")
            let screen = try session.tmux(["capture-pane", "-p", "-e"])
            #expect(screen.contains(item.expected), "\(item.label):\n\(screen)")
            if item.label == "NO_COLOR" { #expect(!screen.contains("38;5;"), "no colour at all") }
            // The selected row is one style: reversed and bold, no colour in any of its cells.
            let selected = screen.split(separator: "\n").first { $0.contains("Achtkarspelen") } ?? ""
            #expect(!selected.contains("38;5;"), "\(item.label): the selected row has no colour: \(selected)")
            try session.send("C-c")
            #expect(try session.exitStatus() == 0)
        }
    }

    /// Ctrl-Z with a form open gives the shell its terminal back (the draft kept); fg redraws at
    /// the size the window has then, with the form's text as it was.
    @Test func ctrlZSuspendsAndFgRedrawsTheFormIntact() throws {
        let (home, env) = try prepare()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let shellEnv = env.merging(["PS1": "shell$ "]) { $1 }
        let session = try TmuxSession(command: ["/bin/bash", "--norc", "--noprofile", "-i"], environment: shellEnv, folder: home)
        defer { session.close() }
        try session.waitFor(text: "shell$")
        try session.type(Binary.path)
        try session.send("Enter")
        try session.waitFor(text: "Achtkarspelen")
        try session.send("Enter")
        try session.send("n")
        try session.waitFor(text: "Nieuw adviesgesprek")
        try session.type("Half getypt verslag")
        try session.waitFor(text: "Half getypt verslag")
        try session.send("C-z")
        let shell = try session.waitFor("the shell's prompt, impuls stopped") { $0.contains("Stopped") && $0.contains("shell$") && !$0.contains("Nieuw adviesgesprek") }
        #expect(!shell.contains("Half getypt verslag"), "the screen is the shell's again:\n\(shell)")
        let draft = try String(contentsOfFile: home + "/data/.draft.json", encoding: .utf8)
        #expect(draft.contains("Half getypt verslag"), "the draft is on disk before stopping")
        try session.resize(columns: 120, rows: 30)
        try session.type("fg")
        try session.send("Enter")
        // At 120 columns the longest action line's label is whole (at 80 it is cut: "Informatiepunten Di…").
        let back = try session.waitFor("the form again, at 120×30") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return screen.contains("Half getypt verslag") && screen.contains("Nieuw adviesgesprek") && lines.count >= 30
                && screen.contains("Informatiepunten Digitale Overheid")
        }
        #expect(back.contains("impuls · "))
        try session.type(" en meer")
        try session.waitFor(text: "Half getypt verslag en meer")
        try session.send("C-s")
        try session.waitFor(text: "Opgeslagen voor Achtkarspelen")
        try session.send("C-c")
        try session.waitFor("the shell again") { $0.contains("shell$") && !$0.contains("Opgeslagen") }
        #expect(try String(contentsOfFile: home + "/data/dossiers/GM0059.json", encoding: .utf8).contains("Half getypt verslag en meer"))
    }

    /// A hang-up (the window closed) or a SIGTERM with a form open: the terminal is restored and
    /// what was typed is kept as the draft, offered on the next start.
    @Test(arguments: [("HUP", 129), ("TERM", 143)])
    func hangupAndTermKeepTheDraft(signal: String, status: Int32) throws {
        let (home, env) = try prepare(language: "en")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let session = try TmuxSession(command: [Binary.path], environment: env, folder: home)
        defer { session.close() }
        try session.waitFor(text: "Achtkarspelen")
        try session.send("Enter")
        try session.send("n")
        try session.waitFor(text: "New advice session")
        try session.type("Typed before the \(signal)")
        try session.waitFor(text: "Typed before the \(signal)")
        _ = try spawn(["/bin/kill", "-" + signal, try impulsPid(session)], readOutput: false)
        #expect(try session.exitStatus() == status)
        let screen = try session.screen()
        #expect(!screen.contains("New advice session"), "the terminal is restored:\n\(screen)")
        let draft = try String(contentsOfFile: home + "/data/.draft.json", encoding: .utf8)
        #expect(draft.contains("Typed before the \(signal)"))
    }

    /// A terminal that goes away without a hang-up signal reaching the program (it is not the
    /// program's controlling terminal): the interface ends as on SIGHUP, with the draft kept,
    /// instead of spinning on reads that return at once.
    @Test func aTerminalGoneWithoutASignalEndsTheInterface() throws {
        let (home, env) = try prepare(language: "en")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let terminal = try DetachedTerminal([Binary.path], environment: env)
        try #require(terminal.waitFor(text: "Achtkarspelen"), "first screen:\n\(terminal.output.suffix(400))")
        terminal.type("\r")
        terminal.type("n")
        try #require(terminal.waitFor(text: "New advice session"))
        terminal.type("Typed before the terminal went")
        try #require(terminal.settle(), "the typing was drawn")
        terminal.hangUp()
        let status = terminal.exitStatus()
        #expect(status == 129, "ends as on SIGHUP (nil: still running after 10 s)")
        let draft = try String(contentsOfFile: home + "/data/.draft.json", encoding: .utf8)
        #expect(draft.contains("Typed before the terminal went"))
    }

    /// Terminals the interface cannot use: a message in words that says what to do, exit 2.
    @Test(arguments: ["nl", "en"])
    func dumbAndUnknownTerminalsSayWhatToDo(language: String) throws {
        let (home, env) = try prepare(language: language)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let nl = language == "nl"
        let dumb = try run([], environment: env.merging(["TERM": "dumb"]) { $1 })
        #expect(dumb.status == 2)
        #expect(dumb.err.contains("TERM=dumb") && dumb.err.contains(nl ? "cursor niet verplaatsen" : "cannot move the cursor"), "\(dumb.err)")
        #expect(dumb.err.contains("impuls status") && dumb.err.contains("impuls session add"), "names the commands: \(dumb.err)")
        let unknown = try run([], environment: env.merging(["TERM": "nonsense"]) { $1 })
        #expect(unknown.status == 2)
        #expect(unknown.err.contains("TERM=nonsense") && unknown.err.contains("TERM=xterm-256color impuls"), "\(unknown.err)")
        #expect(!unknown.err.contains("unknownTerminal"))
        var unset = env
        unset.removeValue(forKey: "TERM")
        let none = try run([], environment: unset)
        #expect(none.status == 2 && none.err.contains("TERM=xterm-256color"), "\(none.err)")

        // In a real terminal too: the words, not a screen drawn on the bottom line.
        let session = try TmuxSession(command: [Binary.path], environment: env.merging(["TERM": "dumb"]) { $1 }, folder: home)
        defer { session.close() }
        try session.waitFor(text: "TERM=dumb")
        #expect(try session.exitStatus() == 2)
        #expect(try session.screen().contains("impuls status"))
    }
}
