import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsStore
import ImpulsTerminal
import ImpulsUI

/// The root command: without a subcommand, the terminal interface.
struct Impuls: ParsableCommand {
    /// The version and the commit built from (tools/version.sh writes both at every build).
    static let version = BuildInfo.version + " (commit " + BuildInfo.commit + ")"

    static let configuration = CommandConfiguration(
        commandName: "impuls",
        abstract: "Case tracker for the regional advisers of the ondersteuningsbudget (VNG, Samenwerkingsplatform sociaal domein).",
        discussion: """
        Without a subcommand, impuls opens the terminal interface on the data folder.

        Exit status: 0 done, 1 refused by a rule of the scheme, 2 bad usage, config or data (or output that could not be written), \
        3 a conflict: the dossier changed on disk meanwhile and nothing was written, 4 (sync only) offline or no team repository.

        IMPULS_TODAY=YYYY-MM-DD sets the date impuls takes as today.
        """,
        version: version,
        subcommands: [RegionsCommand.self, MunicipalitiesCommand.self, DossierCommand.self, SessionCommand.self,
                      ApplicationCommand.self, StatusCommand.self, ReportCommand.self, CheckCommand.self, ExportCommand.self, ImportCommand.self, UndoCommand.self, SyncCommand.self, MergeDriverCommand.self, DemoCommand.self, DoctorCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Open the data folder read-only (for a team lead looking at an adviser's folder).")
    var readOnly = false

    func run() throws {
        let config = try global.loadConfig()
        // Before any data is read: a terminal the interface cannot use gets words, not a broken screen.
        do { try Terminal.check() } catch let error as TerminalError { throw CommandFailure.usage(Message.terminal(error.text).text(config.language)) }
        let folders = try global.dataFolders(config)
        // Several folders are looked at together, read-only; one folder is worked in.
        let combined = folders.count > 1
        let workspace = try Workspace(global, config: config, readOnly: readOnly || combined)
        let store = DossierStore(folder: workspace.folder)
        // An adviser cycles through their own regions; a team lead, or an adviser without any,
        // through all of the Netherlands and every defined region.
        let regions: [Region?] = config.role == .adviser && !config.workingRegions.isEmpty
            ? config.workingRegions : [nil] + config.regionDefinitions
        let draft = readOnly ? nil : store.readDraft()
        /// The interface's state over `caseload`, with what opening the folder found on the message line.
        func state(_ caseload: Caseload, duplicateWarning: String? = nil) -> AppState {
            var state = AppState(columns: 80, rows: 24, language: config.language, caseload: caseload, regions: regions, readOnly: readOnly || combined)
            state.team = config.team
            if let first = caseload.otherIssues.first { state.message = Message.fileIssue(first).text(config.language) }
            if let duplicateWarning { state.message = duplicateWarning }
            if let recovery = workspace.folder.recovery {
                // What opening the folder finished of an interrupted import, on screen as well as on stderr.
                if let problem = recovery.problem { state.message = Message.journalUnreadable(problem).text(config.language) }
                else if !recovery.skipped.isEmpty { state.message = Message.importFinishSkipped(codes: recovery.skipped.map(\.rawValue)).text(config.language) }
                else if !recovery.finished.isEmpty { state.message = Message.importFinished(codes: recovery.finished.map(\.rawValue)).text(config.language) }
            }
            if let draft { state.stack.append(.offerDraft(draft)) }
            return state
        }
        func caseload<Value>(_ loaded: DataFolder.Loaded<Value>, dossiers: [MunicipalityCode: Dossier]) -> Caseload {
            let unreadable = loaded.unreadable
            return Caseload(dossiers: dossiers, unreadable: unreadable, otherIssues: loaded.issues.filter { !unreadable.values.contains($0) },
                            today: workspace.today, rules: config.rules, actor: config.actor, now: SystemClock.now(), seed: Workspace.seed)
        }
        func startTerminal() throws -> Terminal {
            // Nothing may be left on the terminal once the interface takes it over.
            Progress.finish()
            do {
                return try Terminal(theme: config.theme)
            } catch let error as TerminalError {
                throw CommandFailure.usage(Message.terminal(error.text).text(config.language))
            }
        }

        let terminal: Terminal
        var initial: AppState
        if combined {
            // Several folders are looked at together, read-only.
            let all = try CombinedCaseload<Dossier>(folders: folders, language: config.language)
            var loaded = DataFolder.Loaded<Dossier>()
            for (_, _, dossier) in all.dossiers where loaded.dossiers[dossier.code] == nil { loaded.dossiers[dossier.code] = dossier }
            loaded.issues = all.issues
            loaded.unreadable = all.unreadable
            var duplicateWarning: String?
            if let (code, where_) = all.duplicates.sorted(by: { $0.key < $1.key }).first {
                duplicateWarning = Message.duplicateDossier(ReferenceData.shared.municipality(code)?.name ?? code.rawValue, folders: where_).text(config.language)
                    + (all.duplicates.count > 1 ? " (+\(all.duplicates.count - 1))" : "")
            }
            initial = state(caseload(loaded, dossiers: loaded.dossiers), duplicateWarning: duplicateWarning)
            terminal = try startTerminal()
        } else {
            // The first screen is drawn from what each dossier's line shows, read quicker than the
            // dossiers; the dossiers are read whole right after, before the first key is taken.
            let rows = store.loadRows(today: workspace.today, progress: Progress.report(Message.command(.readingDossiers, config.language)))
            terminal = try startTerminal()
            var first = state(caseload(rows, dossiers: [:]))
            (first.columns, first.rows) = terminal.size
            first.asciiOnly = !terminal.isUnicode
            first.showRows(from: rows.dossiers)
            terminal.draw(Render.screen(first))
            let contents = store.loadAll()
            initial = state(caseload(contents, dossiers: contents.dossiers.mapValues(\.dossier)))
        }
        initial.ids = SeededGenerator(seed: UInt64.random(in: 0...UInt64.max))
        initial.asciiOnly = !terminal.isUnicode
        let effects = EffectRunner(store: store, workspace: workspace)
        _ = RunLoop.run(terminal: terminal, state: initial, clock: SystemClock.now) { effect, _ in effects.perform(effect) }
        if let signal = terminal.terminationSignal { throw CommandFailure(message: "signal \(signal)", status: 128 + signal) }
    }
}
