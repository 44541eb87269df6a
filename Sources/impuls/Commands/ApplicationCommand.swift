import ArgumentParser
import ImpulsCore
import ImpulsText

/// `impuls application new|edit|advance`: the application and its workflow.
struct ApplicationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "application", abstract: .words(.applicationAbstract),
                                                    subcommands: [New.self, Edit.self, Advance.self])

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "new", abstract: .words(.applicationNewAbstract))

        @OptionGroup var target: MunicipalityOptions
        @Option(parsing: .unconditional, help: .words(.applicationNewTitle)) var title: String
        @Option(help: .words(.applicationNewAmount)) var amount: AmountArgument
        @Option(help: .words(.applicationNewStart)) var start: CalendarDay
        @Option(help: .words(.applicationNewEnd)) var end: CalendarDay
        @Option(name: .customLong("action-line"), help: .words(.applicationNewActionLines)) var actionLines: [String] = []
        @Option(parsing: .unconditional, help: .words(.applicationNewActivities)) var activities: String = ""
        @Option(help: .words(.applicationNewTeam)) var team: Team?
        @Option(help: .words(.applicationNewFormat)) var format: RecordFormat = .text

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
            commandName: "advance", abstract: .words(.applicationAdvanceAbstract),
            discussion: .words(.applicationAdvanceDiscussion))

        @OptionGroup var target: MunicipalityOptions
        @Option(help: .words(.applicationAdvanceTo)) var to: ApplicationStatus
        @Option(name: .customLong("application"),
                help: .words(.applicationAdvanceApplication))
        var application: String?
        @Option(parsing: .unconditional, help: .words(.applicationAdvanceNote)) var note: String?
        @Option(help: .words(.applicationAdvanceGranted)) var granted: AmountArgument?
        @Option(help: .words(.applicationAdvanceDate)) var date: CalendarDay?
        @Option(parsing: .unconditional, help: .words(.applicationAdvanceOutcome)) var outcome: String?
        @Option(help: .words(.applicationAdvanceFormat)) var format: RecordFormat = .text

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
            // Started or completed outside the planned period: done, and said (as the interface says it).
            for warning in Warnings.step(to, on: moved.stepDates[to] ?? date ?? workspace.today, of: moved) {
                Output.warning(Message.reason(warning).text(workspace.language))
            }
            try RecordOutput.write(format, municipality: m, action: "advanced", record: .application(moved),
                                   message: Message.command(.applicationAdvanced(title: moved.title, municipality: m.name, to: to,
                                                                                 on: moved.stepDates[to] ?? date ?? workspace.today,
                                                                                 granted: to == .approved ? moved.granted : nil),
                                                            workspace.language))
        }
    }
}
