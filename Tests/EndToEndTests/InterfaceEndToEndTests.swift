import Foundation
import Testing

/// The interface as a user meets it: the real binary in tmux on a demo folder.
@Suite struct InterfaceEndToEndTests {
    /// A home with a config for the north and a demo data folder.
    func prepare(language: String) throws -> (home: String, env: [String: String]) {
        try testHome(language: language, regions: ["Fryslân", "Groningen"])
    }

    @Test(arguments: ["nl", "en"])
    func filterOpenResizeAndQuit(language: String) throws {
        let (home, env) = try prepare(language: language)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let session = try TmuxSession(command: [Binary.path], environment: env, folder: home)
        defer { session.close() }
        try session.waitFor(text: "Achtkarspelen")
        try session.waitFor(text: language == "nl" ? "18 gemeenten" : "18 municipalities")
        try session.send("/")
        try session.type("sudwest")
        try session.waitFor("only Súdwest-Fryslân listed") { $0.contains("Súdwest-Fryslân") && !$0.contains("Achtkarspelen") }
        try session.send("Enter")
        try session.send("Enter")
        try session.waitFor(text: "GM1900 · " + (language == "nl" ? "provincie Fryslân" : "province Fryslân"))
        try session.resize(columns: 40, rows: 12)
        try session.waitFor("the narrow layout") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return screen.contains("GM1900") && lines.allSatisfy { $0.count <= 40 }
        }
        try session.send("Tab")
        try session.waitFor(text: "[2/5]")
        try session.resize(columns: 30, rows: 8)
        try session.waitFor(text: language == "nl" ? "te klein" : "too small")
        try session.resize(columns: 80, rows: 24)
        try session.waitFor(text: language == "nl" ? "Gesprekken" : "Sessions")
        try session.send("Escape")
        try session.waitFor(text: "/sudwest")
        try session.send("Escape")
        try session.waitFor(text: "Achtkarspelen")
        try session.send("g")
        try session.waitFor(text: language == "nl" ? "te laat" : "overdue")
        try session.send("Escape")
        try session.send("?")
        try session.waitFor(text: "Ctrl-C")
        try session.send("Escape")
        try session.send("q")
        #expect(try session.exitStatus() == 0)
        #expect(!(try session.screen()).contains("Achtkarspelen"), "the terminal is restored")
    }

    @Test func sigtermAndCtrlCRestoreTheTerminal() throws {
        let (home, env) = try prepare(language: "nl")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let session = try TmuxSession(command: [Binary.path], environment: env, folder: home)
        defer { session.close() }
        try session.waitFor(text: "Achtkarspelen")
        let shell = try session.tmux(["list-panes", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try spawn(["/usr/bin/pgrep", "-P", shell, "impuls"], readOutput: true).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!pid.isEmpty)
        _ = try spawn(["/bin/kill", "-TERM", pid], readOutput: false)
        #expect(try session.exitStatus() == 143)
        #expect(!(try session.screen()).contains("Achtkarspelen"))

        try FileManager.default.createDirectory(atPath: home + "/second", withIntermediateDirectories: true)
        let second = try TmuxSession(command: [Binary.path, "--read-only"], environment: env, folder: home + "/second")
        defer { second.close() }
        try second.waitFor(text: "alleen-lezen")
        try second.send("C-c")
        #expect(try second.exitStatus() == 0)
    }
}
