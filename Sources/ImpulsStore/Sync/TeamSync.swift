#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore

/// Shares a data folder with a team through git: the folder is the repository, each dossier a
/// file, and impuls's merge driver combines two people's edits of one dossier by meaning.
///
/// `sync` holds the folder's lock throughout: it finishes or repairs a merge left unfinished,
/// commits local changes (author: the adviser), fetches, merges the team's branch with the driver,
/// checks that every merged dossier loads, and pushes; a push refused because someone pushed
/// meanwhile is fetched and merged again, a few times. It never leaves conflict markers, a
/// half-done merge or uncommitted changes behind.
public struct TeamSync {
    public let folder: DataFolder
    public let git: Git
    /// Who is recorded as the author of the commits (the config's adviser).
    public let author: String
    /// How git starts the merge driver: `'/path/to/impuls' merge-driver %O %A %B %P`.
    public let driverCommand: String
    /// Told each step as it starts, for a progress line.
    public var progress: (Step) -> Void = { _ in }

    public static let branch = "main"
    public static let remote = "origin"
    static let attributes = "dossiers/*.json merge=impuls\n"
    static let ignored = ".impuls.lock\n.draft.json\n.impuls-tmp-*\n.impuls-journal.json\n"

    public enum Step: Sendable { case repairing, committing, fetching, merging, checking, pushing }

    /// What a sync did.
    public struct Report: Sendable {
        /// Municipalities whose local changes were committed, with how many changes each.
        public var committed: [(code: MunicipalityCode, changes: Int)] = []
        /// Municipalities changed by the team's work that came in.
        public var received: [MunicipalityCode] = []
        /// Who made that work.
        public var authors: [String] = []
        /// A merge git had left unfinished was completed.
        public var repaired = false
        /// Shared with the team (false: no remote, or it could not be reached).
        public var shared = false
        /// Why it could not be shared, when it was not.
        public var offline: String?
        /// Local commits not yet on the team's branch (after the sync).
        public var unshared = 0
        /// Local commits the push shared (made in this sync or waiting from an offline one).
        public var pushed = 0
        /// Notices from merges that still need someone, by dossier.
        public var openNotices: [(code: MunicipalityCode, notice: Notice)] = []
        /// The ids of those that this sync's merge raised.
        public var newNotices: Set<String> = []
    }

    public enum Failure: Error, Sendable {
        case gitMissing
        case notARepository(String)
        case git(step: String, detail: String)
        case unreadableAfterMerge([FileIssue])
        case store(StoreError)
    }

    public init(folder: DataFolder, git: Git, author: String, driverCommand: String) {
        self.folder = folder
        self.git = git
        self.author = author.isEmpty ? "impuls" : author
        self.driverCommand = driverCommand
    }

    // MARK: Sync

    public func sync() throws(Failure) -> Report {
        do {
            return try folder.withLock { try syncLocked() }
        } catch let failure as Failure {
            throw failure
        } catch let error as StoreError {
            throw .store(error)
        } catch is Git.Missing {
            throw .gitMissing
        } catch {
            throw .store(DataFolder.storeError(error, file: folder.path))
        }
    }

    private func syncLocked() throws -> Report {
        var report = Report()
        guard FileIO.isDirectory(folder.path + "/.git") else { throw Failure.notARepository(folder.path) }
        try registerDriver()
        progress(.repairing)
        report.repaired = try repair()
        progress(.committing)
        report.committed = try commitLocalChanges()
        let noticesBefore = Set(openNotices().map(\.notice.id))

        guard try !git.run(["remote"]).output.split(separator: "\n").isEmpty else {
            report.offline = ""
            report.unshared = try unsharedCount()
            report.openNotices = openNotices()
            report.newNotices = Set(report.openNotices.map(\.notice.id)).subtracting(noticesBefore)
            return report
        }
        for attempt in 1...4 {
            progress(.fetching)
            let fetch = try git.run(["fetch", "--quiet", TeamSync.remote])
            guard fetch.succeeded else {
                report.offline = TeamSync.firstLine(fetch.error)
                break
            }
            progress(.merging)
            let received = try mergeRemote()
            report.received = Array(Set(report.received + received.codes)).sorted()
            report.authors = Array(Set(report.authors + received.authors)).sorted()
            progress(.pushing)
            let waiting = try unsharedCount()
            let push = try git.run(["push", "--quiet", TeamSync.remote, "HEAD:" + TeamSync.branch])
            if push.succeeded {
                report.shared = true
                report.pushed = waiting
                break
            }
            let refused = push.error.contains("rejected") || push.error.contains("fetch first") || push.error.contains("non-fast-forward")
            if !refused || attempt == 4 {
                report.offline = TeamSync.firstLine(push.error)
                break
            }
        }
        report.unshared = try unsharedCount()
        report.openNotices = openNotices()
        report.newNotices = Set(report.openNotices.map(\.notice.id)).subtracting(noticesBefore)
        return report
    }

