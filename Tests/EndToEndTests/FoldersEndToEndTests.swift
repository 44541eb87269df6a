import Foundation
import Testing

/// A team lead's folders, read together: the interface opens read-only over all of them, a
/// dossier found in two is marked and named, and the dashboard's figures are `status`'s.
@Suite struct FoldersEndToEndTests {
    /// Anne's demo folder and Bert's, where Bert has started an application for a Fryslân
    /// municipality Anne has reached (his copy has no session): the doubled dossier, its copies
    /// different. The team lead's config lists Bert's folder first, so his copy is the one shown.
    func prepare() throws -> (home: String, env: [String: String], code: String, folders: [String]) {
        let home = temporaryFolder()
        try FileManager.default.createDirectory(atPath: home + "/.config/impuls", withIntermediateDirectories: true)
        let (anne, bert) = (home + "/anne", home + "/bert")
        try #"{"adviser": "Lotte", "role": "team-lead", "language": "nl", "dataDirs": ["\#(bert)", "\#(anne)"]}"#
            .write(toFile: home + "/.config/impuls/config.json", atomically: true, encoding: .utf8)
        let env = pinnedEnvironment(home: home)
        #expect(try run(["demo", "--output", anne], environment: env).status == 0)
        // A Fryslân municipality with a session in Anne's folder.
        let fryslan = ["GM0059", "GM0060", "GM0072", "GM0074", "GM0080", "GM0085", "GM0086", "GM0088", "GM0090", "GM0093",
                       "GM0096", "GM0098", "GM0140", "GM1891", "GM1900", "GM1940", "GM1949", "GM1970"]
        let code = try #require(fryslan.first { code in
            guard let data = FileManager.default.contents(atPath: anne + "/dossiers/\(code).json"),
                  let dossier = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
            return !((dossier["sessions"] as? [Any]) ?? []).isEmpty
        })
        #expect(try run(["application", "new", code, "--title", "Wijkteams", "--amount", "5000", "--start", "2023-11-01",
                         "--end", "2024-01-31", "--action-line", "wijkteams", "--data-dir", bert], environment: env).status == 0)
        return (home, env, code, [bert, anne])
    }

    /// The row of `region` in the dashboard's table on `screen`: municipalities, reached, not reached.
    func dashboardRow(_ region: String, on screen: String) -> [Int]? {
        let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let header = lines.firstIndex(where: { $0.hasPrefix("Regio") && $0.contains("Bereikt") }),
              let row = lines[(header + 1)...].first(where: { $0.hasPrefix(region + " ") }) else { return nil }
        return Array(row.dropFirst(region.count).split(separator: " ").prefix(3).compactMap { Int($0) })
    }

    @Test func aTeamLeadsConfigWithTwoFoldersOpensReadOnlyWithTheDoubledDossierMarked() throws {
        let (home, env, code, folders) = try prepare()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let session = try TmuxSession(command: [Binary.path], environment: env, folder: home)
        defer { session.close() }
        try session.waitFor(text: "alleen-lezen")
        try session.send("/")
        try session.type(code)
        try session.waitFor("the doubled dossier's row, marked") { $0.contains("×2") }
        try session.send("Enter")
        try session.send("Enter")
        let screen = try session.waitFor(text: "Dossier in 2 mappen")
        // Wrapped at 80 columns: the folders, what differs, and whose copy is shown, put together again.
        let text = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.contains("(\(folders[0]), \(folders[1]))"), "\(screen)")
        #expect(text.contains("verschilt:") && text.contains("gesprekken 0 |"), "\(screen)")
        try session.send("Escape", "Escape", "Escape", "q")
        #expect(try session.exitStatus() == 0)
    }

    @Test func theDashboardAndStatusGiveTheSameFiguresForTheSameFolders() throws {
        let (home, env, _, folders) = try prepare()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let options = folders.flatMap { ["--data-dir", $0] }
        let json = try run(["status", "--all", "--format", "json"] + options, environment: env)
        #expect(json.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect((report["duplicates"] as? [String])?.count == 1)
        let fryslan = try #require((report["regions"] as? [[String: Any]])?.first { $0["name"] as? String == "Fryslân" })
        let expected = try ["municipalities", "reached", "notReached"].map { try #require(fryslan[$0] as? Int) }
        let session = try TmuxSession(command: [Binary.path] + options, environment: env, folder: home)
        defer { session.close() }
        try session.waitFor(text: "alleen-lezen")
        try session.send("D")
        let screen = try session.waitFor("the dashboard's table with Fryslân") { self.dashboardRow("Fryslân", on: $0)?.count == 3 }
        #expect(dashboardRow("Fryslân", on: screen) == expected, "\(screen)")
        try session.send("Escape", "q")
        #expect(try session.exitStatus() == 0)
    }
}
