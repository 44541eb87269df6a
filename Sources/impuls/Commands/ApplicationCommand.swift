import ArgumentParser
import ImpulsCore
import ImpulsText

/// `impuls application new|edit|advance`: the application and its workflow.
struct ApplicationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "application", abstract: "Create applications, change drafts and move them through the workflow.",
                                                    subcommands: [New.self, Edit.self, Advance.self])

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "new", abstract: "Start a draft application (refused while another is open or granted).")

        @OptionGroup var target: MunicipalityOptions
        @Option(help: "Title of the project.") var title: String
        @Option(help: "Requested amount in euros: 9500, 9.500, 9500,00 or '€ 9.500'.") var amount: AmountArgument
        @Option(help: "Planned start: YYYY-MM-DD.") var start: CalendarDay
        @Option(help: "Planned end: YYYY-MM-DD, at most the maximum months after the start.") var end: CalendarDay
        @Option(name: .customLong("action-line"), help: "A POK action line id (repeat for more; at least one).") var actionLines: [String] = []
        @Option(help: "The activities.") var activities: String = ""
        @Option(help: "zorg-veiligheid or opdrachtgeverschap; the config's team when left out.") var team: Team?
        @Option(help: "Output format: text or json (with the new application's id).") var format: RecordFormat = .text

        func run() throws {
            let (workspace, m) = try target.open()
            let application = Application(id: RecordID.make(), title: title.trimmingSpaces, activities: activities, actionLines: actionLines,
                                          team: team ?? workspace.config.team, requested: amount.cents, plannedStart: start, plannedEnd: end)
            let next = try workspace.change(m.code) { dossier throws(Refusal) in try dossier.addingApplication(application, context: workspace.context) }
            for warning in Warnings.period(start: start, end: end, rules: workspace.config.rules) {
                Output.warning(Message.reason(warning).text(workspace.language))
            }
            try RecordOutput.write(format, municipality: m, action: "added", record: .application(next.applications.first { $0.id == application.id } ?? application),
                                   message: Message.command(.applicationCreated(title: application.title, municipality: m.name, requested: application.requested),
                                                            workspace.language))
        }
    }

    struct Advance: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "advance", abstract: "Move one of the municipality's applications to its next status.",
            discussion: "Statuses: submitted, approved, rejected, withdrawn, running, completed. Reject and withdraw need --note; approve needs --granted; complete needs --date (the end date). When more than one application could take the step, --application says which; a miss or an ambiguous start lists them.")

        @OptionGroup var target: MunicipalityOptions
        @Option(help: "The new status.") var to: ApplicationStatus
        @Option(name: .customLong("application"),
                help: "Which application: a start of its title (ignoring case and accents) or of its id; needed when more than one could take the step.")
        var application: String?
        @Option(help: "A note (required for rejected and withdrawn).") var note: String?
        @Option(help: "Granted amount in euros (for approved).") var granted: AmountArgument?
        @Option(help: "Day of the step (today when left out; the end date for completed).") var date: CalendarDay?
        @Option(help: "The outcome, when completing.") var outcome: String?
        @Option(help: "Output format: text or json (with the application as it now is).") var format: RecordFormat = .text

        func run() throws {
            let (workspace, m) = try target.open()
            let input = StepInput(note: note, granted: granted?.cents, date: date, outcome: outcome)
            var movedID: String?
            let dossier = try workspace.change(m.code) { dossier throws(Refusal) in
                let next = try dossier.advancingApplication(named: application, to: to, input: input, context: workspace.context)
                // The one that moved: the same choice, on the same copy.
                movedID = try? dossier.application(named: application, toTake: to).id
                return next
            }
            // What was done, in words: the application by its title, the step, its day and (approve) the amount.
            guard let moved = dossier.applications.first(where: { $0.id == movedID }) else { return }
            try RecordOutput.write(format, municipality: m, action: "advanced", record: .application(moved),
                                   message: Message.command(.applicationAdvanced(title: moved.title, municipality: m.name, to: to,
                                                                                 on: moved.stepDates[to] ?? date ?? workspace.today,
                                                                                 granted: to == .approved ? moved.granted : nil),
                                                            workspace.language))
        }
    }
}