    /// Makes sure git knows the driver (the config is not cloned, and impuls may have moved).
    func registerDriver() throws {
        try git.run(["config", "merge.impuls.name", "impuls: dossiers merged by meaning"])
        try git.run(["config", "merge.impuls.driver", driverCommand])
    }

    /// Finishes what an interrupted sync, or a plain `git merge` or `git pull` without the driver,
    /// left behind: a rebase is abandoned, unmerged dossiers are merged from git's three stages,
    /// and a merge whose commit is missing is committed. True when anything was repaired.
    func repair() throws -> Bool {
        var repaired = removeStaleGitLocks()
        let gitDir = folder.path + "/.git"
        if FileIO.isDirectory(gitDir + "/rebase-merge") || FileIO.isDirectory(gitDir + "/rebase-apply") {
            try git.run(["rebase", "--abort"])
            repaired = true
        }
        let unmerged = Set(try git.run(["diff", "--name-only", "--diff-filter=U"]).output.split(separator: "\n").map(String.init))
        for path in unmerged.sorted() {
            let stage = { (n: Int) throws -> [UInt8]? in
                let shown = try self.git.run(["show", ":\(n):\(path)"])
                return shown.succeeded ? Array(shown.output.utf8) : nil
            }
            guard let ours = try stage(2), let theirs = try stage(3) else {
                // Removed on one side: keep the dossier (nothing is lost).
                if let kept = try stage(2) ?? stage(3) { try FileIO.writeAtomically(kept, to: folder.path + "/" + path) }
                try git.run(["add", "--", path])
                continue
            }
            let merged = try MergeDriver.merge(base: try stage(1), ours: ours, theirs: theirs, path: path)
            try FileIO.writeAtomically(merged, to: folder.path + "/" + path)
            try git.run(["add", "--", path])
            repaired = true
        }
        if FileIO.exists(gitDir + "/MERGE_HEAD") {
            try commit(["commit", "--no-edit", "--quiet"])
            repaired = true
        }
        // A merge committed with conflict markers in it (git commit -a after a failed plain merge):
        // merge those dossiers again from the merge's two parents.
        if try git.run(["rev-parse", "--verify", "--quiet", "HEAD^2"]).succeeded {
            var fixed = false
            for path in try trackedDossiers() where !loads(path) {
                let base = try git.run(["merge-base", "HEAD^1", "HEAD^2"]).output.trimmingSpaces
                let show = { (rev: String) throws -> [UInt8]? in
                    let shown = try self.git.run(["show", "\(rev):\(path)"])
                    return shown.succeeded ? Array(shown.output.utf8) : nil
                }
                guard let ours = try show("HEAD^1"), let theirs = try show("HEAD^2") else { continue }
                let merged = try MergeDriver.merge(base: base.isEmpty ? nil : try show(base), ours: ours, theirs: theirs, path: path)
                try FileIO.writeAtomically(merged, to: folder.path + "/" + path)
                try git.run(["add", "--", path])
                fixed = true
            }
            if fixed {
                try commit(["commit", "--quiet", "-m", "impuls: dossiers merged again by meaning (the merge before had left conflict markers)"])
                repaired = true
            }
        }
        return repaired
    }

    /// Lock files a killed git left behind (`index.lock`, `HEAD.lock`, `refs/…/main.lock`) stop every
    /// later git command. They are removed only when no git process is working in this folder: the
    /// folder's lock already keeps other impuls syncs out, and a person's own git shows in /proc.
    func removeStaleGitLocks() -> Bool {
        let gitDir = folder.path + "/.git"
        var locks: [String] = []
        func collect(_ dir: String, depth: Int) {
            guard depth < 6, let names = try? FileIO.list(dir) else { return }
            for name in names {
                let path = dir + "/" + name
                if name.hasSuffix(".lock"), FileIO.kind(path) == .regular { locks.append(path) }
                else if depth == 0 ? name == "refs" : FileIO.kind(path) == .directory { collect(path, depth: depth + 1) }
            }
        }
        collect(gitDir, depth: 0)
        guard !locks.isEmpty, !TeamSync.gitIsRunning(in: folder.path) else { return false }
        for lock in locks { unlink(lock) }
        return true
    }

