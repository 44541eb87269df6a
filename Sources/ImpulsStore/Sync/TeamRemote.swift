#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore

/// The team repository as a person types it, and what first use needs of it.
public enum TeamRemote {
    /// A URL (`ssh://…`, `https://…`) or scp-like address (`server:path`) as typed; a path made
    /// absolute (`~` expanded, relative to the current folder, `..` resolved where it exists), so
    /// that a later sync from any folder reaches the same repository. Nil when `~` needs a HOME
    /// there is not.
    public static func normalized(_ typed: String) -> String? {
        if typed.contains("://") { return typed }
        if let colon = typed.firstIndex(of: ":"), !typed[..<colon].contains("/"), typed.distance(from: typed.startIndex, to: colon) > 1 {
            return typed
        }
        guard var path = ProcessEnvironment.expandHome(typed) else { return nil }
        if !path.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: 4096)
            guard getcwd(&buffer, buffer.count) != nil else { return path }
            path = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) + "/" + path
        }
        return TeamSync.realPath(path)
    }

    /// Is `remote` a repository on this machine (a path), whose HEAD impuls can set itself?
    static func isLocalPath(_ remote: String) -> Bool { remote.hasPrefix("/") && FileIO.isDirectory(remote) }
}

extension TeamSync {
    /// A bare repository made with plain `git init --bare` names `master` (or whatever
    /// `init.defaultBranch` says) as its HEAD, while impuls shares `main`: a clone of it then checks
    /// nothing out. When the team repository is a path here and its HEAD names a branch that does
    /// not exist, it is pointed at `main`. (A remote elsewhere cannot be told; `clone` copes.)
    func pointTeamHeadAtBranch() throws {
        guard let remote = try? git.run(["remote", "get-url", TeamSync.remote]).output.trimmingSpaces,
              TeamRemote.isLocalPath(remote) else { return }
        let bare = Git(folder: remote, interactive: false)
        let head = try bare.run(["symbolic-ref", "--quiet", "HEAD"]).output.trimmingSpaces
        guard head != "refs/heads/" + TeamSync.branch, try !bare.run(["rev-parse", "--verify", "--quiet", head + "^{commit}"]).succeeded,
              try bare.run(["rev-parse", "--verify", "--quiet", "refs/heads/" + TeamSync.branch]).succeeded else { return }
        try bare.run(["symbolic-ref", "HEAD", "refs/heads/" + TeamSync.branch])
    }

    /// `main` follows the team's `main`, so plain `git pull` and `git push` work in the folder too.
    func followTeamBranch() throws {
        let upstream = try git.run(["config", "--get", "branch." + TeamSync.branch + ".merge"]).output.trimmingSpaces
        guard upstream != "refs/heads/" + TeamSync.branch else { return }
        try git.run(["config", "branch." + TeamSync.branch + ".remote", TeamSync.remote])
        try git.run(["config", "branch." + TeamSync.branch + ".merge", "refs/heads/" + TeamSync.branch])
    }

    /// After `git clone`: when the team repository's HEAD named no branch (nothing was checked
    /// out) but it has `main`, or one other branch, that branch is checked out. False when the
    /// team repository holds no branch at all (still empty).
    static func checkOutTeamBranch(in path: String, interactive: Bool) throws -> Bool {
        let git = Git(folder: path, interactive: interactive)
        if try git.run(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).succeeded { return true }
        let branches = try git.run(["for-each-ref", "--format=%(refname:strip=3)", "refs/remotes/" + TeamSync.remote]).output
            .split(separator: "\n").map(String.init).filter { $0 != "HEAD" }
        guard let chosen = branches.contains(TeamSync.branch) ? TeamSync.branch : branches.first else { return false }
        let checkout = try git.run(["checkout", "--quiet", "-B", TeamSync.branch, "--track", TeamSync.remote + "/" + chosen])
        guard checkout.succeeded else { throw Failure.git(step: "checkout", detail: firstLine(checkout.error)) }
        return true
    }
}
