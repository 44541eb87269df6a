#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore

/// Shares a data folder with a team through git: the folder is the repository, each dossier a
/// file, and impuls's merge driver combines two people's edits of one dossier by meaning.
///
/// `sync` holds the folder's lock throughout, and every git it starts inherits that lock, so a
/// git that goes on after impuls is killed still keeps other impuls processes out. It finishes or
/// repairs a merge left unfinished (keeping what was saved meanwhile), commits only what impuls
/// wrote (a dossier deleted or damaged by hand is restored or held back, never shared), fetches,
/// merges the team's branch with the driver, and checks the result: a team copy that cannot be
/// used (unreadable, from a newer impuls, deleted, or with history removed) gives way to this
/// laptop's copy with a notice, so one bad file never stops the team. A push that lost a race is
/// fetched, merged and pushed again until a deadline. It never leaves conflict markers, a
/// half-done merge or uncommitted changes behind.
public struct TeamSync: Sendable {
    public let folder: DataFolder
    public internal(set) var git: Git
    /// Who is recorded as the author of the commits (the config's adviser).
    public let author: String
    /// How git starts the merge driver: `'/path/to/impuls' merge-driver %O %A %B %P`.
    public let driverCommand: String
    /// Told each step as it starts, for a progress line.
    public var progress: @Sendable (Step) -> Void = { _ in }
    /// How long pushing may go on losing races to colleagues' pushes before the sync gives up.
    public var pushDeadlineSeconds = 60
    /// How long one fetch or push may wait for the team repository before the sync ends as offline.
    public var networkSeconds = 60
    /// Asked at every safe point and while a fetch or push runs: true stops the sync there, with
    /// nothing half done (Ctrl-C in the shell).
    public var isCancelled: @Sendable () -> Bool = { false } {
        didSet { git.cancelled = isCancelled }
    }

    public static let branch = "main"
    public static let remote = "origin"
    static let attributes = "dossiers/*.json merge=impuls\n"
    static let ignored = ".impuls.lock\n.draft.json\n.impuls-tmp-*\n.impuls-journal.json\n.impuls-laptop\n.impuls-damaged/\n.impuls-cache/\n"

    public typealias Step = SyncStep

    /// What a sync did.
    public struct Report: Sendable {
        /// Municipalities whose local changes were committed, with how many changes each.
        public var committed: [(code: MunicipalityCode, changes: Int)] = []
        /// Municipalities changed by the team's work that came in.
        public var received: [MunicipalityCode] = []
        /// Whose changes came in, per dossier: the authors of its history entries new to this laptop
        /// (never the committer of a merge, which changes nothing of its own).
        public var authors: [MunicipalityCode: [String]] = [:]
        /// A merge git had left unfinished was completed.
        public var repaired = false
        /// Dossiers deleted here without impuls, put back from the last commit.
        public var restored: [MunicipalityCode] = []
        /// Dossiers here that had lost part of their committed history (made anew after a hand
        /// deletion, an old copy put back): merged with the last commit before committing.
        public var rejoined: [MunicipalityCode] = []
        /// Files that are not impuls's (in the team's commits or this folder's), left out of the merge
        /// and of the next commit.
        public var leftOut: [String] = []
        /// Dossiers here that cannot be read: not committed, not shared.
        public var heldBack: [FileIssue] = []
        /// Damaged dossiers moved aside (to `.impuls-damaged/`) so the team's copy could come in.
        public var movedAside: [(code: MunicipalityCode, to: String)] = []
        /// Team copies not taken (this laptop's kept), each with why.
        public var keptOurs: [KeptCopy] = []
        /// Shared with the team (false: no remote, or it could not be reached).
        public var shared = false
        /// Why it could not be shared, when it was not.
        public var offline: String?
        /// The team repository gave no answer within this many seconds (then `offline` is set too).
        public var noAnswerWithin: Int?
        /// The team repository answered but refused the push (not a race): why.
        public var pushRefused: String?
        /// Pushes that lost a race to a colleague's and were merged and tried again.
        public var retries = 0
        /// Erasures a colleague made that this sync carried into this laptop's history (their ids).
        public var erasedHere: [String] = []
        /// The open form here named an erased text and was removed (it cannot be scrubbed field by field).
        public var draftRemoved = false
        /// Local commits not yet on the team's branch (after the sync).
        public var unshared = 0
        /// Local commits the push shared (made in this sync or waiting from an offline one).
        public var pushed = 0
        /// Notices from merges that still need someone, each with its dossier (which names what it is about).
        public var openNotices: [(dossier: Dossier, notice: Notice)] = []
        /// The ids of those that this sync's merge raised.
        public var newNotices: Set<String> = []

        /// Everything here is on the team's branch: shared, and nothing held back.
        public var everythingShared: Bool { shared && heldBack.isEmpty }
    }

