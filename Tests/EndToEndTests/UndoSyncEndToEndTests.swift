import Foundation
import Testing

/// Issue 25, undo under sync: two laptops sharing a folder through `impuls sync`. An adviser's
/// `impuls undo` never takes back what was done on the other laptop, even under the same name, nor
/// a change the other laptop's later change builds on; what is refused stays on both laptops.
@Suite(.enabled(if: SyncTools.git != nil, "needs git"))
struct UndoSyncEndToEndTests {
    /// Both laptops' configs name the same adviser (two advisers who chose one name).
    func sameName(_ team: SyncTeam, _ name: String = "Anne") throws {
        for person in ["alice", "bob"] {
            try #"{"adviser": "\#(name)", "language": "en"}"#.write(toFile: team.config(person), atomically: false, encoding: .utf8)
        }
    }

    @Test func theSameNameOnAnotherLaptopDoesNotUndoASessionLoggedHere() throws {
        let team = SyncTeam.started()
        try sameName(team)
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "alice visits").status == 0)
        #expect(team.impuls("alice", at: "10:01", "sync").status == 0)
        #expect(team.impuls("bob", at: "10:02", "sync").status == 0)
        #expect(team.summaries("bob") == ["base", "alice visits"])

        let undo = team.impuls("bob", at: "10:03", "undo", "GM0080", "--yes")
        #expect(undo.status == 1, "\(undo.out)\(undo.errHead)")
        #expect(undo.err.contains("there is nothing to undo"), "\(undo.err)")

        #expect(team.impuls("bob", at: "10:04", "sync").status == 0)
        #expect(team.impuls("alice", at: "10:05", "sync").status == 0)
        team.expectInSync(["alice", "bob"])
        for person in ["alice", "bob"] {
            #expect(team.summaries(person) == ["base", "alice visits"], "\(person): the session is kept")
            #expect(team.history(person).allSatisfy { $0["undoes"] == nil }, "\(person): nothing was undone")
        }
        // Each laptop has an id of its own, recorded with its changes and never shared.
        let laptops = try ["alice", "bob"].map { try String(contentsOfFile: team.folder($0) + "/.impuls-laptop/id", encoding: .utf8) }
        #expect(laptops[0] != laptops[1])
        #expect(team.history("alice").contains { $0["laptop"] as? String == laptops[0].trimmingCharacters(in: .newlines) })
        #expect(team.git("alice", "ls-files").out.contains(".impuls-laptop") == false)
        // On her own laptop the session is hers to undo.
        let own = team.impuls("alice", at: "10:06", "undo", "GM0080", "--yes")
        #expect(own.status == 0, "\(own.out)\(own.errHead)")
        #expect(team.summaries("alice") == ["base"])
    }

    /// Alice submits, Bob approves, both sync: Alice's undo of her submission would leave a draft
    /// carrying Bob's grant. It is refused, naming his approval, and the application stays approved.
    @Test func anUndoAColleaguesLaterStepBuildsOnIsRefusedNamingIt() throws {
        let team = SyncTeam.started { team in
            #expect(team.impuls("alice", at: "09:01", "application", "new", "GM0080", "--title", "Wijkteam", "--amount", "5000",
                                "--start", "2023-11-01", "--end", "2024-01-31", "--action-line", "wijkteams").status == 0)
        }
        #expect(team.impuls("alice", at: "10:00", "application", "advance", "GM0080", "--to", "submitted").status == 0)
        #expect(team.impuls("alice", at: "10:01", "sync").status == 0)
        #expect(team.impuls("bob", at: "10:02", "sync").status == 0)
        #expect(team.impuls("bob", at: "11:00", "application", "advance", "GM0080", "--to", "approved", "--granted", "4000").status == 0)
        #expect(team.impuls("bob", at: "11:01", "sync").status == 0)
        #expect(team.impuls("alice", at: "11:02", "sync").status == 0)

        let named = "not undone: a later change by Bob builds on it (2023-10-16): Status: submitted → approved; Granted amount: €4,000"
        let asked = team.impuls("alice", at: "11:03", "undo", "GM0080")
        #expect(asked.status == 1 && asked.err.contains(named), "without --yes it says so too: \(asked.out)\(asked.err)")
        let undo = team.impuls("alice", at: "11:04", "undo", "GM0080", "--yes")
        #expect(undo.status == 1, "\(undo.out)\(undo.errHead)")
        #expect(undo.err.contains(named), "\(undo.err)")

        #expect(team.impuls("alice", at: "11:05", "sync").status == 0)
        #expect(team.impuls("bob", at: "11:06", "sync").status == 0)
        team.expectInSync(["alice", "bob"])
        for person in ["alice", "bob"] {
            let applications = team.dossier(person)["applications"] as? [[String: Any]] ?? []
            #expect(applications.first?["status"] as? String == "approved", "\(person): \(applications)")
            #expect(applications.first?["grantedCents"] as? Int == 400_000, "\(person)")
        }
    }
}
