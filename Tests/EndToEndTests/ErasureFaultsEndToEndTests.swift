import Foundation
import Testing

/// Issue 30's team-wide erasure under attack: a later erasure must not take back data added
/// legitimately after an earlier one, a colleague's open form must not keep the erased text, and a
/// `privacy erase` killed half way must still reach the history.
@Suite(.enabled(if: SyncTools.git != nil, "needs git"))
struct ErasureFaultsEndToEndTests {
    let person = "Pieter Post"

    /// Pieter Post erased, then added again by Bob after he synced (a new contact, legitimately);
    /// Carol clones after that. A second erasure, of someone else, must leave the new contact
    /// everywhere, and the three folders must end the same.
    @Test func aNameAddedAgainAfterAnErasureSurvivesTheNextErasure() throws {
        let team = SyncTeam(people: ["alice", "bob", "carol"])
        #expect(team.run([SyncTools.git!, "init", "--quiet", "--bare", "-b", "main", team.remote]).status == 0)
        #expect(team.impuls("alice", at: "09:00", "contact", "add", "GM0080", "--name", person, "--email", "pieter.post@leeuwarden.nl").status == 0)
        #expect(team.impuls("alice", at: "09:01", "contact", "add", "GM0014", "--name", "Klaas Vaak").status == 0)
        #expect(team.impuls("alice", at: "09:30", "sync", "--init", "--remote", team.remote).status == 0)
        #expect(team.impuls("bob", at: "09:31", "sync", "--clone", team.remote).status == 0)

        #expect(team.impuls("alice", at: "10:00", "privacy", "erase", person, "--yes").status == 0)
        #expect(team.impuls("alice", at: "10:01", "sync").status == 0)
        #expect(team.impuls("bob", at: "10:02", "sync").status == 0)
        // The same name again, after the erasure: new data, which stays.
        #expect(team.impuls("bob", at: "10:10", "contact", "add", "GM0080", "--name", person, "--email", "nieuw@leeuwarden.nl").status == 0)
        #expect(team.impuls("bob", at: "10:11", "sync").status == 0)
        #expect(team.impuls("alice", at: "10:12", "sync").status == 0)
        #expect(team.impuls("carol", at: "10:13", "sync", "--clone", team.remote).status == 0)
        #expect(team.text("carol").contains("nieuw@leeuwarden.nl"))

        let second = team.impuls("alice", at: "11:00", "privacy", "erase", "Klaas Vaak", "--yes")
        #expect(second.status == 0, "\(second.out)\(second.errHead)")
        #expect(team.text("alice").contains("nieuw@leeuwarden.nl"), "the second erasure took back the contact added after the first")
        for (i, who) in ["alice", "bob", "carol", "alice", "bob", "carol"].enumerated() {
            let sync = team.impuls(who, at: "11:1\(i)", "sync")
            #expect(sync.status == 0, "\(who): \(sync.out)\(sync.errHead)")
        }
        for who in ["alice", "bob", "carol"] {
            #expect(team.text(who).contains("nieuw@leeuwarden.nl"), "\(who) lost the contact added after the first erasure")
            #expect(!team.text(who, "GM0014").contains("Klaas"), "\(who)")
            #expect(!team.git(who, "log", "--all", "-p").out.contains("Klaas"), "\(who)")
        }
        team.expectInSync(["alice", "bob", "carol"], files: ["dossiers/GM0080.json", "dossiers/GM0014.json", "erasures.json"])
        let heads = ["alice", "bob", "carol"].map { team.git($0, "rev-parse", "HEAD").out }
        #expect(Set(heads).count == 1, "the clones' histories differ: \(heads)")
    }

