import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The README's "Working as a team" as a new team follows it, on stock git: a bare repository made
/// with plain `git init --bare` (its HEAD names `master`, `init.defaultBranch` unset), a relative
/// path, then a colleague's clone. Everything git writes stays private.
@Suite(.enabled(if: SyncTools.git != nil, "needs git"))
struct TeamFirstUseEndToEndTests {
    @Test func aCloneRightAfterInitHasEveryDossierAndPlainGitWorks() throws {
        let team = SyncTeam()
        #expect(team.run([SyncTools.git!, "init", "--quiet", "--bare", team.remote]).status == 0)
        #expect(team.run([SyncTools.git!, "--git-dir", team.remote, "symbolic-ref", "HEAD"]).out.contains("refs/heads/master"), "git's default")
        #expect(team.impuls("alice", at: "09:00", "session", "add", "GM0080", "--summary", "base").status == 0)
        #expect(team.impuls("alice", at: "09:01", "session", "add", "GM0014", "--summary", "groningen").status == 0)
        // Typed relative to the current folder (the tests run in the team's root).
        let initialized = team.impuls("alice", at: "09:30", "sync", "--init", "--remote", "remote.git")
        #expect(initialized.status == 0, "\(initialized.out)\(initialized.errHead)")
        #expect(team.git("alice", "remote", "get-url", "origin").out.trimmingCharacters(in: .whitespacesAndNewlines) == team.remote)

        let cloned = team.impuls("bob", at: "09:31", "sync", "--clone", "./remote.git")
        #expect(cloned.status == 0, "\(cloned.out)\(cloned.errHead)")
        #expect(team.summaries("bob") == ["base"] && team.summaries("bob", "GM0014") == ["groningen"], "the clone is empty")
        let check = team.impuls("bob", at: "09:32", "check")
        #expect(check.out.contains("2 dossiers"), "\(check.out)")
        team.expectInSync(["alice", "bob"], files: ["dossiers/GM0080.json", "dossiers/GM0014.json"])

        // Plain git pull and push work in both folders (the branch follows the team's).
        for person in ["alice", "bob"] {
            #expect(team.git(person, "pull", "--quiet", "--no-rebase").status == 0, "\(person): git pull")
            #expect(team.git(person, "push", "--quiet").status == 0, "\(person): git push")
        }
        let doctor = team.impuls("bob", at: "09:33", "doctor")
        #expect(!doctor.out.contains("problem"), "\(doctor.out)")
    }

    @Test func aCloneOfAnEmptyTeamRepositorySaysSo() throws {
        let team = SyncTeam()
        #expect(team.run([SyncTools.git!, "init", "--quiet", "--bare", team.remote]).status == 0)
        let cloned = team.impuls("bob", at: "09:31", "sync", "--clone", team.remote)
        #expect(cloned.status == 0, "\(cloned.out)\(cloned.errHead)")
        #expect(cloned.out.contains("is still empty") && cloned.out.contains("impuls sync --init --remote"), "\(cloned.out)")

        #expect(team.impuls("alice", at: "09:40", "session", "add", "GM0080", "--summary", "base").status == 0)
        #expect(team.impuls("alice", at: "09:41", "sync", "--init", "--remote", team.remote).status == 0)
        let sync = team.impuls("bob", at: "09:42", "sync")
        #expect(sync.status == 0, "\(sync.out)\(sync.errHead)")
        #expect(team.summaries("bob") == ["base"])
    }

    /// Under the usual umask (022), nothing that init, clone, sync or a merge writes is readable by
    /// others, `.git/objects` included (dossiers hold contacts' e-mail and phone numbers).
    @Test func everythingGitWritesIsPrivateUnderUmask022() throws {
        let previous = umask(0o022)
        defer { umask(previous) }
        let team = SyncTeam.started()
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "alice visits").status == 0)
        #expect(team.impuls("bob", at: "10:01", "session", "add", "GM0080", "--summary", "bob visits").status == 0)
        #expect(team.impuls("bob", at: "10:02", "sync").status == 0)
        #expect(team.impuls("alice", at: "10:03", "sync").status == 0)
        for person in ["alice", "bob"] {
            let open = openToOthers(team.folder(person))
            #expect(open.isEmpty, "\(person): \(open.prefix(5)) of \(open.count)")
        }
    }

    private func openToOthers(_ root: String) -> [String] {
        var found: [String] = []
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [root] }
        for case let relative as String in walker {
            var info = stat()
            guard lstat(root + "/" + relative, &info) == 0, info.st_mode & S_IFMT != S_IFLNK else { continue }
            if info.st_mode & 0o077 != 0 { found.append(relative + " " + String(info.st_mode & 0o777, radix: 8)) }
        }
        var top = stat()
        if lstat(root, &top) == 0, top.st_mode & 0o077 != 0 { found.append(". " + String(top.st_mode & 0o777, radix: 8)) }
        return found
    }
}
