import ArgumentParser
import ImpulsCore
import ImpulsText

/// `impuls session add|edit|remove`: log an advice session, correct it, remove it.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "session", abstract: .words(.sessionAbstract),
                                                    subcommands: [Add.self, Edit.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: .words(.sessionAddAbstract))

        @OptionGroup var target: MunicipalityOptions
        @Option(help: .words(.sessionAddDate)) var date: CalendarDay?
        @Option(help: .words(.sessionKind)) var kind: SessionKind = .advice
        @Option(parsing: .unconditional, help: .words(.sessionAddSummary)) var summary: String
        @Option(name: .customLong("participant"), parsing: .unconditionalSingleValue, help: .words(.sessionAddParticipants)) var participants: [String] = []
        @Option(name: .customLong("action-line"), help: .words(.sessionAddActionLines)) var actionLines: [String] = []
        @Option(help: .words(.sessionAddMinutes)) var minutes: Int?
        @Option(name: .customLong("follow-up"), parsing: .unconditionalSingleValue, help: .words(.sessionAddFollowUps)) var followUps: [FollowUpArgument] = []
        @Option(help: .words(.sessionAddFormat)) var format: RecordFormat = .text

        func run() throws {
            let (workspace, m) = try target.open()
            let session = AdviceSession(
                id: RecordID.make(), date: date ?? workspace.today, kind: kind, participants: participants,
                actionLines: actionLines, summary: summary, minutes: minutes,
                followUps: followUps.map { FollowUp(id: RecordID.make(), text: $0.text, due: $0.due) })
            try workspace.change(m.code, retryOnConflict: true) { dossier throws(Refusal) in try dossier.addingSession(session, context: workspace.context) }
            try RecordOutput.write(format, municipality: m, action: "added", record: .session(session),
                                   message: Message.command(.sessionLogged(date: session.date, municipality: m.name, followUps: session.followUps.count),
                                                            workspace.language))
        }
    }
}