    /// A form Bob had open that names the person (`.draft.json`, never shared) is cleaned by the
    /// sync that brings him the erasure.
    @Test func aColleaguesOpenFormNamingThePersonIsRemovedByTheSyncThatBringsTheErasure() throws {
        let team = SyncTeam.started { team in
            #expect(team.impuls("alice", at: "09:01", "contact", "add", "GM0080", "--name", "Pieter Post").status == 0)
        }
        let draft = #"{"format": "impuls-draft", "purpose": {"code": "GM0080", "kind": "newSession"}, "focus": 0, "#
            + #""texts": {"summary": "Gebeld met PIETER POST over de wijk"}, "options": {}, "chosen": {}}"#
        try draft.write(toFile: team.folder("bob") + "/.draft.json", atomically: false, encoding: .utf8)
        #expect(team.impuls("alice", at: "10:00", "privacy", "erase", person, "--yes").status == 0)
        #expect(team.impuls("alice", at: "10:01", "sync").status == 0)
        let bob = team.impuls("bob", at: "10:02", "sync")
        #expect(bob.status == 0, "\(bob.out)\(bob.errHead)")
        let kept = (try? String(contentsOfFile: team.folder("bob") + "/.draft.json", encoding: .utf8)) ?? ""
        #expect(!kept.lowercased().contains("pieter"), "Bob's open form still names him")
        #expect(bob.out.contains("The kept form (draft) mentioned the text and was removed"), "and Bob is told: \(bob.out)")
        #expect(!team.git("bob", "log", "--all", "-p").out.lowercased().contains("pieter"))
    }

    /// `privacy erase` killed as it writes `erasures.json` (the dossiers already scrubbed, or not
    /// yet): erasing again and syncing still takes the text out of every commit, here and in the team's.
    @Test func anEraseKilledAsItRecordsTheErasureStillReachesTheHistory() throws {
        guard let strace = SyncTools.strace else { return }
        let team = SyncTeam.started { team in
            #expect(team.impuls("alice", at: "09:01", "contact", "add", "GM0080", "--name", "Pieter Post").status == 0)
        }
        // The first rename puts the scrubbed dossier in place, the second `erasures.json`.
        _ = runBounded([strace, "-f", "-o", "/dev/null", "-e", "trace=rename", "-e", "inject=rename:signal=KILL:when=2",
                        Binary.path, "privacy", "erase", person, "--yes", "--config", team.config("alice"), "--data-dir", team.folder("alice")],
                       environment: team.environment(at: "10:00"), in: team.root, timeout: 30, killExpected: true)
        // Whatever the kill left, syncing finishes the work: erasing again is only needed when no
        // record of the erasure was written (then nothing was erased yet).
        if !FileManager.default.fileExists(atPath: team.folder("alice") + "/erasures.json") {
            let again = team.impuls("alice", at: "10:01", "privacy", "erase", person, "--yes")
            #expect(again.status == 0, "\(again.out)\(again.errHead)")
        }
        for (i, who) in ["alice", "bob", "alice"].enumerated() {
            let sync = team.impuls(who, at: "10:1\(i)", "sync")
            #expect(sync.status == 0, "\(who): \(sync.out)\(sync.errHead)")
        }
        expectNoTrace(team)
    }
}

extension ErasureFaultsEndToEndTests {
    /// Bob's Leeuwarden is damaged by hand (held back from his commits) and names the person, and
    /// an older damaged copy lies in `.impuls-damaged/`. The sync that brings Alice's erasure must
    /// not stop at the damaged file (a clone stuck), and must leave the text in none of his files.
    @Test func aHeldBackDamagedDossierNeitherStopsTheRewriteNorKeepsTheText() throws {
        let team = SyncTeam.started { team in
            #expect(team.impuls("alice", at: "09:01", "contact", "add", "GM0080", "--name", "Pieter Post").status == 0)
        }
        let good = team.text("bob")
        try String(good.prefix(good.count * 2 / 3)).write(toFile: team.file("bob"), atomically: false, encoding: .utf8)
        #expect(team.text("bob").contains("Pieter Post"), "the damaged copy names him")
        try FileManager.default.createDirectory(atPath: team.folder("bob") + "/.impuls-damaged", withIntermediateDirectories: true)
        try good.write(toFile: team.folder("bob") + "/.impuls-damaged/GM0080-20231015T090000.json", atomically: false, encoding: .utf8)

        #expect(team.impuls("alice", at: "10:00", "privacy", "erase", person, "--yes").status == 0)
        #expect(team.impuls("alice", at: "10:01", "sync").status == 0)
        let bob = team.impuls("bob", at: "10:02", "sync")
        // Not stuck: the damaged copy is moved aside for the team's (Alice's erasure changed it).
        #expect(bob.status == 0 && bob.out.contains("moved aside"), "\(bob.out)\(bob.errHead)")
        let files = team.run(["/usr/bin/grep", "-r", "-i", "-l", "--exclude-dir=.git", "pieter", team.folder("bob")]).out
        #expect(files.isEmpty, "Bob's files still name him: \(files)")
        #expect(!team.git("bob", "log", "--all", "-p").out.contains("Pieter"), "Bob's history still names him")

        #expect(team.impuls("bob", at: "10:03", "sync").status == 0)
        #expect(team.impuls("alice", at: "10:04", "sync").status == 0)
        team.expectInSync(["alice", "bob"])
    }
}

