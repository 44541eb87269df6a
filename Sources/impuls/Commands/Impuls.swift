import ArgumentParser
import ImpulsCore
import ImpulsTerminal
import ImpulsUI

/// The root command: without a subcommand, the terminal interface.
struct Impuls: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "impuls",
        abstract: "Case tracker for the regional advisers of the ondersteuningsbudget (VNG, Samenwerkingsplatform sociaal domein).",
        discussion: """
        Without a subcommand, impuls opens the terminal interface on the data folder.
        Exit status: 0 done, 1 refused by a rule of the scheme, 2 bad usage, config or data.
        IMPULS_TODAY=YYYY-MM-DD sets the date impuls takes as today.
        """,
        version: version,
        subcommands: [RegionsCommand.self, MunicipalitiesCommand.self, DossierCommand.self, SessionCommand.self,
                      ApplicationCommand.self, CheckCommand.self, ExportCommand.self, ImportCommand.self, DemoCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let config = try global.loadConfig()
        let region = config.workingRegions.first
        let municipalities = region?.members() ?? ReferenceData.shared.current
        let state = AppState(columns: 80, rows: 24, language: config.language,
                             title: region?.name ?? Message.allRegions.text(config.language),
                             municipalities: municipalities)
        let terminal: Terminal
        do {
            terminal = try Terminal()
        } catch {
            throw CommandFailure.usage(Message.terminalFailed("\(error)").text(config.language))
        }
        _ = RunLoop.run(terminal: terminal, state: state)
        if let signal = terminal.terminationSignal { throw CommandFailure(message: "signal \(signal)", status: 128 + signal) }
    }
}
