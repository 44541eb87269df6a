import Foundation
import Testing

/// Issue #25: text from a file never reaches the terminal or a CSV file raw. A summary, a contact's
/// name, an adviser or a title holding escape sequences (hand-edited, or from a colleague through
/// sync) is shown with them as escapes (`\u{1B}`), and the command line takes no such text in.
@Suite struct ControlCharactersEndToEndTests {
    static let title = "\u{1B}]0;pwned\u{07}"
    static let clear = "\u{1B}[2J"
    static let csi = "\u{9B}2J"

    /// GM0080 written by hand with escape sequences in a summary (over two lines), a contact's
    /// name, the adviser and an application's title.
    static func workbench() -> Workbench {
        let w = Workbench()
        func json(_ text: String) -> String {
            text.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? String(format: "\\u%04x", $0.value) : String($0) }.joined()
        }
        let dossier = """
        {
          "format": 1,
          "code": "GM0080",
          "adviser": "Anne\(json(title))",
          "team": "zorg-veiligheid",
          "contacts": [{"id": "c1", "name": "Piet\(json(clear))", "role": "wethouder\(json(csi))"}],
          "sessions": [{"id": "s1", "date": "2023-10-02", "kind": "advice", "summary": "first line\(json(title))\\nsecond line\(json(clear))"}],
          "applications": [\(Workbench.application(start: "2023-11-01", end: "2024-01-31").replacingOccurrences(of: "\"title\": \"", with: "\"title\": \"Wijk\(json(clear))"))],
          "history": []
        }

        """
        w.write("{\"format\": \"impuls-data\", \"version\": 1}\n", to: w.data + "/impuls.json")
        w.write(dossier, to: w.file("GM0080"))
        return w
    }

    /// No ESC, BEL or C1 control: what a terminal or a spreadsheet would act on.
    static func controls(_ text: String) -> [String] {
        text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" && $0 != "\t" || (0x7F...0x9F).contains($0.value) }
            .map { String(format: "U+%04X", $0.value) }
    }

    @Test func textFromAFileIsShownWithItsControlCharactersAsEscapes() throws {
        let w = Self.workbench()
        #expect(w.run("check").status == 0, "the hand-written file is a valid dossier")
        let outputs: [[String]] = [["dossier", "show", "GM0080"], ["dossier", "show", "GM0080", "--format", "json"], ["status"],
                                   ["status", "--format", "csv"], ["status", "--format", "markdown"], ["status", "--format", "json"],
                                   ["export", "--format", "csv"], ["export"]]
        for arguments in outputs {
            let result = w.run(arguments)
            let command = arguments.joined(separator: " ")
            #expect(result.status == 0, "\(command): \(result.errHead)")
            #expect(Self.controls(result.out) == [], "\(command) prints no control character:\n\(result.out)")
            #expect(Self.controls(result.err) == [], "\(command) warns with none")
        }
        let show = w.run("dossier", "show", "GM0080").out
        for shown in [#"first line\u{1B}]0;pwned\u{7}"#, #"second line\u{1B}[2J"#, #"Piet\u{1B}[2J · wethouder\u{9B}2J"#,
                      #"Anne\u{1B}]0;pwned\u{7}"#, #"Wijk\u{1B}[2J"#] {
            #expect(show.contains(shown), "dossier show names the characters: \(shown)\n\(show)")
        }
        #expect(show.contains("\n      second line"), "a summary over two lines is still shown over two:\n\(show)")
        #expect(w.run("status").out.contains(#"Anne\u{1B}]0;pwned\u{7}"#), "status shows the adviser with the escapes named")

        // A CSV file written with --output holds none either.
        #expect(w.run("export", "--format", "csv", "--output", w.home + "/out.csv").status == 0)
        let csv = try String(contentsOfFile: w.home + "/out.csv", encoding: .utf8)
        #expect(Self.controls(csv) == [], "the CSV file:\n\(csv)")
        #expect(csv.contains(#"Wijk\u{1B}[2J"#))
    }

    /// The interface shows the same dossier with the escapes named (a C1 control after a letter
    /// used to be joined to it into one cell, which stopped impuls).
    @Test func theInterfaceShowsTheEscapesNamed() throws {
        let w = Self.workbench()
        let session = try TmuxSession(command: [Binary.path], environment: w.env, columns: 120, rows: 40, folder: w.home)
        defer { session.close() }
        try session.waitFor(text: "342 municipalities")
        try session.send("/")
        try session.type("leeuwarden")
        try session.send("Enter")
        try session.send("Enter")
        let overview = try session.waitFor(text: #"Adviser: Anne\u{1B}]0;pwned\u{7}"#)
        #expect(overview.contains(#"Wijk\u{1B}[2JTraining"#), "\(overview)")
        try session.send("Tab")
        try session.waitFor(text: #"first line\u{1B}]0;pwned\u{7}"#)
        try session.send("Tab")
        try session.send("Tab")
        let contacts = try session.waitFor(text: #"Piet\u{1B}[2J"#)
        #expect(contacts.contains(#"wethouder\u{9B}2J"#), "\(contacts)")
        #expect(Self.controls(overview + contacts) == [], "the screens as tmux holds them")
        try session.send("C-c")
        #expect(try session.exitStatus() == 0)
    }

    @Test func theCommandLineTakesNoControlCharacterIn() throws {
        let w = Workbench()
        #expect(w.run("session", "add", "GM0080", "--summary", "line one\nline two\twith a tab").status == 0, "line breaks and tabs are text")
        let before = w.snapshot()
        let refused: [(arguments: [String], names: String)] = [
            (["session", "add", "GM0080", "--summary", Self.clear], "the text after --summary holds a control character (\\u{1B})"),
            (["session", "add", "GM0080", "--summary=" + Self.title], "the text after --summary holds a control character (\\u{1B})"),
            (["session", "add", "GM0080", "--summary", "ok", "--participant", "Piet" + Self.csi], "the text after --participant holds a control character (\\u{9B})"),
            (["session", "add", "GM0080", "--summary", "ok", "--follow-up", "bel\r terug@2023-10-20"], "the text after --follow-up holds a control character (\\u{D})"),
            (["application", "new", "GM0080", "--title", "T" + Self.clear, "--amount", "5000", "--start", "2023-11-01",
              "--end", "2024-01-31", "--action-line", "wijkteams"], "the text after --title holds a control character (\\u{1B})"),
            (["dossier", "show", "GM" + Self.title], #"the argument ‘GM\u{1B}]0;pwned\u{7}’ holds a control character (\u{1B})"#),
        ]
        for (arguments, names) in refused {
            let result = w.run(arguments)
            let command = arguments.prefix(2).joined(separator: " ")
            #expect(result.status == 2, "\(command): status \(result.status): \(result.errHead)")
            #expect(result.err.contains(names), "\(command) names the option: \(result.errHead)")
            #expect(Self.controls(result.err) == [], "\(command): the message holds none itself")
        }
        #expect(Workbench.differences(before, w.snapshot()) == [], "nothing was written")
        #expect(w.run("dossier", "show", "GM0080").out.contains("line one\n      line two\twith a tab"))
    }
}
