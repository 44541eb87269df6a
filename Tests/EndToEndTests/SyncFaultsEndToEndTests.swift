import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Team sync when something goes wrong on one laptop or in the team repository: a sync killed
/// mid-merge, a dossier deleted or damaged by hand, a bad file pushed with plain git, history taken
/// out, an unnamed adviser, a busy team. No fault may lose anyone's work or stop the others.
@Suite(.enabled(if: SyncTools.git != nil, "needs git"))
struct SyncFaultsEndToEndTests {

    // MARK: A sync killed while its git merge goes on

    /// impuls killed with SIGKILL (the process alone, as the OOM killer does) while git merges
    /// with a slow driver: the orphaned git still holds the folder's lock, so a session logged
    /// meanwhile waits for it and is saved after the merge wrote the dossier, never under it.
    @Test func aSaveMadeWhileAKilledSyncsMergeGoesOnIsKept() throws {
        let team = SyncTeam.started()
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "alice visits").status == 0)
        #expect(team.impuls("bob", at: "10:01", "session", "add", "GM0080", "--summary", "bob visits").status == 0)
        #expect(team.impuls("bob", at: "10:02", "sync").status == 0)

        let sync = try BoundedChild([Binary.path, "sync", "--config", team.config("alice"), "--data-dir", team.folder("alice")],
                                    environment: team.environment(at: "11:00", extra: ["IMPULS_MERGE_DRIVER_DELAY_MS": "2500"]), timeout: 30)
        #expect(waitFor(seconds: 15) { processRunning(argument: "merge-driver", under: team.root) }, "the merge driver never started")
        kill(sync.pid, SIGKILL)
        _ = sync.wait()
        let save = team.impuls("alice", at: "11:01", "session", "add", "GM0080", "--summary", "after the kill")
        #expect(save.status == 0, "\(save.errHead)")
        #expect(waitFor(seconds: 15) { !processRunning(argument: "merge-driver", under: team.root) })
        #expect(team.summaries("alice").contains("after the kill"), "the orphaned merge wrote over the save")

        #expect(team.impuls("alice", at: "12:00", "sync").status == 0)
        #expect(team.impuls("bob", at: "12:01", "sync").status == 0)
        team.expectInSync(["alice", "bob"])
        for person in ["alice", "bob"] {
            #expect(team.summaries(person) == ["base", "alice visits", "bob visits", "after the kill"], "\(person)")
        }
    }

    // MARK: Damage by hand on one laptop stays there

    @Test func aDossierDeletedByHandIsPutBackAndNeverSharedAsADeletion() throws {
        let team = SyncTeam.started()
        try FileManager.default.removeItem(atPath: team.file("alice"))
        let sync = team.impuls("alice", at: "10:00", "sync")
        #expect(sync.status == 0, "\(sync.out)\(sync.errHead)")
        #expect(sync.out.contains("deleted outside impuls and put back from the last commit"), "\(sync.out)")
        #expect(team.summaries("alice") == ["base"])
        #expect(team.impuls("bob", at: "10:01", "sync").status == 0)
        #expect(team.summaries("bob") == ["base"], "the deletion reached Bob")
        team.expectInSync(["alice", "bob"])
    }

    /// Deleted by hand, then made anew by the next save: the commit keeps both the old and the new work.
    @Test func aDossierDeletedByHandAndSavedAgainKeepsItsCommittedWork() throws {
        let team = SyncTeam.started()
        try FileManager.default.removeItem(atPath: team.file("alice"))
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "after the deletion").status == 0)
        #expect(team.summaries("alice") == ["after the deletion"])
        let sync = team.impuls("alice", at: "10:01", "sync")
        #expect(sync.status == 0, "\(sync.out)\(sync.errHead)")
        #expect(sync.out.contains("part of the history had gone outside impuls"), "\(sync.out)")
        #expect(team.impuls("bob", at: "10:02", "sync").status == 0)
        team.expectInSync(["alice", "bob"])
        for person in ["alice", "bob"] { #expect(team.summaries(person) == ["base", "after the deletion"], "\(person)") }
    }

    /// An emptied dossier is held back (exit 4, named), the rest of the work is shared, and when
    /// the team's work changes that dossier the damaged file is moved aside for the team's copy.
    @Test func aDossierEmptiedByHandIsHeldBackWhileTheRestIsShared() throws {
        let team = SyncTeam.started()
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0014", "--summary", "groningen").status == 0)
        try Data().write(to: URL(fileURLWithPath: team.file("alice")))
        let sync = team.impuls("alice", at: "10:01", "sync")
        #expect(sync.status == 4, "\(sync.out)\(sync.errHead)")
        #expect(sync.err.contains("not shared, as it cannot be read") && sync.err.contains("GM0080.json"), "\(sync.err)")
        #expect(!sync.out.contains("everything is shared"), "\(sync.out)")

        let bob = team.impuls("bob", at: "10:02", "sync")
        #expect(bob.status == 0, "\(bob.out)\(bob.errHead)")
        #expect(team.summaries("bob") == ["base"], "Bob got the emptied file")
        #expect(team.summaries("bob", "GM0014") == ["groningen"], "the rest of Alice's work was not shared")

        #expect(team.impuls("bob", at: "10:03", "session", "add", "GM0080", "--summary", "bob visits").status == 0)
        #expect(team.impuls("bob", at: "10:04", "sync").status == 0)
        let again = team.impuls("alice", at: "10:05", "sync")
        #expect(again.status == 0, "\(again.out)\(again.errHead)")
        #expect(again.out.contains("moved aside to .impuls-damaged/"), "\(again.out)")
        let aside = (try? FileManager.default.contentsOfDirectory(atPath: team.folder("alice") + "/.impuls-damaged")) ?? []
        #expect(aside.count == 1 && aside[0].hasPrefix("GM0080-"), "\(aside)")
        team.expectInSync(["alice", "bob"], files: ["dossiers/GM0080.json", "dossiers/GM0014.json"])
        #expect(team.summaries("alice") == ["base", "bob visits"])
    }

    // MARK: One bad file from the team does not stop the team

    /// Bob pushes with plain git a damaged Leeuwarden (each kind of damage) that Alice has edited,
    /// an `impuls.json` from the future, and the deletion of Groningen, which Alice edited too.
    /// Alice's sync keeps her copies with notices and shares them; everyone goes on.
    @Test(arguments: ["malformed", "truncated", "conflict markers", "NUL bytes", "newer format"])
    func aBadFileFromTheTeamGivesWayToThisLaptopsCopy(damage: String) throws {
        let team = SyncTeam.started { team in
            #expect(team.impuls("alice", at: "09:10", "session", "add", "GM0014", "--summary", "groningen").status == 0)
        }
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "alice visits").status == 0)
        #expect(team.impuls("alice", at: "10:01", "session", "add", "GM0014", "--summary", "groningen again").status == 0)

        let good = team.text("bob")
        let bad: String
        switch damage {
        case "malformed": bad = "{\"format\": \"impuls-dossier\", \"code\": "
        case "truncated": bad = String(good.prefix(good.count / 2))
        case "conflict markers": bad = "<<<<<<< HEAD\n" + good + "=======\n" + good + ">>>>>>> theirs\n"
        case "NUL bytes": bad = good.replacingOccurrences(of: "base", with: "ba\u{0}se")
        default:
            let format = try #require(good.firstRange(of: /"format": [0-9]+/))
            bad = good.replacingCharacters(in: format, with: "\"format\": 99")
        }
        #expect(bad != good)
        try bad.write(toFile: team.file("bob"), atomically: false, encoding: .utf8)
        try #"{"format": "impuls-data", "version": 99}"#.write(toFile: team.folder("bob") + "/impuls.json", atomically: false, encoding: .utf8)
        #expect(team.git("bob", "rm", "--quiet", "dossiers/GM0014.json").status == 0)
        team.commitByHand("bob")
        #expect(team.git("bob", "push", "--quiet", "origin", "HEAD:main").status == 0)

        let alice = team.impuls("alice", at: "11:00", "sync")
        #expect(alice.status == 0, "\(damage): \(alice.out)\(alice.errHead)")
        #expect(alice.out.contains("impuls.json from commit"), "\(alice.out)")
        #expect(team.summaries("alice") == ["base", "alice visits"], "\(damage)")
        #expect(team.summaries("alice", "GM0014") == ["groningen", "groningen again"])
        let kinds = team.notices("alice").compactMap { $0["kind"] as? String }
        #expect(kinds == ["team-copy-kept"], "\(damage): \(kinds)")
        #expect((team.notices("alice", "GM0014").first?["kept"] as? String) == "removed")
        #expect(team.impuls("alice", at: "11:01", "check").status == 0)

        // Bob's folder is broken by his own hand; once he takes the team's branch (as git users do), he
        // is back, and a third adviser cloning now gets everything.
        #expect(team.git("bob", "fetch", "--quiet").status == 0)
        #expect(team.git("bob", "reset", "--quiet", "--hard", "origin/main").status == 0)
        let bob = team.impuls("bob", at: "11:02", "sync")
        #expect(bob.status == 0, "\(damage): \(bob.out)\(bob.errHead)")
        try team.writeConfig("carol")
        #expect(team.impuls("carol", at: "11:03", "sync", "--clone", team.remote).status == 0)
        team.expectInSync(["alice", "bob", "carol"], files: ["dossiers/GM0080.json", "dossiers/GM0014.json", "impuls.json"])
    }

    /// A `.gitignore` that ignores dossiers, from the team: sharing goes on, and the file is mended.
    @Test func aGitignoreFromTheTeamDoesNotStopSharing() throws {
        let team = SyncTeam.started()
        let ignore = team.folder("bob") + "/.gitignore"
        try ((try String(contentsOfFile: ignore, encoding: .utf8)) + "dossiers/*.json\n").write(toFile: ignore, atomically: false, encoding: .utf8)
        team.commitByHand("bob")
        #expect(team.git("bob", "push", "--quiet", "origin", "HEAD:main").status == 0)

        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0014", "--summary", "new dossier").status == 0)
        let alice = team.impuls("alice", at: "10:01", "sync")
        #expect(alice.status == 0, "\(alice.out)\(alice.errHead)")
        #expect(alice.out.contains(".gitignore from commit"), "\(alice.out)")
        #expect(team.git("alice", "ls-files", "dossiers/GM0014.json").out.contains("GM0014"), "the new dossier was not committed")
        #expect(team.git("bob", "fetch", "--quiet").status == 0)
        #expect(team.git("bob", "reset", "--quiet", "--hard", "origin/main").status == 0)
        #expect(team.summaries("bob", "GM0014") == ["new dossier"])
        team.expectInSync(["alice", "bob"], files: ["dossiers/GM0014.json", ".gitignore"])
    }

    /// A commit that takes a session out together with its history (an old copy committed over the
    /// new): the session comes back on every laptop, with a notice.
    @Test func historyTakenOutByACommitComesBack() throws {
        let team = SyncTeam.started()
        let old = team.text("bob")
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "alice visits").status == 0)
        #expect(team.impuls("alice", at: "10:01", "sync").status == 0)
        #expect(team.impuls("bob", at: "10:02", "sync").status == 0)
        #expect(team.summaries("bob") == ["base", "alice visits"])
        try old.write(toFile: team.file("bob"), atomically: false, encoding: .utf8)
        team.commitByHand("bob")
        #expect(team.git("bob", "push", "--quiet", "origin", "HEAD:main").status == 0)

        #expect(team.impuls("alice", at: "11:00", "sync").status == 0)
        #expect(team.summaries("alice") == ["base", "alice visits"])
        #expect(team.notices("alice").contains { $0["kind"] as? String == "history-removed" }, "\(team.notices("alice"))")
        #expect(team.impuls("bob", at: "11:01", "sync").status == 0)
        team.expectInSync(["alice", "bob"])
        #expect(team.summaries("bob") == ["base", "alice visits"])
    }

    // MARK: An unfinished plain git merge

    /// `git merge` whose driver fails leaves Alice's copy (which loads) in the dossier; a session
    /// saved then is kept when sync finishes the merge.
    @Test func workSavedDuringAnUnfinishedPlainMergeIsKept() throws {
        let team = SyncTeam.started()
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "alice visits").status == 0)
        #expect(team.impuls("bob", at: "10:01", "session", "add", "GM0080", "--summary", "bob visits").status == 0)
        #expect(team.impuls("bob", at: "10:02", "sync").status == 0)
        team.commitByHand("alice")
        #expect(team.git("alice", "fetch", "--quiet").status == 0)
        let merge = team.git("alice", "-c", "user.name=alice", "-c", "user.email=a@example.invalid", "-c", "merge.impuls.driver=false",
                             "merge", "origin/main")
        #expect(merge.status != 0, "the plain merge should stop on a conflict")
        let during = team.impuls("alice", at: "10:03", "session", "add", "GM0080", "--summary", "during the merge")
        #expect(during.status == 0, "\(during.errHead)")

        let sync = team.impuls("alice", at: "10:04", "sync")
        #expect(sync.status == 0, "\(sync.out)\(sync.errHead)")
        #expect(team.impuls("bob", at: "10:05", "sync").status == 0)
        team.expectInSync(["alice", "bob"])
        #expect(team.summaries("bob") == ["base", "alice visits", "bob visits", "during the merge"])
    }

    // MARK: Every change has an author

    @Test func syncNeedsAnAdvisersName() throws {
        let team = SyncTeam()
        #expect(team.run([SyncTools.git!, "init", "--quiet", "--bare", team.remote]).status == 0)
        try #"{"language": "en"}"#.write(toFile: team.config("alice"), atomically: false, encoding: .utf8)
        for arguments in [["sync", "--init", "--remote", team.remote], ["sync", "--clone", team.remote], ["sync"]] {
            let run = team.impuls("alice", at: "10:00", arguments)
            #expect(run.status == 2, "\(arguments): \(run.out)\(run.errHead)")
            #expect(run.err.contains("\"adviser\": \"First Last\"") && run.err.contains(team.config("alice")), "\(run.err)")
        }
        #expect(!FileManager.default.fileExists(atPath: team.folder("alice") + "/.git"))
    }

    // MARK: A busy team

    /// Several advisers who each log a session and sync at the same moment, round after round:
    /// every sync ends shared (a lost push race is merged and tried again), nothing is lost.
    /// IMPULS_SYNC_CLONES and IMPULS_SYNC_ROUNDS make it larger (the issue's figure: 10 × 5).
    @Test func advisersSyncingAtTheSameMomentAllShare() throws {
        let environment = ProcessInfo.processInfo.environment
        let clones = Int(environment["IMPULS_SYNC_CLONES"] ?? "") ?? 5
        let rounds = Int(environment["IMPULS_SYNC_ROUNDS"] ?? "") ?? 2
        let people = (1...clones).map { "p\($0)" }
        let team = SyncTeam(people: people)
        #expect(team.run([SyncTools.git!, "init", "--quiet", "--bare", team.remote]).status == 0)
        #expect(team.impuls("p1", at: "09:00", "session", "add", "GM0080", "--summary", "base").status == 0)
        #expect(team.impuls("p1", at: "09:01", "sync", "--init", "--remote", team.remote).status == 0)
        for person in people.dropFirst() { #expect(team.impuls(person, at: "09:02", "sync", "--clone", team.remote).status == 0) }

        var expected: Set<String> = ["base"]
        var retried = 0
        for round in 1...rounds {
            for person in people {
                #expect(team.impuls(person, at: "10:0\(round % 10)", "session", "add", "GM0080", "--summary", "\(person) \(round)").status == 0)
                expected.insert("\(person) \(round)")
            }
            let children = try people.map { person in
                try BoundedChild([Binary.path, "sync", "--config", team.config(person), "--data-dir", team.folder(person)],
                                 environment: team.environment(at: "11:0\(round % 10)"), timeout: 90)
            }
            for (person, child) in zip(people, children) {
                let outcome = child.wait()
                #expect(outcome.status == 0, "round \(round), \(person): \(outcome.out)\(outcome.errHead)")
                if outcome.out.contains("tries") { retried += 1 }
            }
        }
        for _ in 0..<2 { for person in people { #expect(team.impuls(person, at: "12:00", "sync").status == 0) } }
        team.expectInSync(people)
        for person in people { #expect(team.summaries(person) == expected, "\(person) lacks \(expected.subtracting(team.summaries(person)))") }
        print("\(clones) clones × \(rounds) rounds at once: every sync shared; \(retried) needed more than one try")
    }
}

/// Polls `condition` every 20 ms until it holds or `seconds` pass.
func waitFor(seconds: Double, _ condition: () -> Bool) -> Bool {
    let end = Date().addingTimeInterval(seconds)
    while Date() < end {
        if condition() { return true }
        usleep(20_000)
    }
    return condition()
}

/// Is a process running whose command line holds `argument` and mentions `folder`?
func processRunning(argument: String, under folder: String) -> Bool {
    guard let pids = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return false }
    for pid in pids where pid.allSatisfy(\.isNumber) {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { continue }
        let words = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        if words.contains(argument) {
            var buffer = [CChar](repeating: 0, count: 4096)
            let n = readlink("/proc/\(pid)/cwd", &buffer, buffer.count - 1)
            if n > 0, String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self).hasPrefix(folder) { return true }
        }
    }
    return false
}

/// What plain git can put in the team repository that is not impuls's: it never reaches a laptop's
/// folder, never stops a sync, and the first healthy sync takes it out of the team repository.
@Suite(.enabled(if: SyncTools.git != nil, "needs git"))
struct SyncForeignFilesEndToEndTests {
    @Test(arguments: ["a folder as a dossier", "a folder as impuls.json", "a link as dossiers/", "a link as the lock",
                      "a laptop id", "an odd name", "a merge leftover"])
    func whatIsNotImpulssNeverReachesAFolder(shape: String) throws {
        let team = SyncTeam.started()
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "alice visits").status == 0)
        let mallory = team.root + "/mallory"
        #expect(team.run([SyncTools.git!, "clone", "--quiet", team.remote, mallory]).status == 0)
        let files = FileManager.default
        switch shape {
        case "a folder as a dossier":
            try files.removeItem(atPath: mallory + "/dossiers/GM0080.json")
            try files.createDirectory(atPath: mallory + "/dossiers/GM0080.json", withIntermediateDirectories: true)
            try "x".write(toFile: mallory + "/dossiers/GM0080.json/f", atomically: false, encoding: .utf8)
        case "a folder as impuls.json":
            try files.removeItem(atPath: mallory + "/impuls.json")
            try files.createDirectory(atPath: mallory + "/impuls.json", withIntermediateDirectories: true)
            try "x".write(toFile: mallory + "/impuls.json/f", atomically: false, encoding: .utf8)
        case "a link as dossiers/":
            try files.moveItem(atPath: mallory + "/dossiers", toPath: mallory + "/elsewhere")
            try files.createSymbolicLink(atPath: mallory + "/dossiers", withDestinationPath: "/tmp")
        case "a link as the lock":
            try files.createSymbolicLink(atPath: mallory + "/.impuls.lock", withDestinationPath: "/tmp/impuls-test-target")
        case "a laptop id":
            try files.createDirectory(atPath: mallory + "/.impuls-laptop", withIntermediateDirectories: true)
            try "0123456789abcdef\n".write(toFile: mallory + "/.impuls-laptop/id", atomically: false, encoding: .utf8)
        case "an odd name":
            try "{}".write(toFile: mallory + "/dossiers/GM00$(x)\n.json", atomically: false, encoding: .utf8)
        default:
            try "{}".write(toFile: mallory + "/dossiers/GM0080.json~HEAD", atomically: false, encoding: .utf8)
        }
        let git = [SyncTools.git!, "-C", mallory, "-c", "user.name=Mallory", "-c", "user.email=m@example.invalid"]
        #expect(team.run(git + ["add", "--all", "--force"]).status == 0)
        #expect(team.run(git + ["commit", "--quiet", "-m", shape]).status == 0)
        #expect(team.run(git + ["push", "--quiet", "origin", "HEAD:main"]).status == 0)

        for (person, time) in [("alice", "11:00"), ("bob", "11:01"), ("alice", "11:02")] {
            let sync = team.impuls(person, at: time, "sync")
            #expect(sync.status == 0, "\(shape), \(person): \(sync.out)\(sync.errHead)")
        }
        team.expectInSync(["alice", "bob"], files: ["dossiers/GM0080.json", "impuls.json", ".gitattributes", ".gitignore"])
        for person in ["alice", "bob"] { #expect(team.summaries(person) == ["base", "alice visits"], "\(shape), \(person)") }
        let shared = Set(team.git("alice", "ls-tree", "-r", "--name-only", "origin/main").out.split(separator: "\n").map(String.init))
        #expect(shared == ["dossiers/GM0080.json", "impuls.json", ".gitattributes", ".gitignore"], "\(shape): the team repository holds \(shared)")
        #expect(!files.fileExists(atPath: "/tmp/impuls-test-target"))
    }

    /// A plain `git rebase` stopped on a conflict, a session saved, then sync: the save is kept.
    @Test func workSavedDuringAStoppedRebaseIsKept() throws {
        let team = SyncTeam.started()
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "alice visits").status == 0)
        #expect(team.impuls("alice", at: "10:01", "sync").status == 0)
        #expect(team.impuls("bob", at: "10:02", "session", "add", "GM0080", "--summary", "bob visits").status == 0)
        team.commitByHand("bob")
        #expect(team.git("bob", "fetch", "--quiet").status == 0)
        let rebase = team.git("bob", "-c", "user.name=bob", "-c", "user.email=b@example.invalid", "-c", "merge.impuls.driver=false",
                              "rebase", "origin/main")
        #expect(rebase.status != 0, "the rebase should stop on a conflict")
        #expect(FileManager.default.fileExists(atPath: team.folder("bob") + "/.git/rebase-merge")
                || FileManager.default.fileExists(atPath: team.folder("bob") + "/.git/rebase-apply"))
        #expect(team.impuls("bob", at: "10:03", "session", "add", "GM0014", "--summary", "during the rebase").status == 0)
        let sync = team.impuls("bob", at: "10:04", "sync")
        #expect(sync.status == 0, "\(sync.out)\(sync.errHead)")
        #expect(team.impuls("alice", at: "10:05", "sync").status == 0)
        team.expectInSync(["alice", "bob"], files: ["dossiers/GM0080.json", "dossiers/GM0014.json"])
        #expect(team.summaries("alice", "GM0014") == ["during the rebase"])
        #expect(team.summaries("alice") == ["base", "alice visits", "bob visits"])
    }

    @Test(arguments: [".", ";", "<>", "A\u{1}B"])
    func anAdvisersNameGitCannotTakeIsRefused(name: String) throws {
        let team = SyncTeam()
        #expect(team.run([SyncTools.git!, "init", "--quiet", "--bare", team.remote]).status == 0)
        let json = String(decoding: try JSONSerialization.data(withJSONObject: ["adviser": name, "language": "en"]), as: UTF8.self)
        try json.write(toFile: team.config("alice"), atomically: false, encoding: .utf8)
        let run = team.impuls("alice", at: "10:00", "sync", "--init", "--remote", team.remote)
        #expect(run.status == 2 && run.err.contains("\"adviser\""), "\(name.debugDescription): \(run.out)\(run.errHead)")
    }
}
