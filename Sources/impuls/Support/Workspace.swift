import ImpulsCore
import ImpulsText
import ImpulsStore

/// What a command that works on the data needs: the config, the folder, today, who acts (the
/// adviser, on the laptop the folder's id names).
struct Workspace {
    let config: Config
    let folder: DataFolder
    let today: CalendarDay
    /// The folder's laptop id (`DataFolder.laptopID`): made when a writable folder is opened first;
    /// nil in a read-only folder that has none yet.
    let laptop: String?
    /// The `--config` given, if any (to name the config file in a message).
    let configFile: String?
    var language: Language { config.language }
    var context: ChangeContext {
        ChangeContext(rules: config.rules, today: today, actor: config.actor, laptop: laptop, now: SystemClock.now(), seed: Workspace.seed)
    }

    /// This process's seed for history ids.
    static let seed = UInt64.random(in: 0...UInt64.max)

    init(_ global: GlobalOptions, readOnly: Bool = false) throws {
        try self.init(global, config: try global.loadConfig(), readOnly: readOnly)
    }

    /// With the config already loaded. Opening a writable folder finishes an import that a killed
    /// process left half done, and says so; under `--read-only` it is refused before the folder is
    /// touched, so no command that writes through a workspace can forget the flag.
    /// `folder`: one of `dataFolders` (read together), instead of the one data folder.
    init(_ global: GlobalOptions, config: Config, readOnly: Bool, folder given: String? = nil) throws {
        if !readOnly, global.readOnly { throw GlobalOptions.readOnlyRefusal(language: config.language) }
        self.config = config
        configFile = global.config
        today = try Clock.today(language: config.language)
        let path = try given ?? global.dataFolder(config)
        do {
            folder = try DataFolder(path: path, readOnly: readOnly)
            laptop = try folder.laptopID()
        } catch {
            throw GlobalOptions.openingFailure(error, given == nil ? global.dataFolderOrigin(config) : global.dataFoldersOrigin(config), config.language)
        }
        if let recovery = folder.recovery {
            if !recovery.finished.isEmpty { Output.warning(Message.importFinished(codes: recovery.finished.map(\.rawValue)).text(config.language)) }
            if !recovery.skipped.isEmpty { Output.warning(Message.importFinishSkipped(codes: recovery.skipped.map(\.rawValue)).text(config.language)) }
            if let problem = recovery.problem { Output.warning(Message.journalUnreadable(problem).text(config.language)) }
        }
    }

    /// A municipality by code or name, or a usage failure naming the candidates.
    func municipality(_ text: String) throws -> Municipality {
        switch ReferenceData.shared.resolve(text) {
        case .found(let m): return m
        case .notFound:
            // A typo of a name (Amelnd): the names it is nearest to, compared folded.
            let names = ReferenceData.shared.current + ReferenceData.shared.former
            let folded = Dictionary(names.map { (Folding.fold($0.name), $0.name) }, uniquingKeysWith: { first, _ in first })
            let nearest = NearestNames.among(Array(folded.keys).sorted(), typed: Folding.fold(text)).prefix(3).compactMap { folded[$0] }
            throw CommandFailure.usage(Message.unknownMunicipality(text, nearest: Array(nearest)).text(language))
        case .ambiguous(let list):
            throw CommandFailure.usage(Message.ambiguousMunicipality(text, candidates: list.prefix(8).map(\.name)).text(language))
        }
    }

    /// The stored dossier (an empty one when the municipality has none yet).
    func stored(_ code: MunicipalityCode) throws -> StoredDossier {
        switch folder.load(code) {
        case .success(let stored?): return stored
        case .success(nil):
            return StoredDossier(dossier: Dossier(code: code, adviser: config.adviser, team: config.team), revision: nil)
        case .failure(let issue): throw CommandFailure.usage(Message.dossierUnreadable(issue).text(language))
        }
    }

    /// Reads the dossier, applies `change`, writes it if the file did not change meanwhile.
    /// A refusal exits 1 with every reason; nothing is written then. With `retryOnConflict` (for
    /// changes that add something, which commute with whatever another process did), a file
    /// changed meanwhile is read again and the change applied to it anew, a few times; otherwise,
    /// or when that keeps failing, the conflict exits 3.
    @discardableResult
    func change(_ code: MunicipalityCode, retryOnConflict: Bool = false,
                _ change: (Dossier) throws(Refusal) -> Dossier) throws -> Dossier {
        let store = DossierStore(folder: folder)
        let empty = Dossier(code: code, adviser: config.adviser, team: config.team)
        do {
            let (next, unconfirmed) = try store.update(code, empty: empty, attempts: retryOnConflict ? 8 : 1, change)
            if let unconfirmed { Output.warning(Message.savedUnconfirmed(unconfirmed).text(language)) }
            return next
        } catch {
            switch error {
            case .refused(let refusal): throw CommandFailure.refused(refusal.reasons.map { Message.reason($0).text(language) })
            case .unreadable(let issue): throw CommandFailure.usage(Message.dossierUnreadable(issue).text(language))
            case .store(.conflict(let file)) where retryOnConflict: throw CommandFailure.conflict(Message.conflictAfterRetries(file: file).text(language))
            case .store(let error): throw CommandFailure.store(error, language: language)
            }
        }
    }
}

/// Today: `IMPULS_TODAY=YYYY-MM-DD` when set (demos, tests), else the local calendar day.
enum Clock {
    static func today(language: Language) throws -> CalendarDay {
        if let text = ProcessEnvironment.value("IMPULS_TODAY") {
            guard let day = CalendarDay(parsing: text) else {
                throw CommandFailure.usage("IMPULS_TODAY: " + Message.expectation(.date).text(language) + " ('\(text)')")
            }
            return day
        }
        return SystemClock.localToday()
    }
}
