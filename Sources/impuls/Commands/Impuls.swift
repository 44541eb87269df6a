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
                      ApplicationCommand.self, AgendaCommand.self, StatusCommand.self, ReportCommand.self, CheckCommand.self, ExportCommand.self, ImportCommand.self, UndoCommand.self, SyncCommand.self, MergeDriverCommand.self, DemoCommand.self, DoctorCommand.self]
    )

    /// `--read-only` is among them: the interface then only reads, and every command that writes refuses.
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let readOnly = global.readOnly
        let config = try global.loadConfig()
        // Before any data is read: a terminal the interface cannot use gets words, not a broken screen.
        do { try Terminal.check() } catch let error as TerminalError { throw CommandFailure.usage(Message.terminal(error.text).text(config.language)) }
        let folders = try global.dataFolders(config)
        // Several folders are looked at together, read-only; one folder is worked in.
        let combined = folders.count > 1
        // Together, the first folder is the workspace's (the config's `dataDirs` need no data folder of its own).
        let workspace = try Workspace(global, config: config, readOnly: readOnly || combined, folder: combined ? folders[0] : nil)
        let store = DossierStore(folder: workspace.folder)
        let opening = InterfaceOpening(config: config, workspace: workspace, readOnly: readOnly || combined,
                                       draft: readOnly || combined ? nil : store.readDraft())
        let (terminal, initial) = combined ? try opening.open(combined: folders) : try opening.open(store)
        let effects = EffectRunner(store: store, workspace: workspace)
        // One folder worked in is watched: what another process changes in it shows at once.
        let watch = combined ? nil : FolderWatch(path: workspace.folder.dossiersPath)
        let following = watch.map { watch in
            Watch(descriptors: { watch.descriptor.map { [$0] } ?? [] }) { state in
                Impuls.outsideChanges(store.rereadChanged(watch.changes(), holding: state.formDossier))
            }
        }
        _ = RunLoop.run(terminal: terminal, state: initial, clock: SystemClock.now, watch: following) { effect, _ in effects.perform(effect) }
        if let signal = terminal.terminationSignal { throw CommandFailure(message: "signal \(signal)", status: 128 + signal) }
    }

    /// What the folder watch found, as the interface's event (none when nothing came in).
    static func outsideChanges(_ changes: DossierStore.OutsideChanges) -> [Event] {
        changes.isEmpty ? [] : [.changedOutside(changed: changes.changed, removed: changes.removed, unreadable: changes.unreadable)]
    }
}
