import ArgumentParser
import ImpulsCore
import ImpulsText

/// `impuls application edit`: what `e` does to a draft on the interface's Application tab.
extension ApplicationCommand {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: .words(.applicationEditAbstract),
            discussion: .words(.applicationEditDiscussion))

        @OptionGroup var target: MunicipalityOptions
        @Option(name: .customLong("application"), help: .words(.applicationEditApplication))
        var application: String?
        @Option(parsing: .unconditional, help: .words(.applicationEditTitle)) var title: String?
        @Option(help: .words(.applicationEditAmount)) var amount: AmountArgument?
        @Option(help: .words(.applicationEditStart)) var start: CalendarDay?
        @Option(help: .words(.applicationEditEnd)) var end: CalendarDay?
        @Option(name: .customLong("action-line"), help: .words(.actionLinesReplacing)) var actionLines: [String] = []
        @Option(parsing: .unconditional, help: .words(.applicationEditActivities)) var activities: String?
        @Option(help: .words(.applicationEditTeam)) var team: Team?
        @Option(help: .words(.formatTextOrJSON)) var format: RecordFormat = .text

        func run() throws {
            let (workspace, m) = try target.open()
            // The fields as the interface's edit form gives them to the same edit.
            var values: [ApplicationField: String] = [:]
            values[.title] = title?.trimmingSpaces
            values[.requested] = amount?.cents.plainDecimal
            values[.plannedStart] = start?.description
            values[.plannedEnd] = end?.description
            if !actionLines.isEmpty { values[.actionLines] = actionLines.map(\.trimmingSpaces).filter { !$0.isEmpty }.joined(separator: ",") }
            values[.activities] = activities?.trimmingSpaces
            values[.team] = team?.rawValue
            guard !values.isEmpty else {
                throw CommandFailure.usage(Message.command(.editNeedsOption(["--title", "--amount", "--start", "--end", "--action-line", "--activities", "--team"]),
                                                           workspace.language))
            }
            let dossier = try workspace.stored(m.code).dossier
            let found = try RecordNames(workspace: workspace, municipality: m, dossier: dossier).applicationToEdit(application)
            let edit = RecordEdit.application(id: found.id, values)
            let outcome = try RecordChange(workspace: workspace, municipality: m, read: dossier).apply { d throws(Refusal) in try d.editing(edit, context: workspace.context) }
            let now = outcome.dossier.applications.first { $0.id == found.id } ?? found
            // What the form shows beside the period, said after the change as `application new` says it.
            if outcome.words != nil, start != nil || end != nil {
                for warning in Warnings.period(start: now.plannedStart, end: now.plannedEnd, rules: workspace.config.rules) {
                    Output.warning(Message.reason(warning).text(workspace.language))
                }
            }
            let message = outcome.words.map { Message.command(.recordChanged(municipality: m.name, words: $0), workspace.language) }
            try RecordOutput.write(format, municipality: m, action: outcome.action("changed"), record: .application(now),
                                   message: message ?? Message.command(.recordUnchanged(municipality: m.name), workspace.language))
        }
    }
}
