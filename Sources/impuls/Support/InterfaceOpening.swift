import ImpulsCore
import ImpulsStore
import ImpulsTerminal
import ImpulsText
import ImpulsUI

/// How the interface opens on a data folder: what it shows first, and the state it runs from —
/// with what opening the folder found (a stray file, a finished import, a draft) on screen.
struct InterfaceOpening {
    let config: Config
    let workspace: Workspace
    let readOnly: Bool
    /// An adviser cycles through their own regions; a team lead, or an adviser without any,
    /// through all of the Netherlands and every defined region.
    var regions: [Region?] {
        config.role == .adviser && !config.workingRegions.isEmpty ? config.workingRegions : [nil] + config.regionDefinitions
    }
    /// A form typed in when the last run ended, offered again.
    let draft: FormDraft?

    /// One folder, worked in: the first screen is drawn from what each dossier's line shows, read
    /// quicker than the dossiers; the dossiers are read whole right after, before the first key.
    func open(_ store: DossierStore) throws -> (Terminal, AppState) {
        let rows = store.loadRows(today: workspace.today, progress: Progress.report(Message.command(.readingDossiers, config.language)))
        let terminal = try startTerminal()
        var first = state(caseload(rows, dossiers: [:]), terminal: terminal)
        (first.columns, first.rows) = terminal.size
        first.showRows(from: rows.dossiers)
        terminal.draw(Render.screen(first))
        let contents = store.loadAll()
        return (terminal, state(caseload(contents, dossiers: contents.dossiers.mapValues(\.dossier)), terminal: terminal))
    }

    /// Several folders, looked at together, read-only: of a dossier found in more than one folder
    /// the first folder's copy is shown, marked, and every copy counts in the dashboard's figures,
    /// as in `status` (`DoubledDossier`).
    func open(combined folders: [String]) throws -> (Terminal, AppState) {
        let all = try CombinedCaseload<Dossier>(folders: folders, language: config.language)
        let (shown, doubled) = DoubledDossier.combine(all.dossiers.map { ($0.folder, $0.value) })
        var loaded = DataFolder.Loaded<Dossier>()
        loaded.dossiers = shown
        loaded.issues = all.issues
        loaded.unreadable = all.unreadable
        var duplicateWarning: String?
        if let (code, where_) = all.duplicates.sorted(by: { $0.key < $1.key }).first {
            duplicateWarning = Message.duplicateDossier(ReferenceData.shared.municipality(code)?.name ?? code.rawValue, folders: where_).text(config.language)
                + (all.duplicates.count > 1 ? " (+\(all.duplicates.count - 1))" : "")
        }
        let terminal = try startTerminal()
        var caseload = caseload(loaded, dossiers: loaded.dossiers)
        caseload.doubled = doubled
        var state = state(caseload, terminal: terminal)
        if let duplicateWarning { state.message = duplicateWarning }
        return (terminal, state)
    }

    private func startTerminal() throws -> Terminal {
        // Nothing may be left on the terminal once the interface takes it over.
        Progress.finish()
        do {
            return try Terminal(theme: config.theme)
        } catch let error as TerminalError {
            throw CommandFailure.usage(Message.terminal(error.text).text(config.language))
        }
    }

    private func caseload<Value>(_ loaded: DataFolder.Loaded<Value>, dossiers: [MunicipalityCode: Dossier]) -> Caseload {
        let unreadable = loaded.unreadable
        return Caseload(dossiers: dossiers, unreadable: unreadable, otherIssues: loaded.issues.filter { !unreadable.values.contains($0) },
                        today: workspace.today, rules: config.rules, actor: config.actor, laptop: workspace.laptop,
                        now: SystemClock.now(), seed: Workspace.seed)
    }

    /// The interface's state over `caseload`, with what opening the folder found on the message line.
    private func state(_ caseload: Caseload, terminal: Terminal) -> AppState {
        var state = AppState(columns: 80, rows: 24, language: config.language, caseload: caseload, regions: regions, readOnly: readOnly)
        state.team = config.team
        state.asciiOnly = !terminal.isUnicode
        state.ids = SeededGenerator(seed: UInt64.random(in: 0...UInt64.max))
        if let first = caseload.otherIssues.first { state.message = Message.fileIssue(first).text(config.language) }
        if let recovery = workspace.folder.recovery {
            // What opening the folder finished of an interrupted import, on screen as well as on stderr.
            if let problem = recovery.problem { state.message = Message.journalUnreadable(problem).text(config.language) }
            else if !recovery.skipped.isEmpty { state.message = Message.importFinishSkipped(codes: recovery.skipped.map(\.rawValue)).text(config.language) }
            else if !recovery.finished.isEmpty { state.message = Message.importFinished(codes: recovery.finished.map(\.rawValue)).text(config.language) }
        }
        if let draft { state.stack.append(.offerDraft(draft)) }
        return state
    }
}
