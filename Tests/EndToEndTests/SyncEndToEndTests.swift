import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Team sync end to end, against the built binary: two advisers (and a team lead) share one bare
/// repository in a temporary folder with `impuls sync`, and git merges their dossiers with
/// `impuls merge-driver`. After every scenario both clones hold byte-identical dossiers, `impuls
/// check` is content, nothing is left uncommitted, and nothing anyone recorded is lost.
///
/// git is isolated from the machine (`HOME` in the temporary folder, no system or global config);
/// remotes are local paths only. Every program runs with a deadline (`runBounded`).
@Suite(.enabled(if: SyncTools.git != nil, "needs git"))
struct SyncEndToEndTests {

    // MARK: 1. Both add sessions to one dossier

    @Test func sessionsAddedByBothAdvisersToOneDossierAreBothKept() throws {
        let team = SyncTeam.started()
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "alice visits").status == 0)
        #expect(team.impuls("bob", at: "11:00", "session", "add", "GM0080", "--summary", "bob visits").status == 0)

        let first = team.impuls("alice", at: "12:00", "sync")
        #expect(first.status == 0, "\(first.out)\(first.errHead)")
        let second = team.impuls("bob", at: "12:01", "sync")
        #expect(second.status == 0, "\(second.out)\(second.errHead)")
        #expect(second.out.contains("received: Leeuwarden (from Alice)"), "\(second.out)")
        let third = team.impuls("alice", at: "12:02", "sync")
        #expect(third.status == 0, "\(third.out)\(third.errHead)")
        #expect(third.out.contains("received: Leeuwarden (from Bob)"), "\(third.out)")

        team.expectInSync(["alice", "bob"])
        for person in ["alice", "bob"] {
            #expect(team.summaries(person) == ["base", "alice visits", "bob visits"], "\(person)")
            let history = team.history(person)
            #expect(history.contains { $0["by"] as? String == "Alice" && ($0["new"] as? String)?.contains("alice visits") == true }, "\(person)")
            #expect(history.contains { $0["by"] as? String == "Bob" && ($0["new"] as? String)?.contains("bob visits") == true }, "\(person)")
        }
        // The commits carry each adviser's name (the config's `adviser`).
        let authors = Set(team.git("alice", "log", "--format=%an").out.split(separator: "\n").map(String.init))
        #expect(authors.isSuperset(of: ["Alice", "Bob"]), "\(authors)")
    }

    // MARK: 2. One application moved on differently on both sides

    @Test func oneApplicationMovedOnDifferentlyKeepsTheEarlierStepAndANotice() throws {
        let team = SyncTeam.withClashingSteps()
        let bob = team.impuls("bob", at: "12:01", "sync")
        #expect(bob.status == 0, "\(bob.out)\(bob.errHead)")
        let alice = team.impuls("alice", at: "12:02", "sync")
        #expect(alice.status == 0, "\(alice.out)\(alice.errHead)")
        for output in [bob.out, alice.out] {
            #expect(output.contains("Application ‘Wijkteam’: rejected by Bob (16 Oct) kept; approved by Alice (16 Oct) not applied"),
                    "sync does not mention the clash:\n\(output)")
        }

        team.expectInSync(["alice", "bob"])
        for person in ["alice", "bob"] {
            let applications = team.dossier(person)["applications"] as? [[String: Any]] ?? []
            #expect(applications.count == 1, "\(person)")
            #expect(applications.first?["status"] as? String == "rejected", "\(person): \(applications)")
            let clash = team.notices(person).filter { $0["kind"] as? String == "transition-clash" }
            #expect(clash.count == 1, "\(person): \(team.notices(person))")
            #expect(clash.first?["kept"] as? String == "rejected" && clash.first?["lost"] as? String == "approved", "\(person): \(clash)")
            // Nothing lost: Alice's approval stays in the history.
            #expect(team.history(person).contains { $0["by"] as? String == "Alice" && $0["new"] as? String == "approved" }, "\(person)")
            #expect(team.history(person).contains { $0["by"] as? String == "Bob" && $0["new"] as? String == "rejected" }, "\(person)")
        }
    }

    // MARK: 3. Two grants in one municipality

    /// Both kept, approved, with a blocking `two-granted` notice. `impuls check` is deliberately
    /// not asked for exit 0 here: two granted applications break the one-per-municipality rule,
    /// and check says so through the blocking notice (that, and only that) until one is withdrawn;
    /// then it is content.
    @Test func twoApplicationsGrantedOnTwoLaptopsAreBothKeptWithABlockingNotice() throws {
        let team = SyncTeam.started()
        for (person, hour, title) in [("alice", "10", "Plan Alice"), ("bob", "11", "Plan Bob")] {
            #expect(team.impuls(person, at: "\(hour):01", "application", "new", "GM0080", "--title", title, "--amount", "5000",
                                "--start", "2023-11-01", "--end", "2024-01-31", "--action-line", "wijkteams").status == 0)
            #expect(team.impuls(person, at: "\(hour):02", "application", "advance", "GM0080", "--to", "submitted").status == 0)
            #expect(team.impuls(person, at: "\(hour):03", "application", "advance", "GM0080", "--to", "approved", "--granted", "4000").status == 0)
        }
        #expect(team.impuls("alice", at: "12:00", "sync").status == 0)
        let bob = team.impuls("bob", at: "12:01", "sync")
        #expect(bob.status == 0, "\(bob.out)\(bob.errHead)")
        #expect(bob.out.contains("BLOCKING — two applications are granted"), "\(bob.out)")
        #expect(team.impuls("alice", at: "12:02", "sync").status == 0)

        team.expectInSync(["alice", "bob"], checkClean: false)
        for person in ["alice", "bob"] {
            let applications = team.dossier(person)["applications"] as? [[String: Any]] ?? []
            #expect(Set(applications.compactMap { $0["title"] as? String }) == ["Plan Alice", "Plan Bob"], "\(person)")
            #expect(applications.allSatisfy { $0["status"] as? String == "approved" }, "\(person): \(applications)")
            let blocking = team.notices(person).filter { $0["kind"] as? String == "two-granted" }
            #expect(blocking.count == 1 && blocking.first?["blocking"] as? Bool == true, "\(person): \(team.notices(person))")
            let check = team.impuls(person, at: "12:03", "check")
            #expect(check.status == 2, "\(person): check: \(check.out)")
            let problems = check.err.split(separator: "\n").filter { !$0.hasSuffix(" problem") && !$0.hasSuffix(" problems") }
            // The rule the data breaks, and the blocking notice that says what to do: nothing else.
            #expect(problems.contains { $0.contains("BLOCKING") && $0.contains("withdraw one") }, "\(person): \(check.err)")
            #expect(!problems.isEmpty && problems.allSatisfy { ($0.contains("applications[") && $0.contains("status")) || $0.contains("BLOCKING") },
                    "\(person): check found more than the two grants:\n\(check.err)")
        }
        // Withdrawn on one laptop and shared: check is content on both.
        #expect(team.impuls("bob", at: "13:00", "application", "advance", "GM0080", "--application", "Plan Bob", "--to", "withdrawn",
                             "--note", "dubbel").status == 0)
        #expect(team.impuls("bob", at: "13:01", "sync").status == 0)
        #expect(team.impuls("alice", at: "13:02", "sync").status == 0)
        team.expectInSync(["alice", "bob"])
    }

    /// The merge says two grants "block until one is withdrawn". Once one is withdrawn and shared,
    /// the notice should no longer be open: sync should stop saying "BLOCKING — … withdraw one".
    @Test func withdrawingOneOfTwoGrantsResolvesTheBlockingNotice() throws {
        let team = SyncTeam.started()
        for (person, hour, title) in [("alice", "10", "Plan Alice"), ("bob", "11", "Plan Bob")] {
            #expect(team.impuls(person, at: "\(hour):01", "application", "new", "GM0080", "--title", title, "--amount", "5000",
                                "--start", "2023-11-01", "--end", "2024-01-31", "--action-line", "wijkteams").status == 0)
            #expect(team.impuls(person, at: "\(hour):02", "application", "advance", "GM0080", "--to", "submitted").status == 0)
            #expect(team.impuls(person, at: "\(hour):03", "application", "advance", "GM0080", "--to", "approved", "--granted", "4000").status == 0)
        }
        #expect(team.impuls("alice", at: "12:00", "sync").status == 0)
        #expect(team.impuls("bob", at: "12:01", "sync").status == 0)
        #expect(team.impuls("alice", at: "12:02", "sync").status == 0)
        #expect(team.notices("bob").contains { $0["kind"] as? String == "two-granted" })

        // Which one to withdraw is never picked silently: without --application, both are listed.
        let unnamed = team.impuls("bob", at: "12:59", "application", "advance", "GM0080", "--to", "withdrawn", "--note", "dubbel")
        #expect(unnamed.status == 1 && unnamed.err.contains("Plan Alice") && unnamed.err.contains("Plan Bob"), "\(unnamed.out)\(unnamed.err)")
        #expect(team.impuls("bob", at: "13:00", "application", "advance", "GM0080", "--application", "Plan Bob", "--to", "withdrawn",
                             "--note", "dubbel").status == 0)
        let bob = team.impuls("bob", at: "13:01", "sync")
        let alice = team.impuls("alice", at: "13:02", "sync")
        #expect(bob.status == 0 && alice.status == 0)
        let granted = (team.dossier("alice")["applications"] as? [[String: Any]] ?? []).filter { $0["status"] as? String == "approved" }
        #expect(granted.count == 1)
        for (person, output) in [("bob", bob.out), ("alice", alice.out)] {
            #expect(!output.contains("BLOCKING"), "\(person)'s sync still reports the blocking notice after the withdrawal:\n\(output)")
            let open = team.notices(person).filter { $0["kind"] as? String == "two-granted" && $0["resolved"] as? Bool != true }
            #expect(open.isEmpty, "\(person): the two-granted notice is still open after the withdrawal: \(open)")
        }
        team.expectInSync(["alice", "bob"])
    }

    // MARK: 4. Push race

    /// Bob pushes between Alice's fetch and her push (a `git` first on Alice's PATH runs Bob's sync
    /// just before her first push): her push is refused, and her sync fetches, merges and pushes again.
    @Test func aPushRefusedBecauseSomeonePushedMeanwhileIsMergedAndPushedAgain() throws {
        let team = SyncTeam.started()
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "alice visits").status == 0)
        #expect(team.impuls("bob", at: "11:00", "session", "add", "GM0080", "--summary", "bob visits").status == 0)

        let wrap = team.root + "/wrap"
        try FileManager.default.createDirectory(atPath: wrap, withIntermediateDirectories: true)
        let script = """
        #!/bin/sh
        echo "$*" >> '\(team.root)/alice-git.log'
        case " $* " in
        *" push "*)
          if [ ! -e '\(team.root)/raced' ]; then
            : > '\(team.root)/raced'
            IMPULS_NOW=2023-10-16T12:00:00.000Z PATH=/usr/bin:/bin '\(Binary.path)' sync --config '\(team.config("bob"))' --data-dir '\(team.folder("bob"))' > '\(team.root)/bob-sync.log' 2>&1
            echo $? > '\(team.root)/bob-status'
          fi ;;
        esac
        exec '\(SyncTools.git!)' "$@"
        """
        try writeScript(script, to: wrap + "/git")

        let alice = team.impuls("alice", at: "12:01", "sync", extra: ["PATH": wrap + ":/usr/bin:/bin"])
        #expect(alice.status == 0, "\(alice.out)\(alice.errHead)")
        #expect(alice.out.contains("received: Leeuwarden (from Bob)"), "\(alice.out)")
        let bobStatus = (try? String(contentsOfFile: team.root + "/bob-status", encoding: .utf8)) ?? "not run"
        #expect(bobStatus.trimmingCharacters(in: .whitespacesAndNewlines) == "0",
                "Bob's sync in the middle: \(bobStatus) \((try? String(contentsOfFile: team.root + "/bob-sync.log", encoding: .utf8)) ?? "")")
        let calls = ((try? String(contentsOfFile: team.root + "/alice-git.log", encoding: .utf8)) ?? "").split(separator: "\n")
        #expect(calls.filter { $0.contains(" push ") }.count == 2, "Alice's push was refused once and retried: \(calls)")
        #expect(calls.filter { $0.contains(" fetch ") }.count == 2, "Alice fetched again after the refusal: \(calls)")

        #expect(team.impuls("bob", at: "12:02", "sync").status == 0)
        team.expectInSync(["alice", "bob"])
        #expect(team.git("alice", "rev-parse", "HEAD").out == team.git("bob", "rev-parse", "HEAD").out)
        for person in ["alice", "bob"] { #expect(team.summaries(person) == ["base", "alice visits", "bob visits"], "\(person)") }
    }

    // MARK: 5. Remote missing or unreachable

    @Test func anUnreachableRemoteCommitsLocallyExitsFourAndSharesLater() throws {
        let team = SyncTeam.started()
        #expect(team.git("alice", "remote", "set-url", "origin", "/nonexistent/x.git").status == 0)
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "on the train").status == 0)
        let offline = team.impuls("alice", at: "10:01", "sync")
        #expect(offline.status == 4, "\(offline.out)\(offline.errHead)")
        #expect(offline.err.contains("offline —"), "\(offline.err)")
        #expect(team.git("alice", "status", "--porcelain").out.isEmpty)
        #expect(team.git("alice", "log", "-1", "--format=%an").out.trimmingCharacters(in: .whitespacesAndNewlines) == "Alice")
        #expect(team.git("alice", "show", "HEAD:dossiers/GM0080.json").out.contains("on the train"), "the change is in the local commit")

        // Back online: shared.
        #expect(team.git("alice", "remote", "set-url", "origin", team.remote).status == 0)
        let online = team.impuls("alice", at: "10:02", "sync")
        #expect(online.status == 0, "\(online.out)\(online.errHead)")
        let bob = team.impuls("bob", at: "10:03", "sync")
        #expect(bob.status == 0 && bob.out.contains("received: Leeuwarden (from Alice)"), "\(bob.out)\(bob.errHead)")
        team.expectInSync(["alice", "bob"])
        #expect(team.summaries("bob") == ["base", "on the train"])

        // No team repository at all: exit 4 too, everything committed.
        try team.writeConfig("carol")
        #expect(team.impuls("carol", at: "10:04", "session", "add", "GM0014", "--summary", "alone").status == 0)
        #expect(team.impuls("carol", at: "10:05", "sync", "--init").status == 0)
        #expect(team.impuls("carol", at: "10:06", "session", "add", "GM0014", "--summary", "still alone").status == 0)
        let alone = team.impuls("carol", at: "10:07", "sync")
        #expect(alone.status == 4, "\(alone.out)\(alone.errHead)")
        #expect(alone.err.contains("no team repository"), "\(alone.err)")
        #expect(team.git("carol", "status", "--porcelain").out.isEmpty)
        #expect(team.git("carol", "show", "HEAD:dossiers/GM0014.json").out.contains("still alone"))
    }

    // MARK: 6. A plain `git merge` without the driver

    @Test func aConflictLeftByAPlainGitMergeIsRepairedBySync() throws {
        let team = SyncTeam.started()
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "alice visits").status == 0)
        #expect(team.impuls("alice", at: "10:01", "sync").status == 0)
        #expect(team.impuls("bob", at: "11:00", "session", "add", "GM0080", "--summary", "bob visits").status == 0)
        team.commitByHand("bob")

        // Without the driver's command git refuses the merge outright; nothing is left to repair.
        #expect(team.git("bob", "config", "--unset", "merge.impuls.driver").status == 0)
        #expect(team.git("bob", "fetch", "--quiet").status == 0)
        #expect(team.git("bob", "-c", "user.name=Bob", "-c", "user.email=bob@example.invalid", "merge", "origin/main").status != 0)
        // Without the driver at all git merges the text, and the dossier conflicts.
        #expect(team.git("bob", "config", "--remove-section", "merge.impuls").status == 0)
        let merge = team.git("bob", "-c", "user.name=Bob", "-c", "user.email=bob@example.invalid", "merge", "origin/main")
        #expect(merge.status == 1, "\(merge.out)\(merge.err)")
        #expect(team.git("bob", "diff", "--name-only", "--diff-filter=U").out.contains("dossiers/GM0080.json"))
        #expect(team.text("bob").contains("<<<<<<<"), "git left conflict markers")

        let repair = team.impuls("bob", at: "12:00", "sync")
        #expect(repair.status == 0, "\(repair.out)\(repair.errHead)")
        #expect(repair.out.contains("an unfinished merge was completed"), "\(repair.out)")
        #expect(!FileManager.default.fileExists(atPath: team.folder("bob") + "/.git/MERGE_HEAD"))
        #expect(!team.text("bob").contains("<<<<<<<") && !team.text("bob").contains(">>>>>>>"))
        #expect(!team.git("bob", "config", "merge.impuls.driver").out.isEmpty, "sync registers the driver again")
        #expect(team.impuls("alice", at: "12:01", "sync").status == 0)

        team.expectInSync(["alice", "bob"])
        for person in ["alice", "bob"] { #expect(team.summaries(person) == ["base", "alice visits", "bob visits"], "\(person)") }
    }

    // MARK: 7. `git pull --rebase` conflicting

    @Test func aConflictingGitPullRebaseIsAbandonedAndMergedBySync() throws {
        let team = SyncTeam.started()
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "alice visits").status == 0)
        #expect(team.impuls("alice", at: "10:01", "sync").status == 0)
        #expect(team.impuls("bob", at: "11:00", "session", "add", "GM0080", "--summary", "bob visits").status == 0)
        team.commitByHand("bob")
        let bobsCommit = team.git("bob", "rev-parse", "HEAD").out.trimmingCharacters(in: .whitespacesAndNewlines)

        #expect(team.git("bob", "config", "--remove-section", "merge.impuls").status == 0)
        let pull = team.git("bob", "-c", "user.name=Bob", "-c", "user.email=bob@example.invalid", "pull", "--rebase")
        #expect(pull.status != 0, "the rebase conflicts: \(pull.out)\(pull.err)")
        #expect(FileManager.default.fileExists(atPath: team.folder("bob") + "/.git/rebase-merge"), "a rebase is under way")
        #expect(team.text("bob").contains("<<<<<<<"))

        let repair = team.impuls("bob", at: "12:00", "sync")
        #expect(repair.status == 0, "\(repair.out)\(repair.errHead)")
        #expect(!FileManager.default.fileExists(atPath: team.folder("bob") + "/.git/rebase-merge"), "the rebase is abandoned")
        #expect(!FileManager.default.fileExists(atPath: team.folder("bob") + "/.git/rebase-apply"))
        #expect(!team.text("bob").contains("<<<<<<<"))
        // Bob's own commit is kept (merged, not rebased away).
        #expect(team.git("bob", "merge-base", "--is-ancestor", bobsCommit, "HEAD").status == 0)
        #expect(team.impuls("alice", at: "12:01", "sync").status == 0)

        team.expectInSync(["alice", "bob"])
        for person in ["alice", "bob"] { #expect(team.summaries(person) == ["base", "alice visits", "bob visits"], "\(person)") }
    }

    // MARK: 8. Killed in the middle of a sync

    /// Alice's sync (one that has Bob's work to merge) killed with SIGKILL at its Nth `rename`: the
    /// impuls process renames a file just before it starts each git command, so N picks the step
    /// (about: 6 after staging, 13 after committing, 23 after fetching, 24 after merging, before
    /// pushing). Then a plain sync shares everything.
    @Test(.enabled(if: SyncTools.strace != nil, "needs strace"))
    func aSyncKilledBetweenItsGitStepsIsFinishedByTheNextSync() throws {
        let team = SyncTeam.started()
        var expected: Set<String> = ["base"]
        var killed = 0
        for (round, n) in [6, 13, 23, 24].enumerated() {
            let minute = String(format: "%02d", round * 5)
            #expect(team.impuls("alice", at: "10:\(minute)", "session", "add", "GM0080", "--summary", "alice \(round)").status == 0)
            #expect(team.impuls("bob", at: "11:\(minute)", "session", "add", "GM0080", "--summary", "bob \(round)").status == 0)
            #expect(team.impuls("bob", at: "11:\(minute)", "sync").status == 0)
            expected.formUnion(["alice \(round)", "bob \(round)"])

            let run = team.underStrace("alice", at: "12:\(minute)", ["-e", "trace=rename", "-e", "inject=rename:signal=KILL:when=\(n)"])
            if run.status == 128 + SIGKILL { killed += 1 }
            let again = team.impuls("alice", at: "13:\(minute)", "sync")
            #expect(again.status == 0, "after a kill at rename \(n): \(again.out)\(again.errHead)")
            #expect(team.impuls("bob", at: "14:\(minute)", "sync").status == 0, "round \(round)")
            #expect(team.impuls("alice", at: "14:\(minute)", "sync").status == 0, "round \(round)")
            let inSync = team.expectInSync(["alice", "bob"])
            for person in ["alice", "bob"] {
                #expect(team.summaries(person) == expected, "after a kill at rename \(n): \(person) lost \(expected.subtracting(team.summaries(person)))")
            }
            if again.status != 0 || !inSync { break }
        }
        #expect(killed == 4, "every kill landed inside the sync (killed \(killed) of 4)")
    }

    /// A git command of Alice's sync killed while it holds one of git's lock files (strace kills
    /// the first process that renames that lock into place): git leaves the lock behind, as it
    /// does when the laptop dies or the whole sync is killed at that moment. The next sync should
    /// get the folder going again ("finishes what an interrupted sync left behind").
    @Test(.enabled(if: SyncTools.strace != nil, "needs strace"), arguments: [
        ".git/index.lock",          // `git add`, staging Alice's change
        ".git/refs/heads/main.lock", // `git commit`, updating the branch
        ".git/ORIG_HEAD.lock",      // `git merge`, at its start
    ])
    func aSyncWhoseGitWasKilledHoldingALockIsFinishedByTheNextSync(lock: String) throws {
        let team = SyncTeam.started()
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "alice visits").status == 0)
        #expect(team.impuls("bob", at: "11:00", "session", "add", "GM0080", "--summary", "bob visits").status == 0)
        #expect(team.impuls("bob", at: "11:01", "sync").status == 0)

        let path = team.folder("alice") + "/" + lock
        _ = team.underStrace("alice", at: "12:00", ["-P", path, "-e", "trace=rename", "-e", "inject=rename:signal=KILL:when=1"])
        let leftBehind = FileManager.default.fileExists(atPath: path)
        let again = team.impuls("alice", at: "13:00", "sync")
        #expect(again.status == 0, "next sync after git was killed holding \(lock) (left behind: \(leftBehind)): exit \(again.status): \(again.out)\(again.errHead)")
        guard again.status == 0 else { return }
        #expect(team.impuls("bob", at: "13:01", "sync").status == 0)
        team.expectInSync(["alice", "bob"])
        for person in ["alice", "bob"] { #expect(team.summaries(person) == ["base", "alice visits", "bob visits"], "\(person)") }
    }

    // MARK: 9. The merge driver's contract

    @Test func theMergeDriverFollowsGitsContract() throws {
        let team = SyncTeam(people: ["alice", "bob"])
        #expect(team.impuls("alice", at: "09:00", "session", "add", "GM0080", "--summary", "base").status == 0)
        try FileManager.default.copyItem(atPath: team.folder("alice"), toPath: team.folder("bob"))
        let dir = team.root + "/driver"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: team.file("alice"), toPath: dir + "/base")
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "alice visits").status == 0)
        #expect(team.impuls("alice", at: "10:01", "application", "new", "GM0080", "--title", "Wijkteam", "--amount", "5000",
                            "--start", "2023-11-01", "--end", "2024-01-31", "--action-line", "wijkteams").status == 0)
        #expect(team.impuls("bob", at: "11:00", "session", "add", "GM0080", "--summary", "bob visits").status == 0)
        let alice = try Data(contentsOf: URL(fileURLWithPath: team.file("alice")))
        let bob = try Data(contentsOf: URL(fileURLWithPath: team.file("bob")))

        func driver(_ base: String, _ ours: String, _ theirs: String) -> Outcome {
            team.impuls("alice", at: "12:00", ["merge-driver", dir + "/" + base, dir + "/" + ours, dir + "/" + theirs, "dossiers/GM0080.json"], withFolder: false)
        }
        try alice.write(to: URL(fileURLWithPath: dir + "/ours1"))
        try bob.write(to: URL(fileURLWithPath: dir + "/theirs1"))
        try bob.write(to: URL(fileURLWithPath: dir + "/ours2"))
        try alice.write(to: URL(fileURLWithPath: dir + "/theirs2"))
        let one = driver("base", "ours1", "theirs1")
        #expect(one.status == 0, "\(one.errHead)")
        let two = driver("base", "ours2", "theirs2")
        #expect(two.status == 0, "\(two.errHead)")
        let merged = try Data(contentsOf: URL(fileURLWithPath: dir + "/ours1"))
        #expect(merged == (try Data(contentsOf: URL(fileURLWithPath: dir + "/ours2"))), "swapping ours and theirs gives the same bytes")
        let object = try JSONSerialization.jsonObject(with: merged) as? [String: Any] ?? [:]
        let summaries = Set((object["sessions"] as? [[String: Any]] ?? []).compactMap { $0["summary"] as? String })
        #expect(summaries == ["base", "alice visits", "bob visits"])
        #expect((object["applications"] as? [[String: Any]] ?? []).count == 1)

        // Both added the file (git passes an empty base).
        try Data().write(to: URL(fileURLWithPath: dir + "/empty"))
        try alice.write(to: URL(fileURLWithPath: dir + "/ours3"))
        let added = driver("empty", "ours3", "theirs1")
        #expect(added.status == 0, "\(added.errHead)")
        let addedObject = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/ours3"))) as? [String: Any] ?? [:]
        #expect(Set((addedObject["sessions"] as? [[String: Any]] ?? []).compactMap { $0["summary"] as? String }) == ["base", "alice visits", "bob visits"])

        // A newer format, or no JSON at all, on their side: exit 1, ours untouched.
        let newer = String(decoding: bob, as: UTF8.self).replacingOccurrences(of: "\"format\": 4", with: "\"format\": 99")
        #expect(newer.contains("\"format\": 99"))
        try newer.write(toFile: dir + "/newer", atomically: false, encoding: .utf8)
        try "garbage\n".write(toFile: dir + "/garbage", atomically: false, encoding: .utf8)
        for theirs in ["newer", "garbage"] {
            try alice.write(to: URL(fileURLWithPath: dir + "/ours4"))
            let refused = driver("base", "ours4", theirs)
            #expect(refused.status == 1, "\(theirs): \(refused.status) \(refused.errHead)")
            #expect((try Data(contentsOf: URL(fileURLWithPath: dir + "/ours4"))) == alice, "\(theirs): ours is unchanged")
        }
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).allSatisfy { !$0.hasPrefix(".impuls-tmp") }, "no temporary files left")
    }

    // MARK: 10. The team lead

    @Test func aTeamLeadsCloneCountsEveryonesWork() throws {
        let team = SyncTeam.started()
        try team.writeConfig("lead")
        let apply = ["--amount", "5000", "--start", "2023-11-01", "--end", "2024-01-31", "--action-line", "wijkteams"]
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "alice in Leeuwarden").status == 0)
        #expect(team.impuls("alice", at: "10:01", "session", "add", "GM0344", "--summary", "alice in Utrecht").status == 0)
        #expect(team.impuls("alice", at: "10:02", ["application", "new", "GM0080", "--title", "Plan Alice"] + apply).status == 0)
        #expect(team.impuls("alice", at: "10:03", "application", "advance", "GM0080", "--to", "submitted").status == 0)
        #expect(team.impuls("bob", at: "11:00", "session", "add", "GM0080", "--summary", "bob in Leeuwarden").status == 0)
        #expect(team.impuls("bob", at: "11:01", "session", "add", "GM0344", "--summary", "bob in Utrecht").status == 0)
        #expect(team.impuls("bob", at: "11:02", "session", "add", "GM0014", "--summary", "bob in Groningen").status == 0)
        #expect(team.impuls("bob", at: "11:03", ["application", "new", "GM0014", "--title", "Plan Bob"] + apply).status == 0)

        // The union, from both folders before anyone syncs: session and application ids by dossier.
        var sessions: [String: Set<String>] = [:]
        var applications: [String: Set<String>] = [:]
        for person in ["alice", "bob"] {
            for code in ["GM0014", "GM0080", "GM0344"] where FileManager.default.fileExists(atPath: team.file(person, code)) {
                let dossier = team.dossier(person, code)
                sessions[code, default: []].formUnion((dossier["sessions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
                applications[code, default: []].formUnion((dossier["applications"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
            }
        }

        #expect(team.impuls("alice", at: "12:00", "sync").status == 0)
        #expect(team.impuls("bob", at: "12:01", "sync").status == 0)
        #expect(team.impuls("alice", at: "12:02", "sync").status == 0)
        let clone = team.impuls("lead", at: "13:00", "sync", "--clone", team.remote)
        #expect(clone.status == 0, "\(clone.out)\(clone.errHead)")
        team.expectInSync(["alice", "bob", "lead"], files: ["dossiers/GM0014.json", "dossiers/GM0080.json", "dossiers/GM0344.json"])

        let status = team.impuls("lead", at: "13:01", "status", "--all", "--format", "json")
        #expect(status.status == 0, "\(status.errHead)")
        let report = try JSONSerialization.jsonObject(with: Data(status.out.utf8)) as? [String: Any] ?? [:]
        let total = report["total"] as? [String: Any] ?? [:]
        #expect(total["reached"] as? Int == sessions.count, "\(total["reached"] ?? "nil")")
        let counts = (total["applications"] as? [String: Any] ?? [:]).compactMapValues { $0 as? Int }
        #expect(counts.values.reduce(0, +) == applications.values.reduce(0) { $0 + $1.count }, "\(counts)")
        #expect(counts["submitted"] == 1 && counts["draft"] == 1, "\(counts)")
        let advisers = total["advisers"] as? [[String: Any]] ?? []
        let counted = advisers.reduce(0) { $0 + ($1["sessionsLast30Days"] as? Int ?? 0) }
        #expect(counted == sessions.values.reduce(0) { $0 + $1.count }, "sessions counted \(counted), union \(sessions)")
        #expect(Set(advisers.compactMap { $0["name"] as? String }) == ["Alice", "Bob"], "\(advisers)")
        // And each dossier in the lead's folder holds exactly the union.
        for (code, ids) in sessions {
            #expect(Set((team.dossier("lead", code)["sessions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }) == ids, "\(code)")
        }
    }
}

/// The programs the sync tests drive besides impuls.
enum SyncTools {
    static let git = ["/usr/bin/git", "/bin/git", "/usr/local/bin/git"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// People sharing one bare repository in a temporary folder: each a config (`adviser`, English)
/// and a data folder; git kept from the machine's configuration. Removed when released.
final class SyncTeam {
    let root: String
    let remote: String

    init(people: [String] = ["alice", "bob"]) {
        root = temporaryFolder()
        remote = root + "/remote.git"
        for person in people { try? writeConfig(person) }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Alice's GM0080 with one session ("base", 09:00), anything `more` adds, shared with
    /// `sync --init --remote`; Bob's folder made with `sync --clone`.
    static func started(sourceLocation: SourceLocation = #_sourceLocation, _ more: (SyncTeam) -> Void = { _ in }) -> SyncTeam {
        let team = SyncTeam()
        #expect(team.run([SyncTools.git!, "init", "--quiet", "--bare", "-b", "main", team.remote]).status == 0, sourceLocation: sourceLocation)
        #expect(team.impuls("alice", at: "09:00", "session", "add", "GM0080", "--summary", "base").status == 0, sourceLocation: sourceLocation)
        more(team)
        let initialized = team.impuls("alice", at: "09:30", "sync", "--init", "--remote", team.remote)
        #expect(initialized.status == 0, "\(initialized.out)\(initialized.errHead)", sourceLocation: sourceLocation)
        let cloned = team.impuls("bob", at: "09:31", "sync", "--clone", team.remote)
        #expect(cloned.status == 0, "\(cloned.out)\(cloned.errHead)", sourceLocation: sourceLocation)
        return team
    }

    /// Alice's application ‘Wijkteam’ for Leeuwarden, submitted and shared; then, offline, Bob
    /// rejects it (10:00) and Alice approves it (11:00); Alice has synced, Bob not yet.
    static func withClashingSteps(sourceLocation: SourceLocation = #_sourceLocation) -> SyncTeam {
        let team = SyncTeam.started(sourceLocation: sourceLocation) { team in
            #expect(team.impuls("alice", at: "09:01", "application", "new", "GM0080", "--title", "Wijkteam", "--amount", "5000",
                                "--start", "2023-11-01", "--end", "2024-01-31", "--action-line", "wijkteams").status == 0,
                    sourceLocation: sourceLocation)
            #expect(team.impuls("alice", at: "09:02", "application", "advance", "GM0080", "--to", "submitted").status == 0,
                    sourceLocation: sourceLocation)
        }
        #expect(team.impuls("alice", at: "11:00", "application", "advance", "GM0080", "--to", "approved", "--granted", "4000").status == 0,
                sourceLocation: sourceLocation)
        #expect(team.impuls("bob", at: "10:00", "application", "advance", "GM0080", "--to", "rejected", "--note", "nee").status == 0,
                sourceLocation: sourceLocation)
        #expect(team.impuls("alice", at: "12:00", "sync").status == 0, sourceLocation: sourceLocation)
        return team
    }

    func writeConfig(_ person: String) throws {
        let name = person.prefix(1).uppercased() + person.dropFirst()
        try #"{"adviser": "\#(name)", "language": "en"}"#.write(toFile: config(person), atomically: false, encoding: .utf8)
    }

    func config(_ person: String) -> String { root + "/" + person + ".json" }
    func folder(_ person: String) -> String { root + "/" + person }
    func file(_ person: String, _ code: String = "GM0080") -> String { folder(person) + "/dossiers/" + code + ".json" }

    /// The environment, with `IMPULS_NOW` at `time` (hh:mm) on 2023-10-16.
    func environment(at time: String, extra: [String: String] = [:]) -> [String: String] {
        pinnedEnvironment(home: root, extra: [
            "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null", "SWIFT_BACKTRACE": "enable=no",
            "IMPULS_NOW": "2023-10-16T\(time):00.000Z",
        ].merging(extra) { $1 })
    }

    /// `impuls ARGS --config <person's> --data-dir <person's folder>`, with a deadline.
    @discardableResult
    func impuls(_ person: String, at time: String, _ arguments: String..., extra: [String: String] = [:],
                sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
        impuls(person, at: time, arguments, extra: extra, sourceLocation: sourceLocation)
    }

    @discardableResult
    func impuls(_ person: String, at time: String, _ arguments: [String], extra: [String: String] = [:], withFolder: Bool = true,
                sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
        let options = withFolder ? ["--config", config(person), "--data-dir", folder(person)] : []
        return runBounded([Binary.path] + arguments + options, environment: environment(at: time, extra: extra), in: root,
                          timeout: 30, sourceLocation: sourceLocation)
    }

    /// Alice's or Bob's `impuls sync` under strace with these options (fault injection); killed on purpose.
    func underStrace(_ person: String, at time: String, _ options: [String], sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
        runBounded([SyncTools.strace!, "-f", "-o", "/dev/null"] + options
                   + [Binary.path, "sync", "--config", config(person), "--data-dir", folder(person)],
                   environment: environment(at: time), in: root, timeout: 30, killExpected: true, sourceLocation: sourceLocation)
    }

    /// git in the person's folder, with a deadline.
    @discardableResult
    func git(_ person: String, _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
        run([SyncTools.git!, "-C", folder(person)] + arguments, sourceLocation: sourceLocation)
    }

    /// Any program (git) with a deadline. git's own fatal errors exit with 128, which is no crash.
    func run(_ argv: [String], sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
        guard let child = try? BoundedChild(argv, environment: environment(at: "00:00"), in: root, timeout: 30) else {
            Issue.record("could not start \(argv.joined(separator: " "))", sourceLocation: sourceLocation)
            return Outcome(status: -1, out: "", err: "", timedOut: false)
        }
        let outcome = child.wait()
        if outcome.timedOut || outcome.status > 128 {
            reportHangOrCrash(outcome, argv: argv, timeout: child.timeout, sourceLocation: sourceLocation)
        }
        return outcome
    }

    /// Everything in the person's folder committed by hand, as someone who knows git would.
    func commitByHand(_ person: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(git(person, "add", "--all").status == 0, sourceLocation: sourceLocation)
        #expect(git(person, "-c", "user.name=\(person)", "-c", "user.email=\(person)@example.invalid", "commit", "--quiet", "-m", "by hand").status == 0,
                sourceLocation: sourceLocation)
    }

    func text(_ person: String, _ code: String = "GM0080") -> String {
        (try? String(contentsOfFile: file(person, code), encoding: .utf8)) ?? ""
    }

    func dossier(_ person: String, _ code: String = "GM0080") -> [String: Any] {
        guard let data = FileManager.default.contents(atPath: file(person, code)),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }

    func summaries(_ person: String, _ code: String = "GM0080") -> Set<String> {
        Set((dossier(person, code)["sessions"] as? [[String: Any]] ?? []).compactMap { $0["summary"] as? String })
    }

    func history(_ person: String, _ code: String = "GM0080") -> [[String: Any]] { dossier(person, code)["history"] as? [[String: Any]] ?? [] }
    func notices(_ person: String, _ code: String = "GM0080") -> [[String: Any]] { dossier(person, code)["notices"] as? [[String: Any]] ?? [] }

    /// Every folder clean (nothing uncommitted, no merge or rebase under way, `impuls check`
    /// content unless told otherwise) and the files byte-identical, in the commit and on disk.
    @discardableResult
    func expectInSync(_ people: [String], files: [String] = ["dossiers/GM0080.json"], checkClean: Bool = true,
                      sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        var good = true
        func expect(_ condition: Bool, _ message: String) {
            if !condition { good = false; Issue.record("\(message)", sourceLocation: sourceLocation) }
        }
        for person in people {
            let status = git(person, "status", "--porcelain", sourceLocation: sourceLocation)
            expect(status.status == 0 && status.out.isEmpty, "\(person): git status: \(status.out)\(status.err)")
            for leftover in ["MERGE_HEAD", "rebase-merge", "rebase-apply", "index.lock"] {
                expect(!FileManager.default.fileExists(atPath: folder(person) + "/.git/" + leftover), "\(person): .git/\(leftover) left behind")
            }
            if checkClean {
                let check = impuls(person, at: "23:59", "check", sourceLocation: sourceLocation)
                expect(check.status == 0, "\(person): impuls check: \(check.out)\(check.errHead)")
            }
        }
        for path in files {
            let blobs = people.map { git($0, "rev-parse", "HEAD:" + path, sourceLocation: sourceLocation).out }
            expect(Set(blobs).count == 1 && !blobs[0].isEmpty, "\(path) differs in the commits: \(zip(people, blobs).map { "\($0) \($1)" })")
            let contents = people.map { FileManager.default.contents(atPath: folder($0) + "/" + path) }
            expect(contents[0] != nil && contents.allSatisfy { $0 == contents[0] }, "\(path) differs on disk")
        }
        return good
    }
}
