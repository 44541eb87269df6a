#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsStore
import ImpulsTerminal

/// `impuls sync`: share the data folder with the team through git, merged by meaning.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: .words(.syncAbstract),
        discussion: .words(.syncDiscussion))

    @OptionGroup var global: GlobalOptions
    @Flag(help: .words(.syncInit)) var `init` = false
    @Option(help: .words(.syncRemote)) var remote: String?
    @Option(help: .words(.syncClone)) var clone: String?

    func run() throws {
        try global.refuseWritingWhenReadOnly()
        let config = try global.loadConfig()
        let language = config.language
        let path = try global.dataFolder(config)
        try SyncCommand.requireAdviser(config, global: global)
        if let typed = clone {
            guard FolderInspection.isMissingOrEmpty(path) else {
                throw CommandFailure.usage(Message.fileIssue(FileIssue(file: path, problem: .invalid(expected: .emptyFolder, found: path))).text(language))
            }
            let clone = try SyncCommand.remote(typed, language)
            let filled: Bool
            do { filled = try TeamSync.clone(clone, into: path, interactive: true) } catch { throw SyncCommand.failure(error, language) }
            let workspace = try Workspace(global, config: config, readOnly: false)
            _ = try SyncCommand.teamSync(workspace, interactive: true).initialize(remote: nil)
            try Output.write((filled ? Message.syncCloned(url: clone, folder: path) : Message.syncClonedEmpty(url: clone, folder: path)).text(language) + "\n")
            return
        }
        let remote = try self.remote.map { try SyncCommand.remote($0, language) }
        let workspace = try Workspace(global, config: config, readOnly: false)
        var sync = SyncCommand.teamSync(workspace, interactive: true)
        Interruption.catchSignals()
        sync.isCancelled = { Interruption.requested }
        var committedAtInit: [(code: MunicipalityCode, changes: Int)] = []
        if `init` {
            do { committedAtInit = try sync.initialize(remote: remote).committed } catch { throw SyncCommand.failure(error, language) }
            try Output.write(Message.syncInitialized(folder: path, remote: remote).text(language) + "\n")
            guard remote != nil else { return }
        } else if remote != nil {
            throw CommandFailure.usage(Message.command(.remoteNeedsInit, language))
        }
        var report: TeamSync.Report
        do { report = try sync.sync() } catch { throw SyncCommand.failure(error, language) }
        report.committed = committedAtInit + report.committed
        for line in SyncCommand.summary(report, language: language) { try Output.write(line + "\n") }
        let shortfall = SyncCommand.shortfall(report, language: language)
        if !shortfall.isEmpty { throw CommandFailure(message: shortfall.joined(separator: "\n"), status: 4) }
    }

    /// What kept a sync from sharing everything, in lines: no remote, offline, a refused push,
    /// dossiers held back. Empty when everything here is on the team's branch.
    static func shortfall(_ report: TeamSync.Report, language: Language) -> [String] {
        var lines: [String] = []
        if let seconds = report.noAnswerWithin {
            lines.append(Message.syncNoAnswer(unshared: report.unshared, seconds: seconds).text(language))
        } else if let offline = report.offline {
            lines.append(offline == "" ? Message.syncNoRemote(unshared: report.unshared).text(language)
                         : Message.syncOffline(unshared: report.unshared, detail: offline).text(language))
        }
        if let refused = report.pushRefused { lines.append(Message.syncPushRefused(unshared: report.unshared, detail: refused).text(language)) }
        if !report.heldBack.isEmpty {
            lines.append(Message.syncHeldBack.text(language))
            lines += report.heldBack.map { "  " + Message.fileIssue($0).text(language) }
        }
        return lines
    }

    /// The team repository as typed, a path made absolute (so a later sync from anywhere reaches it).
    static func remote(_ typed: String, _ language: Language) throws -> String {
        guard let normalized = TeamRemote.normalized(typed) else {
            throw CommandFailure.usage(Message.noHome(what: typed, flag: "--remote").text(language))
        }
        return normalized
    }

    /// A team needs to know who did what: sync refuses a config without `adviser`, naming the line to add.
    static func requireAdviser(_ config: Config, global: GlobalOptions) throws {
        if let missing = adviserMissing(config, configFile: global.config) { throw CommandFailure.usage(missing) }
    }

    /// Why a sync may not run with this config (no adviser's name), naming the file to put it in; nil when it may.
    static func adviserMissing(_ config: Config, configFile explicit: String?) -> String? {
        // git refuses a name without letters or digits, and <, > or a control character would garble it.
        let name = config.adviser.trimmingSpaces
        guard name.isEmpty || !name.contains(where: { $0.isLetter || $0.isNumber })
              || name.unicodeScalars.contains(where: { $0 == "<" || $0 == ">" || $0.properties.generalCategory == .control }) else { return nil }
        let file = (try? ConfigLoader.load(explicitPath: explicit).file) ?? nil
        let where_ = file ?? ProcessEnvironment.xdgFolder("XDG_CONFIG_HOME").map { $0 + "/impuls/config.json" }
            ?? (ProcessEnvironment.home.map { $0 + "/.config/impuls/config.json" } ?? "config.json")
        return Message.syncNeedsAdviser(config: where_).text(config.language)
    }

    /// The sync of the workspace's folder, with this binary as the merge driver.
    static func teamSync(_ workspace: Workspace, interactive: Bool) -> TeamSync {
        var sync = TeamSync(folder: workspace.folder, git: Git(folder: workspace.folder.path, interactive: interactive),
                            author: workspace.config.adviser, driverCommand: driverCommand())
        sync.networkSeconds = workspace.config.syncTimeoutSeconds
        return sync
    }

    /// `'/path/to/impuls' merge-driver %O %A %B %P`, with this very binary.
    static func driverCommand() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let path = n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "' merge-driver %O %A %B %P"
    }

    /// What a sync did, in lines for a person.
    static func summary(_ report: TeamSync.Report, language: Language) -> [String] {
        var lines: [String] = []
        if report.repaired { lines.append(Message.syncRepaired.text(language)) }
        if !report.erasedHere.isEmpty { lines.append(Message.syncErasedHere(report.erasedHere).text(language)) }
        if report.draftRemoved { lines.append(Message.privacyDraftRemoved.text(language)) }
        if !report.restored.isEmpty { lines.append(Message.syncRestored(report.restored.map(name)).text(language)) }
        if !report.leftOut.isEmpty { lines.append(Message.syncLeftOut(report.leftOut.map(\.escapingControlCharacters)).text(language)) }
        if !report.rejoined.isEmpty { lines.append(Message.syncRejoined(report.rejoined.map(name)).text(language)) }
        for (code, aside) in report.movedAside { lines.append(Message.syncMovedAside(name: name(code), to: aside).text(language)) }
        // A dossier's own notice says it (below); a folder file has no dossier to hold a notice.
        for kept in report.keptOurs where !kept.noted {
            lines.append(Message.syncKeptOurs(path: kept.path, name: TeamSync.code(of: kept.path).map(name), problem: kept.reason,
                                              commit: kept.commit, by: kept.by).text(language))
        }
        if !report.committed.isEmpty {
            lines.append(Message.syncCommitted(report.committed.map { name($0.code) + " (\($0.changes))" }).text(language))
        }
        if !report.received.isEmpty {
            lines.append(Message.syncReceived(report.received.map { (name($0), report.authors[$0] ?? []) }).text(language))
        }
        if report.shared {
            let nothingNew = report.pushed == 0 && report.received.isEmpty && report.everythingShared
            lines.append((nothingNew ? Message.syncNothingNew : report.retries > 0 ? Message.syncSharedAfterRetries(report.retries) : Message.syncShared).text(language))
        }
        // Blocking notices and those this sync raised in full; older ones as a count, to read in the dossier.
        for (dossier, notice) in report.openNotices where notice.blocking || report.newNotices.contains(notice.id) {
            lines.append(Message.notice(notice, in: dossier).text(language))
        }
        let others = report.openNotices.filter { !$0.notice.blocking && !report.newNotices.contains($0.notice.id) }
        if !others.isEmpty { lines.append(Message.syncOpenNotices(others.count, dossiers: Array(Set(others.map { name($0.dossier.code) })).sorted()).text(language)) }
        return lines
    }

    /// A sync's outcome on one line (the interface's message line).
    static func words(_ outcome: Result<TeamSync.Report, TeamSync.Failure>, language: Language) -> String {
        switch outcome {
        case .success(let report): return (summary(report, language: language) + shortfall(report, language: language)).joined(separator: " · ")
        case .failure(let error): return failure(error, language).message
        }
    }

    static func name(_ code: MunicipalityCode) -> String { ReferenceData.shared.municipality(code)?.name ?? code.rawValue }

    static func failure(_ error: TeamSync.Failure, _ language: Language) -> CommandFailure {
        switch error {
        case .gitMissing: return .usage(Message.syncGitMissing.text(language))
        case .notARepository(let path): return .usage(Message.syncNotARepository(path).text(language))
        case .git(let step, let detail): return .usage(Message.syncGitFailed(step: step, detail: detail).text(language))
        case .store(let error): return .store(error, language: language)
        case .cancelled: return CommandFailure(message: Message.syncCancelled.text(language), status: 130)
        }
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
