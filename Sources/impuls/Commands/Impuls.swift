import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsStore
import ImpulsTerminal
import ImpulsUI
import ImpulsApp

/// The root command: without a subcommand, the terminal interface.
struct Impuls: ParsableCommand {
    /// The version and the commit built from (tools/version.sh writes both at every build).
    static let version = BuildInfo.version + " (commit " + BuildInfo.commit + ")"

    static let configuration = CommandConfiguration(
        commandName: "impuls",
        abstract: .words(.impulsAbstract),
        discussion: .words(.impulsDiscussion),
        version: version,
        subcommands: [RegionsCommand.self, MunicipalitiesCommand.self, DossierCommand.self, SessionCommand.self, FollowUpCommand.self,
                      ContactCommand.self, ApplicationCommand.self, NoticeCommand.self, AgendaCommand.self, StatusCommand.self, ReportCommand.self, CheckCommand.self,
                      ExportCommand.self, ImportCommand.self, UndoCommand.self, PrivacyCommand.self, SyncCommand.self, MergeDriverCommand.self,
                      DemoCommand.self, DoctorCommand.self]
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
        // One folder worked in is followed: what another process or a sync changes in it shows at once.
        let followed = combined ? nil : FollowedFolder(watch: FolderWatch(path: workspace.folder.dossiersPath), store: store)
        let inbox = Inbox()
        let effects = EffectRunner(store: store, inbox: inbox, followed: followed) {
            if let missing = SyncCommand.adviserMissing(config, configFile: workspace.configFile) { return .refused(missing) }
            // git must not ask for a password while the interface owns the terminal.
            return .ready(SyncCommand.teamSync(workspace, interactive: false)) { outcome in SyncCommand.words(outcome, language: config.language) }
        }
        _ = RunLoop.run(terminal: terminal, state: initial, clock: SystemClock.now, watch: followed?.loopWatch, inbox: inbox) { effect, state in
            effects.perform(effect, state)
        }
        if let signal = terminal.terminationSignal { throw CommandFailure(message: "signal \(signal)", status: 128 + signal) }
    }
}
