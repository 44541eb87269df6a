import Foundation
import Testing

/// Issue 30 end to end over real git: Alice erases a person; Bob has unshared work that names them,
/// Carol was offline during the erasure with work of her own. After everyone syncs, the text is in
/// no file of any folder and in no commit reachable from any branch of any clone or of the team
/// repository; the unshared work is there (scrubbed); the folders are byte-identical; later syncs
/// are normal.
@Suite(.enabled(if: SyncTools.git != nil, "needs git"))
struct ErasureSyncEndToEndTests {
    let person = "Pieter Post"

    @Test func anErasureReachesEveryCloneAndTheTeamRepositoryAndLosesNoUnsharedWork() throws {
        let team = SyncTeam(people: ["alice", "bob", "carol"])
        #expect(team.run([SyncTools.git!, "init", "--quiet", "--bare", "-b", "main", team.remote]).status == 0)
        #expect(team.impuls("alice", at: "09:00", "contact", "add", "GM0080", "--name", person, "--email", "pieter.post@leeuwarden.nl").status == 0)
        #expect(team.impuls("alice", at: "09:01", "session", "add", "GM0080", "--summary", "Gebeld met \(person)").status == 0)
        #expect(team.impuls("alice", at: "09:02", "contact", "edit", "GM0080", person, "--email", "p.post@leeuwarden.nl").status == 0)
        #expect(team.impuls("alice", at: "09:30", "sync", "--init", "--remote", team.remote).status == 0)
        for who in ["bob", "carol"] { #expect(team.impuls(who, at: "09:31", "sync", "--clone", team.remote).status == 0) }

        // Carol goes offline with work of her own, committed locally, that names him too.
        #expect(team.git("carol", "remote", "set-url", "origin", team.root + "/unreachable.git").status == 0)
        #expect(team.impuls("carol", at: "10:00", "session", "add", "GM0014", "--summary", "Carol offline: \(person) belde").status == 0)
        #expect(team.impuls("carol", at: "10:01", "sync").status == 4, "offline: committed locally")
        // Bob has work not shared yet.
        #expect(team.impuls("bob", at: "10:05", "session", "add", "GM0080", "--summary", "Bob: mail van \(person.uppercased())").status == 0)
        #expect(team.impuls("bob", at: "10:06", "session", "add", "GM0034", "--summary", "Bob: niets over hem").status == 0)

        #expect(mentions(team, "alice") && mentions(team, "bob") && mentions(team, "carol"), "the check finds him before")
        #expect(team.run([SyncTools.git!, "-C", team.remote, "log", "--all", "-p"]).out.lowercased().contains("pieter"))
        // Alice erases him and shares it.
        let erase = team.impuls("alice", at: "11:00", "privacy", "erase", person, "--yes")
        #expect(erase.status == 0, "\(erase.out)\(erase.errHead)")
        #expect(!mentions(team, "alice"), "Alice's folder and history are clean at once")
        let shared = team.impuls("alice", at: "11:01", "sync")
        #expect(shared.status == 0, "\(shared.out)\(shared.errHead)")

        // Everyone syncs (Carol back online), twice round so everything meets everything.
        #expect(team.git("carol", "remote", "set-url", "origin", team.remote).status == 0)
        for (round, time) in [("1", "12:0"), ("2", "13:0")] {
            for (i, who) in ["bob", "carol", "alice"].enumerated() {
                let sync = team.impuls(who, at: time + String(i), "sync")
                #expect(sync.status == 0, "round \(round), \(who): \(sync.out)\(sync.errHead)")
                if round == "1", who != "alice" { #expect(sync.out.contains("erasure of personal data carried out in this folder"), "\(who): \(sync.out)") }
            }
        }
        for who in ["alice", "bob", "carol"] { #expect(!mentions(team, who), "\(who) still holds the text") }
        let teamLog = team.run([SyncTools.git!, "-C", team.remote, "log", "--all", "-p"]).out
        #expect(!teamLog.lowercased().contains("pieter") && !teamLog.contains("p.post"), "the team repository's history")
        // Nothing unshared was lost: Bob's and Carol's sessions are everywhere, scrubbed.
        for who in ["alice", "bob", "carol"] {
            let leeuwarden = team.text(who), groningen = team.text(who, "GM0014"), amsterdam = team.text(who, "GM0034")
            #expect(leeuwarden.contains("Bob: mail van [gewist]") && groningen.contains("Carol offline: [gewist] belde")
                    && amsterdam.contains("Bob: niets over hem"), "\(who)")
            #expect(!(team.dossier(who)["contacts"] as? [Any] ?? []).contains { "\($0)".contains("leeuwarden.nl") }, "the contact is gone")
        }
        for code in ["GM0080", "GM0014", "GM0034"] {
            #expect(team.text("alice", code) == team.text("bob", code) && team.text("bob", code) == team.text("carol", code), "\(code) byte-identical")
        }
        // Later syncs are as before.
        #expect(team.impuls("bob", at: "14:00", "session", "add", "GM0080", "--summary", "Na de wissing").status == 0)
        #expect(team.impuls("bob", at: "14:01", "sync").status == 0)
        #expect(team.impuls("carol", at: "14:02", "sync").status == 0)
        #expect(team.text("carol").contains("Na de wissing"))
        #expect(!mentions(team, "carol"))
    }

    /// A purge reaches every copy too, work a colleague had not shared included.
    @Test func aPurgeOfInactiveDossiersReachesEveryClone() throws {
        let team = SyncTeam.started()
        let january = ["IMPULS_TODAY": "2023-01-10", "IMPULS_NOW": "2023-01-10T09:00:00.000Z"]
        #expect(team.impuls("alice", at: "09:00", "contact", "add", "GM0014", "--name", "Henk Hop", extra: january).status == 0)
        #expect(team.impuls("alice", at: "09:01", "sync", extra: january).status == 0)
        #expect(team.impuls("bob", at: "09:02", "sync", extra: january).status == 0)
        #expect(team.impuls("bob", at: "09:03", "session", "add", "GM0014", "--participant", "Henk Hop", "--summary", "Henk Hop belde",
                            extra: ["IMPULS_TODAY": "2023-01-11", "IMPULS_NOW": "2023-01-11T09:00:00.000Z"]).status == 0)
        let purge = team.impuls("alice", at: "10:00", "privacy", "purge", "--before", "2023-06-01", "--yes")
        #expect(purge.status == 0, "\(purge.out)\(purge.errHead)")
        for (who, time) in [("alice", "10:01"), ("bob", "10:02"), ("alice", "10:03"), ("bob", "10:04")] {
            let sync = team.impuls(who, at: time, "sync")
            #expect(sync.status == 0, "\(who): \(sync.out)\(sync.errHead)")
        }
        for who in ["alice", "bob"] {
            let log = team.git(who, "log", "--all", "-p").out.lowercased()
            #expect(!log.contains("henk") && !team.text(who, "GM0014").lowercased().contains("henk"), "\(who) still names him")
            #expect(team.text(who, "GM0014").contains("[gewist] belde"), "Bob's unshared session is there, purged")
            #expect(team.text(who).contains("base"), "an active dossier is untouched")
        }
        #expect(!team.run([SyncTools.git!, "-C", team.remote, "log", "--all", "-p"]).out.lowercased().contains("henk"))
        #expect(team.text("alice", "GM0014") == team.text("bob", "GM0014"))
    }

    /// Whether the person's name or e-mail address is in any file of the folder's working tree or
    /// in any commit reachable from any ref of its repository.
    func mentions(_ team: SyncTeam, _ who: String) -> Bool {
        let log = team.git(who, "log", "--all", "-p").out.lowercased()
        let grep = team.run([SyncTools.git!, "-C", team.folder(who), "grep", "--no-index", "-i", "-l", "-e", "pieter", "-e", "p.post", "--", "."]).out
        return log.contains("pieter") || log.contains("p.post@") || !grep.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
