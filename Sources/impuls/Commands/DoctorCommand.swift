#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsStore
import ImpulsTerminal

/// `impuls doctor`: what makes impuls work on this machine, one line each — the terminal, the
/// config, the data folder, git and the team, today. Reads only; exit 0 when all is well, 1 when
/// something needs the user (each such line says what to do).
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: .words(.doctorAbstract),
        discussion: .words(.doctorDiscussion))

    @OptionGroup var global: GlobalOptions

    @Option(help: .words(.doctorTimeout, valueName: "seconds"))
    var timeout = 10

    func run() throws {
        let loaded = Result { () throws(FileIssue) in try ConfigLoader.load(explicitPath: global.config) }
        let language: Language
        if case .success(let config) = loaded { language = config.config.language } else {
            language = ProcessEnvironment.language
        }
        var report = Report(language: language)
        try report.say(Message.doctor(.version(Impuls.version, binary: DoctorCommand.executable()), language) + "\n")
        try checkTerminal(&report)
        let config = try checkConfig(loaded, &report)
        let (shared, several) = try checkDataFolders(config, &report)
        try checkGit(shared: shared, teamLine: !several, &report)
        if let config, !several { try checkPersonalData(config, &report) }
        try checkToday(&report)
        if report.problems == 0 {
            try report.say(Message.doctor(.allWell, language) + "\n")
        } else {
            throw CommandFailure(message: Message.doctor(.problems(report.problems), language), status: 1)
        }
    }

    /// The lines written so far, and how many were problems.
    struct Report {
        let language: Language
        var problems = 0

        mutating func add(_ level: DoctorLine.Level, _ line: DoctorLine) throws {
            if level == .problem { problems += 1 }
            try say(Message.doctorMark(level).text(language) + Message.doctor(line, language) + "\n")
        }

        func say(_ text: String) throws { try Output.write(text) }
    }

    // MARK: the terminal

    private func checkTerminal(_ report: inout Report) throws {
        guard let term = ProcessEnvironment.value("TERM"), !term.isEmpty else {
            try report.add(.problem, .termUnset)
            return try checkSizeAndLocale(&report)
        }
        let lookup = TerminalProbe.lookUp(term)
        switch lookup {
        case .unknown: try report.add(.problem, .terminfoMissing(term: term))
        case .found(let addressable, _) where !addressable: try report.add(.problem, .notCursorAddressable(term: term))
        case .found: try report.add(.ok, .terminalUsable(term: term))
        }
        try checkSizeAndLocale(&report)
        if case .found(_, let colours) = lookup {
            if ProcessEnvironment.value("NO_COLOR") != nil { try report.add(.ok, .coloursOff) }
            else if colours >= 8 { try report.add(.ok, .colours(colours)) }
            else { try report.add(.note, .noColours(term: term)) }
        }
    }

    private func checkSizeAndLocale(_ report: inout Report) throws {
        if let (columns, rows) = TerminalProbe.size() {
            if columns >= 80, rows >= 24 { try report.add(.ok, .size(columns: columns, rows: rows)) }
            else if columns >= 40, rows >= 12 { try report.add(.note, .sizeNarrow(columns: columns, rows: rows)) }
            else { try report.add(.problem, .sizeTooSmall(columns: columns, rows: rows)) }
        } else {
            try report.add(.note, .sizeUnknown)
        }
        let locale = TerminalProbe.locale()
        if !locale.installed { try report.add(.problem, .localeMissing(name: locale.name)) }
        else if !TerminalProbe.isUTF8(locale.codeset) { try report.add(.problem, .localeNotUTF8(name: locale.name, codeset: locale.codeset)) }
        else { try report.add(.ok, .localeUTF8(name: locale.name, codeset: locale.codeset)) }
    }

    // MARK: the config

    /// The config to go on with: nil when it is broken (then the data folder is checked only
    /// when it is given apart from the config).
    private func checkConfig(_ loaded: Result<ConfigLoader.Loaded, FileIssue>, _ report: inout Report) throws -> Config? {
        let sample = DoctorCommand.installedSample()
        switch loaded {
        case .success(let loaded):
            if let file = loaded.file {
                try report.add(.ok, .configValid(file: file, language: loaded.config.language))
            } else {
                let base = ProcessEnvironment.xdgFolder("XDG_CONFIG_HOME") ?? ProcessEnvironment.home.map { $0 + "/.config" }
                try report.add(.ok, .configDefaults(lookedAt: base.map { $0 + "/impuls/config.json" }, sample: sample))
            }
            if loaded.config.adviser.isEmpty { try report.add(.note, .adviserUnset) }
            return loaded.config
        case .failure(let issue):
            try report.add(.problem, .configBroken(Message.fileIssue(issue).text(report.language), sample: sample))
            return nil
        }
    }

    // MARK: the data folder

    /// Checks every folder impuls would open; returns the one worked in when it is shared through
    /// git, and whether several are read together.
    private func checkDataFolders(_ config: Config?, _ report: inout Report) throws -> (shared: String?, several: Bool) {
        let folders: [String]
        do {
            if let config {
                folders = try global.dataFolders(config)
            } else if !global.dataDir.isEmpty || ProcessEnvironment.value("IMPULS_DATA_DIR") != nil {
                folders = try global.dataFolders(Config())
            } else {
                try report.add(.note, .dataFolderNotChecked)
                return (nil, false)
            }
        } catch let failure as CommandFailure {
            try report.add(.problem, .dataFolderUnknown(failure.message))
            return (nil, false)
        }
        let worksIn = folders.count == 1
        var shared: String?
        for path in folders {
            if try checkDataFolder(path, writable: worksIn, &report), worksIn { shared = path }
        }
        return (shared, !worksIn)
    }

    /// One folder; true when it is there and shared through git.
    private func checkDataFolder(_ path: String, writable: Bool, _ report: inout Report) throws -> Bool {
        let language = report.language
        switch FolderInspection.inspect(path) {
        case .missing(let ancestor, let ancestorIsFolder, let ancestorWritable):
            guard writable else {
                try report.add(.problem, .dataFolderAbsent(path: path))
                return false
            }
            // The nearest folder above that exists must take a new folder.
            if !ancestorIsFolder { try report.add(.problem, .dataFolderNotAFolder(path: ancestor)) }
            else if !ancestorWritable { try report.add(.problem, .dataFolderCannotBeMade(path: path, blocker: ancestor)) }
            else { try report.add(.note, .dataFolderMissing(path: path)) }
            return false
        case .notAFolder:
            try report.add(.problem, .dataFolderNotAFolder(path: path))
            return false
        case .folder: break
        }
        let folder: DataFolder
        do { folder = try DataFolder(path: path, readOnly: true) } catch {
            try report.add(.problem, .dataFolderUnusable(error.message(language)))
            return false
        }
        let contents = folder.loadAll()
        if writable {
            if folder.isWritable {
                let older = contents.dossiers.keys.filter { folder.formatVersion(of: $0) < DossierFormat.currentVersion }.count
                try report.add(.ok, .dataFolderFound(path: path, dossiers: contents.dossiers.count,
                                                     folderVersion: folder.folderVersion, older: older))
            } else {
                try report.add(.problem, .dataFolderNotWritable(path: path))
            }
            if folder.lockIsFree { try report.add(.ok, .lockFree) } else { try report.add(.problem, .lockHeld(file: path + "/.impuls.lock")) }
        } else {
            try report.add(.ok, .dataFolderReadOnlyUse(path: path, dossiers: contents.dossiers.count))
        }
        if contents.issues.isEmpty {
            try report.add(.ok, .filesReadable(contents.dossiers.count))
        } else {
            try report.add(.problem, .filesUnreadable(count: contents.issues.count, first: contents.issues.prefix(3).map { Message.fileIssue($0).text(language) }))
        }
        return folder.isSharedThroughGit
    }

    // MARK: personal data

    /// Retention: dossiers past `personalDataMonths` that still name people, or no retention set
    /// after the scheme's evaluation; in a shared folder with erasures, what the server keeps.
    private func checkPersonalData(_ config: Config, _ report: inout Report) throws {
        guard let path = try? global.dataFolder(config), let folder = try? DataFolder(path: path, readOnly: true),
              let today = try? Clock.today(language: config.language) else { return }
        if let months = config.personalDataMonths {
            let before = today.adding(months: -months)
            let past = folder.loadAll().dossiers.values.filter { ($0.dossier.lastActivity ?? .earliest) < before && !$0.dossier.personalTexts.isEmpty }
            if !past.isEmpty { try report.add(.note, .pastRetention(count: past.count, months: months, before: before.description)) }
        } else if today > config.rules.evaluationDate {
            try report.add(.note, .noRetention(evaluated: config.rules.evaluationDate.description))
        }
        if folder.isSharedThroughGit, !folder.erasures().isEmpty { try report.add(.note, .serverReflogs) }
    }

    // MARK: git and the team

    private func checkGit(shared folder: String?, teamLine: Bool, _ report: inout Report) throws {
        guard Git.executable != nil else {
            try report.add(folder == nil ? .note : .problem, .gitMissing(shared: folder != nil))
            return
        }
        let git = Git(folder: folder ?? "/", interactive: false)
        if let version = try? git.run(["--version"]), version.succeeded {
            try report.add(.ok, .gitFound(DoctorCommand.firstLine(version.output)))
        } else {
            try report.add(folder == nil ? .note : .problem, .gitMissing(shared: folder != nil))
            return
        }
        guard let folder else { return teamLine ? try report.add(.ok, .notShared) : () }
        guard let remote = try? git.run(["remote", "get-url", TeamSync.remote]), remote.succeeded,
              case let url = DoctorCommand.firstLine(remote.output), !url.isEmpty else {
            try report.add(.problem, .noRemote(folder: folder))
            return try checkDriver(git, folder: folder, &report)
        }
        let seconds = max(1, timeout)
        let asked: Git.Result
        do {
            asked = try Git(folder: folder, interactive: false).run(["ls-remote", "--heads", TeamSync.remote], seconds: seconds)
        } catch {
            try report.add(.problem, .remoteUnreachable(url, detail: "\(error)"))
            return try checkDriver(git, folder: folder, &report)
        }
        if asked.timedOut { try report.add(.problem, .remoteTimedOut(url, seconds: seconds)) }
        else if asked.status != 0 { try report.add(.problem, .remoteUnreachable(url, detail: DoctorCommand.firstLine(asked.error))) }
        else { try report.add(.ok, .remoteReachable(url)) }
        let upstream = (try? git.run(["config", "--get", "branch." + TeamSync.branch + ".merge"]))?.output.trimmingSpaces ?? ""
        if upstream != "refs/heads/" + TeamSync.branch, (try? git.run(["rev-parse", "--verify", "--quiet", "refs/remotes/origin/main"]))?.succeeded == true {
            try report.add(.problem, .branchNotFollowing(folder: folder))
        }
        try checkDriver(git, folder: folder, &report)
        try checkPrivate(folder, &report)
    }

    /// Every file and folder of a shared folder, `.git` and its objects included, is the user's own:
    /// dossiers hold contacts' e-mail and phone.
    private func checkPrivate(_ folder: String, _ report: inout Report) throws {
        let open = FolderInspection.readableByOthers(in: folder, limit: 100_000)
        if let first = open.first { try report.add(.problem, .filesNotPrivate(folder: folder, count: open.count, first: first)) }
    }

    private func checkDriver(_ git: Git, folder: String, _ report: inout Report) throws {
        let driver = (try? git.run(["config", "--get", "merge.impuls.driver"])).map { DoctorCommand.firstLine($0.output) } ?? ""
        guard !driver.isEmpty else { return try report.add(.problem, .driverMissing(folder: folder + "/.git/config")) }
        // `'/path/to/impuls' merge-driver %O %A %B %P`, as `impuls sync` registers it.
        if let program = DoctorCommand.program(ofDriver: driver), access(program, X_OK) != 0 {
            try report.add(.problem, .driverStale(command: program))
        } else {
            try report.add(.ok, .driverRegistered)
        }
    }

    /// The program a registered driver runs: the first word, unquoted.
    static func program(ofDriver command: String) -> String? {
        if command.hasPrefix("'") {
            var result = ""
            var rest = command.dropFirst()
            while let quote = rest.firstIndex(of: "'") {
                result += rest[..<quote]
                rest = rest[rest.index(after: quote)...]
                // '\'' continues the quoted word with a quote.
                if rest.hasPrefix("\\''") { result += "'"; rest = rest.dropFirst(3) } else { return result }
            }
            return nil
        }
        return command.split(separator: " ").first.map(String.init)
    }

    /// The first line that says something (git's hints left out).
    static func firstLine(_ text: String) -> String {
        // ssh ends its lines with a carriage return too: a line ends at either.
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).map { $0.trimmingSpaces }
            .first { !$0.isEmpty && !$0.hasPrefix("hint:") } ?? ""
    }

    // MARK: today

    private func checkToday(_ report: inout Report) throws {
        if let text = ProcessEnvironment.value("IMPULS_TODAY") {
            if let day = CalendarDay(parsing: text) { try report.add(.ok, .today(day.description, fromEnvironment: true)) }
            else { try report.add(.problem, .todayInvalid(text)) }
        } else {
            try report.add(.ok, .today(SystemClock.localToday().description, fromEnvironment: false))
        }
    }

    // MARK: where this impuls is

    /// This very binary.
    static func executable() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        return n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
    }

    /// The sample config installed beside this binary (`PREFIX/share/doc/impuls/config.sample.json`).
    static func installedSample() -> String? {
        let bin = executable().split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let prefix = bin.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let sample = prefix + "/share/doc/impuls/config.sample.json"
        return FolderInspection.exists(sample) ? sample : nil
    }
}
