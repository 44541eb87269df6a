#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore

/// What the team repository may hold: `impuls.json`, `.gitattributes`, `.gitignore` and
/// `dossiers/GM0000.json`, each a plain file. Anything else that reaches it with plain git — a
/// folder or a link where a dossier belongs, a link as `dossiers/`, impuls's private files (the
/// lock, the laptop id), git's leftovers (`GM0080.json~HEAD`), odd names — is left out before it can
/// reach this folder, and the push takes it out of the team repository.
extension TeamSync {
    static func isShared(path: String, mode: Substring) -> Bool {
        (mode == "100644" || mode == "100755") && (folderFiles.contains(path) || code(of: path) != nil)
    }

    /// The team's tip, or — when it holds anything impuls does not share — a commit on top of it
    /// with the same shared files and nothing else, whose paths left out are noted in `report`.
    func shapedRemote(_ remoteBranch: String, _ report: inout Report) throws -> String {
        let listing = try git.run(["ls-tree", "-r", "-z", "--full-tree", remoteBranch])
        guard listing.succeeded else { return remoteBranch }
        var kept: [String] = []
        var left: [String] = []
        for entry in listing.output.split(separator: "\0") {
            // <mode> SP <type> SP <object> TAB <path>
            guard let tab = entry.firstIndex(of: "\t") else { continue }
            let meta = entry[..<tab].split(separator: " ")
            let path = String(entry[entry.index(after: tab)...])
            guard meta.count == 3 else { continue }
            if TeamSync.isShared(path: path, mode: meta[0]) { kept.append("100644 " + meta[2] + "\t" + path) } else { left.append(path) }
        }
        guard !left.isEmpty else { return remoteBranch }
        let index = folder.path + "/.git/impuls-shape.index"
        unlink(index)
        defer { unlink(index) }
        let scratch = ["GIT_INDEX_FILE=" + index]
        try git.run(["read-tree", "--empty"], environment: scratch)
        let filled = try git.run(["update-index", "-z", "--index-info"], input: Array(kept.map { $0 + "\0" }.joined().utf8), environment: scratch)
        let tree = try git.run(["write-tree"], environment: scratch)
        guard filled.succeeded, tree.succeeded else { throw Failure.git(step: "write-tree", detail: TeamSync.firstLine(filled.error + tree.error)) }
        let message = "impuls: left out what impuls does not share — " + left.map(\.escapingControlCharacters).sorted().joined(separator: ", ")
        let made = try git.run(try identity() + ["commit-tree", tree.output.trimmingSpaces, "-p", remoteBranch, "-m", message])
        guard made.succeeded else { throw Failure.git(step: "commit-tree", detail: TeamSync.firstLine(made.error)) }
        report.leftOut = Array(Set(report.leftOut + left)).sorted()
        return made.output.trimmingSpaces
    }

    /// Files this folder's own commits track that impuls does not share (committed by hand, or by
    /// an impuls before it checked): taken out of the next commit, left on disk.
    func untrackForeignFiles(_ report: inout Report) throws {
        let listing = try git.run(["ls-files", "-s", "-z"])
        guard listing.succeeded else { return }
        var foreign: [String] = []
        for entry in listing.output.split(separator: "\0") {
            guard let tab = entry.firstIndex(of: "\t") else { continue }
            let path = String(entry[entry.index(after: tab)...])
            if TeamSync.code(of: path) == nil, !TeamSync.folderFiles.contains(path) { foreign.append(path) }
        }
        guard !foreign.isEmpty else { return }
        try git.run(["rm", "--cached", "--quiet", "--ignore-unmatch", "--"] + foreign)
        report.leftOut = Array(Set(report.leftOut + foreign)).sorted()
    }

    /// `-c user.name=… -c user.email=…` for a committer who has not told git who they are.
    func identity() throws -> [String] {
        var identity: [String] = []
        if try git.run(["config", "user.name"]).output.trimmingSpaces.isEmpty { identity += ["-c", "user.name=" + author] }
        if try git.run(["config", "user.email"]).output.trimmingSpaces.isEmpty { identity += ["-c", "user.email=" + authorEmail()] }
        return identity
    }
}
