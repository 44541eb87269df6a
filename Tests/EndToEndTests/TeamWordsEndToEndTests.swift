import Foundation
import Testing

/// Issue 26, parts 4–5 over real git: notices read as words in sync, `dossier show` and `check`
/// in both languages; `dossier resolve` takes a start of the id and says so when it is done already.
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
        let team = SyncTeam.started { team in
            #expect(team.impuls("alice", at: "09:01", "application", "new", "GM0080", "--title", "Wijkteam", "--amount", "5000",
                                "--start", "2023-11-01", "--end", "2024-01-31", "--action-line", "wijkteams").status == 0)
            #expect(team.impuls("alice", at: "09:02", "application", "advance", "GM0080", "--to", "submitted").status == 0)
        }
        #expect(team.impuls("alice", at: "11:00", "application", "advance", "GM0080", "--to", "approved", "--granted", "4000").status == 0)
        #expect(team.impuls("bob", at: "10:00", "application", "advance", "GM0080", "--to", "rejected", "--note", "nee").status == 0)
        #expect(team.impuls("alice", at: "12:00", "sync").status == 0)
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
}
