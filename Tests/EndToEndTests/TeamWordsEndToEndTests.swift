import Foundation
import Testing

/// Issue 26, parts 4–6 over real git: notices read as words in sync, `dossier show` and `check`
/// in both languages; `dossier resolve` takes a start of the id and says so when it is done
/// already; "received … (from …)" names whoever made the changes, never a merge's committer; the
/// advisers table counts a colleague who only covered.
@Suite(.enabled(if: SyncTools.git != nil, "needs git"))
struct TeamWordsEndToEndTests {
    static let hexID = try! NSRegularExpression(pattern: "[0-9a-f]{16}")

    func expectWords(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Self.hexID.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil, "an id in \(what):\n\(text)",
                sourceLocation: sourceLocation)
        #expect(!text.contains("application:") && !text.contains("'approved'") && !text.contains("'rejected'"), "\(what):\n\(text)",
                sourceLocation: sourceLocation)
    }

    /// Alice approves, Bob rejects the same application: the sync, `dossier show` and `check` say
    /// so in words; the notice is resolved by a start of its id, and a second time changes nothing.
    @Test func aClashReadsAsWordsAndResolvesByAStartOfItsId() throws {
        let team = SyncTeam.withClashingSteps()
        let bob = team.impuls("bob", at: "12:01", "sync")
        #expect(bob.status == 0, "\(bob.out)\(bob.errHead)")
        #expect(bob.out.contains("Leeuwarden: Application ‘Wijkteam’: rejected by Bob (16 Oct) kept; approved by Alice (16 Oct) not applied"), "\(bob.out)")
        expectWords(bob.out, "sync")

        let shown = team.impuls("bob", at: "12:02", "dossier", "show", "GM0080")
        expectWords(shown.out, "dossier show (en)")
        try #"{"adviser": "Bob", "language": "nl"}"#.write(toFile: team.config("bob"), atomically: false, encoding: .utf8)
        let dutch = team.impuls("bob", at: "12:02", "dossier", "show", "GM0080").out
        expectWords(dutch, "dossier show (nl)")
        #expect(dutch.contains("Leeuwarden: Aanvraag ‘Wijkteam’: afgewezen door Bob (16 okt) gehouden; toegekend door Alice (16 okt) niet toegepast"), "\(dutch)")
        for status in ["approved", "rejected", "submitted"] { #expect(!dutch.contains(status), "nl: \(status) in\n\(dutch)") }
        try team.writeConfig("bob")
        let check = team.impuls("bob", at: "12:02", "check")
        expectWords(check.err, "check")

        // The id as `dossier show` prints it, and a shorter start of it.
        let id = try #require((team.notices("bob").first?["id"] as? String))
        let short = String(id.prefix(6))
        #expect(shown.out.contains("[\(short)] Leeuwarden: "), "\(shown.out)")
        let missed = team.impuls("bob", at: "12:03", "dossier", "resolve", "GM0080", "zzzz")
        #expect(missed.status == 2, "\(missed.out)\(missed.errHead)")
        #expect(missed.err.contains("zzzz") && missed.err.contains("[\(short)] Leeuwarden: Application ‘Wijkteam’"), "\(missed.err)")
        let entries = team.history("bob").count
        let resolved = team.impuls("bob", at: "12:04", "dossier", "resolve", "GM0080", String(id.prefix(4)))
        #expect(resolved.status == 0, "\(resolved.errHead)")
        #expect(resolved.out == "Notice \(short) of Leeuwarden marked as dealt with\n", "\(resolved.out)")
        #expect(team.history("bob").count == entries + 1)
        let again = team.impuls("bob", at: "12:05", "dossier", "resolve", "GM0080", short)
        #expect(again.status == 0, "\(again.errHead)")
        #expect(again.out == "Notice \(short) of Leeuwarden was dealt with already; nothing changed\n", "\(again.out)")
        #expect(team.history("bob").count == entries + 1, "resolving twice records nothing the second time")
    }

    /// The team lead's sync merges Alice's session in with a session of her own elsewhere: Bob's
    /// next sync names Alice for Leeuwarden and the lead only for the dossier she changed.
    @Test func aMergeCommitNamesNobodyForDossiersItDidNotChange() throws {
        let team = SyncTeam.started()
        try team.writeConfig("lead")
        #expect(team.impuls("lead", at: "09:40", "sync", "--clone", team.remote).status == 0)
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "alice visits").status == 0)
        #expect(team.impuls("alice", at: "10:01", "sync").status == 0)
        #expect(team.impuls("lead", at: "10:30", "session", "add", "GM0014", "--summary", "lead visits").status == 0)
        let lead = team.impuls("lead", at: "11:00", "sync")
        #expect(lead.status == 0, "\(lead.out)\(lead.errHead)")
        #expect(team.git("lead", "log", "-1", "--format=%an %p").out.split(separator: " ").count == 3, "the lead's sync made a merge commit")
        let bob = team.impuls("bob", at: "12:00", "sync")
        #expect(bob.status == 0, "\(bob.out)\(bob.errHead)")
        #expect(bob.out.contains("received: Groningen (from Lead), Leeuwarden (from Alice)\n"), "\(bob.out)")
    }

    /// Bob logs a session in Alice's dossier (he covers for her): the advisers table counts him,
    /// with no dossier of his own.
    @Test func theAdvisersTableCountsAColleagueWhoOnlyCovered() throws {
        let team = SyncTeam.started()
        #expect(team.impuls("bob", at: "10:00", "session", "add", "GM0080", "--summary", "bob covers").status == 0)
        #expect(team.impuls("bob", at: "10:01", "sync").status == 0)
        #expect(team.impuls("alice", at: "10:02", "sync").status == 0)
        let status = team.impuls("alice", at: "10:03", "status", "--all", "--format", "json")
        #expect(status.status == 0, "\(status.errHead)")
        let report = try JSONSerialization.jsonObject(with: Data(status.out.utf8)) as? [String: Any] ?? [:]
        let advisers = (report["total"] as? [String: Any])?["advisers"] as? [[String: Any]] ?? []
        let byName = Dictionary(advisers.compactMap { a in (a["name"] as? String).map { ($0, a) } }, uniquingKeysWith: { a, _ in a })
        #expect(byName["Bob"]?["municipalities"] as? Int == 0 && byName["Bob"]?["sessionsLast30Days"] as? Int == 1, "\(advisers)")
        #expect(byName["Alice"]?["municipalities"] as? Int == 1 && byName["Alice"]?["sessionsLast30Days"] as? Int == 1, "\(advisers)")
        let table = team.impuls("alice", at: "10:04", "status", "--all").out
        #expect(table.split(separator: "\n").contains { $0.hasPrefix("Bob ") }, "\(table)")
    }
}