    /// Is a git process working in `path` (its current folder there)?
    static func gitIsRunning(in path: String) -> Bool {
        guard let pids = try? FileIO.list("/proc") else { return false }
        let target = realPath(path)
        for pid in pids where pid.allSatisfy(\.isNumber) {
            guard let comm = try? FileIO.read("/proc/\(pid)/comm", limit: 256),
                  String(decoding: comm, as: UTF8.self).hasPrefix("git") else { continue }
            var buffer = [CChar](repeating: 0, count: 4096)
            let n = readlink("/proc/\(pid)/cwd", &buffer, buffer.count - 1)
            guard n > 0 else { continue }
            let cwd = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if cwd == target || cwd.hasPrefix(target + "/") { return true }
        }
        return false
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Commits what changed locally; returns the municipalities, each with how many changes.
    func commitLocalChanges() throws -> [(code: MunicipalityCode, changes: Int)] {
        try ensureFile(".gitattributes", TeamSync.attributes)
        try ensureFile(".gitignore", TeamSync.ignored)
        let added = try git.run(["add", "--all", "--", "."])
        guard added.succeeded else { throw Failure.git(step: "add", detail: TeamSync.firstLine(added.error)) }
        let changed = try git.run(["diff", "--cached", "--name-only"]).output.split(separator: "\n").map(String.init)
        guard !changed.isEmpty else { return [] }
        var summary: [(code: MunicipalityCode, changes: Int)] = []
        for path in changed {
            guard let code = TeamSync.code(of: path) else { continue }
            let now = (try? folder.load(code).get())??.dossier.history.map(\.id) ?? []
            let before = try git.run(["show", "HEAD:" + path])
            var known = Set<String>()
            if before.succeeded, let old = try? DossierFormat.decode(Array(before.output.utf8), fileCode: code, file: path) { known = Set(old.history.map(\.id)) }
            summary.append((code, now.filter { !known.contains($0) }.count))
        }
        let names = summary.map { "\(TeamSync.name($0.code)) (\($0.changes))" }
        let message = "impuls: " + author + (names.isEmpty ? "" : " — " + names.joined(separator: ", "))
        try commit(["commit", "--quiet", "--author", author + " <" + authorEmail() + ">", "-m", message])
        return summary
    }

    /// Merges the team's branch with the driver; returns what came in and from whom.
    func mergeRemote() throws -> (codes: [MunicipalityCode], authors: [String]) {
        let remoteBranch = TeamSync.remote + "/" + TeamSync.branch
        guard try git.run(["rev-parse", "--verify", "--quiet", remoteBranch]).succeeded else { return ([], []) }
        if try git.run(["merge-base", "--is-ancestor", remoteBranch, "HEAD"]).succeeded { return ([], []) }
        let related = try git.run(["merge-base", "HEAD", remoteBranch]).succeeded
        // What the team changed since we parted (two unrelated folders joining: everything that differs).
        let range = related ? ["HEAD..." + remoteBranch] : ["HEAD", remoteBranch]
        let incoming = try git.run(["diff", "--name-only"] + range + ["--", "dossiers"]).output
            .split(separator: "\n").compactMap { TeamSync.code(of: String($0)) }
        let authors = try git.run(["log", "--format=%an", "HEAD.." + remoteBranch]).output
            .split(separator: "\n").map(String.init).filter { $0 != author }
        let before = try git.run(["rev-parse", "HEAD"]).output.trimmingSpaces
        let hasHead = !before.isEmpty && !before.hasPrefix("HEAD")
        let merge = try commit(["merge", "--no-edit", "--quiet", "--allow-unrelated-histories", remoteBranch], check: false)
        if !merge.succeeded {
            // The driver refused a file (unreadable, or from a newer impuls): leave nothing half done.
            try git.run(["merge", "--abort"])
            throw Failure.git(step: "merge", detail: TeamSync.firstLine(merge.error.isEmpty ? merge.output : merge.error))
        }
        progress(.checking)
        let problems = incoming.compactMap { code -> FileIssue? in
            if case .failure(let issue) = folder.load(code) { return issue }
            return nil
        }
        if !problems.isEmpty {
            if hasHead { try git.run(["reset", "--hard", "--quiet", before]) }
            throw Failure.unreadableAfterMerge(problems)
        }
        return (Array(Set(incoming)).sorted(), Array(Set(authors)).sorted())
    }

    // MARK: Set-up

    /// Makes the data folder a repository the team can share: attributes, ignores, the driver, a
    /// first commit; with a remote, joins it (merging what is already there) and pushes.
    public func initialize(remote: String?) throws(Failure) -> Report {
        do {
            return try folder.withLock { () throws -> Report in
                if !FileIO.isDirectory(folder.path + "/.git") {
                    let initialized = try git.run(["init", "--quiet", "-b", TeamSync.branch])
                    guard initialized.succeeded else { throw Failure.git(step: "init", detail: TeamSync.firstLine(initialized.error)) }
                }
                try registerDriver()
                var report = Report()
                report.committed = try commitLocalChanges()
                if let remote {
                    if try git.run(["remote", "get-url", TeamSync.remote]).succeeded {
                        try git.run(["remote", "set-url", TeamSync.remote, remote])
                    } else {
                        try git.run(["remote", "add", TeamSync.remote, remote])
                    }
                }
                return report
            }
        } catch let failure as Failure {
            throw failure
        } catch is Git.Missing {
            throw .gitMissing
        } catch {
            throw .store(DataFolder.storeError(error, file: folder.path))
        }
    }

    /// A data folder made from a team's repository.
    public static func clone(_ url: String, into path: String, interactive: Bool) throws(Failure) {
        do {
            let parent = FileIO.parentDirectory(path)
            try FileIO.makeDirectory(parent)
            let result = try Git(folder: parent, interactive: interactive).run(["clone", "--quiet", url, path])
            guard result.succeeded else { throw Failure.git(step: "clone", detail: firstLine(result.error)) }
        } catch let failure as Failure {
            throw failure
        } catch is Git.Missing {
            throw .gitMissing
        } catch {
            throw .store(DataFolder.storeError(error, file: path))
        }
    }

    // MARK: Helpers

    @discardableResult
    private func commit(_ arguments: [String], check: Bool = true) throws -> Git.Result {
        // Commits need a committer; one who has not told git who they are gets the adviser's name.
        var identity: [String] = []
        if try git.run(["config", "user.name"]).output.trimmingSpaces.isEmpty { identity += ["-c", "user.name=" + author] }
        if try git.run(["config", "user.email"]).output.trimmingSpaces.isEmpty { identity += ["-c", "user.email=" + authorEmail()] }
        let result = try git.run(identity + ["-c", "merge.impuls.driver=" + driverCommand] + arguments)
        if check, !result.succeeded { throw Failure.git(step: arguments[0], detail: TeamSync.firstLine(result.error.isEmpty ? result.output : result.error)) }
        return result
    }

    private func authorEmail() -> String {
        let configured = (try? git.run(["config", "user.email"]).output.trimmingSpaces) ?? ""
        return configured.isEmpty ? "impuls@localhost" : configured
    }

    private func ensureFile(_ name: String, _ content: String) throws {
        let path = folder.path + "/" + name
        if !FileIO.exists(path) { try FileIO.writeAtomically(Array(content.utf8), to: path, mode: 0o644) }
    }

    private func unsharedCount() throws -> Int {
        let remoteBranch = TeamSync.remote + "/" + TeamSync.branch
        let range = try git.run(["rev-parse", "--verify", "--quiet", remoteBranch]).succeeded ? remoteBranch + "..HEAD" : "HEAD"
        return Int(try git.run(["rev-list", "--count", range]).output.trimmingSpaces) ?? 0
    }

    private func trackedDossiers() throws -> [String] {
        try git.run(["ls-files", "--", "dossiers"]).output.split(separator: "\n").map(String.init).filter { TeamSync.code(of: $0) != nil }
    }

    private func loads(_ path: String) -> Bool {
        guard let code = TeamSync.code(of: path), case .success = folder.load(code) else { return false }
        return true
    }

    private func openNotices() -> [(code: MunicipalityCode, notice: Notice)] {
        folder.loadAll().dossiers.sorted { $0.key < $1.key }.flatMap { code, stored in
            stored.dossier.notices.filter { !$0.resolved }.map { (code, $0) }
        }
    }

    static func code(of path: String) -> MunicipalityCode? {
        guard path.hasPrefix("dossiers/"), path.hasSuffix(".json") else { return nil }
        return MunicipalityCode(String(path.dropFirst(9).dropLast(5)))
    }

    static func name(_ code: MunicipalityCode) -> String { ReferenceData.shared.municipality(code)?.name ?? code.rawValue }

    static func firstLine(_ text: String) -> String {
        text.split(separator: "\n").map { $0.trimmingSpaces }.first { !$0.isEmpty && !$0.hasPrefix("hint:") } ?? ""
    }
}
