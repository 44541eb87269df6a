import ArgumentParser
import ImpulsCore
import ImpulsText

/// `impuls session add|edit|remove`: log an advice session, correct it, remove it.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "session", abstract: "Log advice sessions, correct and remove them.",
                                                    subcommands: [Add.self, Edit.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Log an advice session with a municipality.")

        @OptionGroup var target: MunicipalityOptions
        @Option(help: "Day of the session: YYYY-MM-DD (or DD-MM-YYYY); today when left out.") var date: CalendarDay?
        @Option(help: "intake, advice, workshop, call or follow-up.") var kind: SessionKind = .advice
        @Option(help: "What was discussed.") var summary: String
        @Option(name: .customLong("participant"), help: "A participant (repeat for more).") var participants: [String] = []
        @Option(name: .customLong("action-line"), help: "A POK action line id (repeat for more).") var actionLines: [String] = []
        @Option(help: "Duration in minutes.") var minutes: Int?
        @Option(name: .customLong("follow-up"), help: "A follow-up as \"TEXT@YYYY-MM-DD\" (repeat for more).") var followUps: [FollowUpArgument] = []
        @Option(help: "Output format: text or json (with the new session and its follow-ups' ids).") var format: RecordFormat = .text

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