extension ErasureFaultsEndToEndTests {
    /// A name typed with a tab between its words is the same name to `privacy find` (a tab folds to
    /// a space), but the file holds it escaped (`Pieter\tPost`): the rewrite must find it in every
    /// old commit too.
    @Test func aNameWithATabBetweenItsWordsLeavesEveryCommit() throws {
        let team = SyncTeam.started { team in
            #expect(team.impuls("alice", at: "09:01", "session", "add", "GM0080", "--summary", "Gebeld met Pieter\tPost").status == 0)
        }
        #expect(team.git("alice", "log", "--all", "-p").out.contains("Pieter\\tPost"))
        #expect(team.impuls("alice", at: "10:00", "privacy", "erase", person, "--yes").status == 0)
        #expect(team.impuls("alice", at: "10:01", "sync").status == 0)
        #expect(team.impuls("bob", at: "10:02", "sync").status == 0)
        expectNoTrace(team)
    }
}

extension ErasureFaultsEndToEndTests {
    /// Bob's sync carries the erasure into his history and is killed as it starts dropping the
    /// old commits (at ORIG_HEAD's removal). His next sync has nothing left to rewrite, but must
    /// still drop them: no reflog entry and no object of his may hold the text.
    @Test func aSyncKilledAsItDropsTheOldCommitsLeavesThatToTheNextSync() throws {
        guard let strace = SyncTools.strace else { return }
        let team = SyncTeam.started { team in
            #expect(team.impuls("alice", at: "09:01", "contact", "add", "GM0080", "--name", "Pieter Post").status == 0)
        }
        #expect(team.impuls("alice", at: "10:00", "privacy", "erase", person, "--yes").status == 0)
        #expect(team.impuls("alice", at: "10:01", "sync").status == 0)
        _ = runBounded([strace, "-o", "/dev/null", "-P", team.folder("bob") + "/.git/ORIG_HEAD", "-e", "trace=unlink", "-e", "inject=unlink:signal=KILL:when=1",
                        Binary.path, "sync", "--config", team.config("bob"), "--data-dir", team.folder("bob")],
                       environment: team.environment(at: "10:02"), in: team.root, timeout: 30, killExpected: true)
        let again = team.impuls("bob", at: "10:03", "sync")
        #expect(again.status == 0, "\(again.out)\(again.errHead)")
        #expect(!team.git("bob", "log", "--walk-reflogs", "-p").out.contains("Pieter"), "Bob's reflog still reaches the old commits")
        let objects = team.run(["/bin/sh", "-c", "git -C '\(team.folder("bob"))' cat-file --batch-all-objects --batch | grep -c -a Pieter"]).out
        #expect(objects.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "Bob's repository still holds them")
        #expect(!team.git("bob", "log", "--all", "-p").out.contains("Pieter"))
        team.expectInSync(["alice", "bob"])
    }
}

/// Pieter in neither Alice's nor Bob's dossier, nor in any commit of theirs or of the team
/// repository, and the two folders alike.
func expectNoTrace(_ team: SyncTeam, sourceLocation: SourceLocation = #_sourceLocation) {
    for who in ["alice", "bob"] {
        #expect(!team.text(who).contains("Pieter"), "\(who)'s dossier", sourceLocation: sourceLocation)
        #expect(!team.git(who, "log", "--all", "-p").out.contains("Pieter"), "\(who)'s history still names him", sourceLocation: sourceLocation)
    }
    #expect(!team.run([SyncTools.git!, "-C", team.remote, "log", "--all", "-p"]).out.contains("Pieter"), "the team repository",
            sourceLocation: sourceLocation)
    team.expectInSync(["alice", "bob"])
}