    /// A file of the team's that this laptop did not take.
    public struct KeptCopy: Sendable, Equatable {
        /// `dossiers/GM0000.json`, `impuls.json`, `.gitattributes` or `.gitignore`.
        public var path: String
        public var reason: TeamCopyProblem
        /// The commit that brought it, and its author.
        public var commit: String
        public var by: String
        /// The dossier holds a notice that says this (false: a folder file, or a dossier not kept).
        public var noted: Bool
    }

    public enum Failure: Error, Sendable {
        case gitMissing
        case notARepository(String)
        case git(step: String, detail: String)
        case store(StoreError)
        /// Stopped on request (Ctrl-C) at a safe point: what was done is committed, nothing is half done.
        case cancelled
    }

    public init(folder: DataFolder, git: Git, author: String, driverCommand: String) {
        self.folder = folder
        self.git = git
        self.author = author.isEmpty ? "impuls" : author
        self.driverCommand = driverCommand
    }

    // MARK: Sync

    public func sync() throws(Failure) -> Report {
        try locked { try $0.syncLocked() }
    }

    /// Runs `body` holding the folder's lock, with every git it starts inheriting it.
    func locked<T>(_ body: (TeamSync) throws -> T) throws(Failure) -> T {
        do {
            return try folder.withLockDescriptor { descriptor in
                // What git writes (objects, checked-out dossiers) is private, as impuls's own files are.
                let mask = umask(0o077)
                defer { umask(mask) }
                var holding = self
                holding.git.heldLock = descriptor
                return try body(holding)
            }
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
        makePrivateOnce()
        try registerDriver()
        progress(.repairing)
        report.repaired = try repair(&report)
        progress(.committing)
        try commitLocalChanges(&report)
        let noticesBefore = Set(openNotices().map(\.notice.id))

        if try git.run(["remote"]).output.split(separator: "\n").isEmpty {
            report.offline = ""
        } else {
            try exchange(&report)
        }
        report.unshared = try unsharedCount()
        report.openNotices = openNotices()
        report.newNotices = Set(report.openNotices.map(\.notice.id)).subtracting(noticesBefore)
        return report
    }

    /// Fetch, merge, push; a push that lost a race to a colleague's is fetched, merged and pushed
    /// again after a random pause, until `pushDeadlineSeconds`. Offline means the fetch failed.
    private func exchange(_ report: inout Report) throws {
        let deadline = TeamSync.monotonicSeconds() + Double(pushDeadlineSeconds)
        var pause = 0.05
        var refusals = 0
        while true {
            progress(.fetching)
            try stopIfCancelled()
            let fetch = try git.run(["fetch", "--quiet", TeamSync.remote], seconds: networkSeconds, network: true)
            try stopIfCancelled()
            guard fetch.succeeded else {
                report.offline = TeamSync.firstLine(fetch.error)
                if fetch.timedOut { report.noAnswerWithin = networkSeconds }
                return
            }
            // An erasure one side has and the other not is carried over first (a rewritten team branch is pushed with a lease).
            let lease = try reconcileErasures(&report)
            try mergeRemote(&report)
            progress(.pushing)
            let waiting = try unsharedCount()
            try stopIfCancelled()
            let forcing = lease.map { ["--force-with-lease=" + TeamSync.branch + ":" + $0] } ?? []
            let push = try git.run(["push", "--quiet"] + forcing + [TeamSync.remote, "HEAD:" + TeamSync.branch], seconds: networkSeconds, network: true)
            try stopIfCancelled()
            if push.timedOut {
                report.offline = TeamSync.firstLine(push.error)
                report.noAnswerWithin = networkSeconds
                return
            }
            if push.succeeded {
                report.shared = true
                report.pushed = waiting
                try followTeamBranch()
                try pointTeamHeadAtBranch()
                return
            }
            // The remote answered the fetch just now, so a refused push is no sign of being offline:
            // a race lost to a colleague's push is tried again until the deadline, anything else
            // (a hook, a permission) a couple of times.
            refusals += TeamSync.lostRace(push.error) ? 0 : 1
            guard refusals < 3, TeamSync.monotonicSeconds() + pause < deadline else {
                report.pushRefused = TeamSync.firstLine(push.error)
                return
            }
            report.retries += 1
            usleep(useconds_t(Double.random(in: pause...(pause * 3)) * 1_000_000))
            pause = min(pause * 2, 2)
        }
    }

    func stopIfCancelled() throws {
        if isCancelled() { throw Failure.cancelled }
    }

    /// Makes sure git knows the driver (the config is not cloned, and impuls may have moved).
    func registerDriver() throws {
        try git.run(["config", "merge.impuls.name", "impuls: dossiers merged by meaning"])
        try git.run(["config", "merge.impuls.driver", driverCommand])
    }

    // MARK: Set-up

    /// Makes the data folder a repository the team can share: attributes, ignores, the driver, a
    /// first commit; with a remote, joins it (merging what is already there) and pushes.
    public func initialize(remote: String?) throws(Failure) -> Report {
        try locked { sync throws -> Report in
            if !FileIO.isDirectory(folder.path + "/.git") {
                let initialized = try sync.git.run(["init", "--quiet", "-b", TeamSync.branch])
                guard initialized.succeeded else { throw Failure.git(step: "init", detail: TeamSync.firstLine(initialized.error)) }
                try sync.git.run(["config", "core.sharedRepository", "0600"])
            }
            try sync.registerDriver()
            var report = Report()
            try sync.commitLocalChanges(&report)
            if let remote {
                if try sync.git.run(["remote", "get-url", TeamSync.remote]).succeeded {
                    try sync.git.run(["remote", "set-url", TeamSync.remote, remote])
                } else {
                    try sync.git.run(["remote", "add", TeamSync.remote, remote])
                }
            }
            return report
        }
    }

    /// A data folder made from a team's repository; false when that repository is still empty.
    @discardableResult
    public static func clone(_ url: String, into path: String, interactive: Bool) throws(Failure) -> Bool {
        do {
            let mask = umask(0o077)
            defer { umask(mask) }
            let parent = FileIO.parentDirectory(path)
            try FileIO.makeDirectory(parent)
            let result = try Git(folder: parent, interactive: interactive).run(["clone", "--quiet", url, path])
            guard result.succeeded else { throw Failure.git(step: "clone", detail: firstLine(result.error)) }
            try Git(folder: path, interactive: false).run(["config", "core.sharedRepository", "0600"])
            let filled = try checkOutTeamBranch(in: path, interactive: interactive)
            try noteClonedErasures(in: path)
            return filled
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
    func commit(_ arguments: [String], check: Bool = true) throws -> Git.Result {
        // Commits need a committer; one who has not told git who they are gets the adviser's name.
        let result = try git.run(try identity() + ["-c", "merge.impuls.driver=" + driverCommand] + arguments)
        if check, !result.succeeded { throw Failure.git(step: arguments[0], detail: TeamSync.firstLine(result.error.isEmpty ? result.output : result.error)) }
        return result
    }

    func authorEmail() -> String {
        let configured = (try? git.run(["config", "user.email"]).output.trimmingSpaces) ?? ""
        return configured.isEmpty ? "impuls@localhost" : configured
    }

    private func unsharedCount() throws -> Int {
        let remoteBranch = TeamSync.remote + "/" + TeamSync.branch
        let range = try git.run(["rev-parse", "--verify", "--quiet", remoteBranch]).succeeded ? remoteBranch + "..HEAD" : "HEAD"
        return Int(try git.run(["rev-list", "--count", range]).output.trimmingSpaces) ?? 0
    }

    /// The bytes of `path` in `revision` (`HEAD`, `:2`, a commit), nil when it has none there.
    func show(_ revision: String, _ path: String) throws -> [UInt8]? {
        let shown = try git.run(["show", revision + ":" + path])
        return shown.succeeded ? Array(shown.output.utf8) : nil
    }

    func trackedDossiers() throws -> [String] {
        try git.run(["ls-files", "--", "dossiers"]).output.split(separator: "\n").map(String.init).filter { TeamSync.code(of: $0) != nil }
    }

    func loads(_ path: String) -> Bool {
        guard let code = TeamSync.code(of: path), case .success = folder.load(code) else { return false }
        return true
    }

    private func openNotices() -> [(dossier: Dossier, notice: Notice)] {
        folder.loadAll().dossiers.sorted { $0.key < $1.key }.flatMap { _, stored in
            stored.dossier.notices.filter { !$0.resolved }.map { (stored.dossier, $0) }
        }
    }

    /// The municipality whose dossier `path` (`dossiers/GM0000.json`) is; nil for any other file.
    public static func code(of path: String) -> MunicipalityCode? {
        guard path.hasPrefix("dossiers/"), path.hasSuffix(".json"), let code = MunicipalityCode(String(path.dropFirst(9).dropLast(5))),
              "dossiers/" + code.rawValue + ".json" == path, ReferenceData.shared.municipality(code) != nil else { return nil }
        return code
    }

    static func name(_ code: MunicipalityCode) -> String { ReferenceData.shared.municipality(code)?.name ?? code.rawValue }

    static func firstLine(_ text: String) -> String {
        // git and ssh end progress lines with a carriage return: a line, not a character to show.
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).map { $0.trimmingSpaces }
            .first { !$0.isEmpty && !$0.hasPrefix("hint:") } ?? ""
    }

    /// Does git's refusal of a push say that someone else pushed first?
    static func lostRace(_ error: String) -> Bool {
        ["rejected", "fetch first", "non-fast-forward", "cannot lock ref", "failed to update ref", "incorrect old value"]
            .contains { error.contains($0) }
    }

    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
