import ArgumentParser
import ImpulsCore
import ImpulsText

/// `impuls session edit|remove`: what `e` and `d` do to a session on the interface's Sessions tab.
extension SessionCommand {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: .words(.sessionEditAbstract),
            discussion: .words(.sessionEditDiscussion))

        @OptionGroup var target: MunicipalityOptions
        @Argument(help: .words(.sessionNamed)) var session: String?
        @Flag(help: .words(.sessionLatest)) var latest = false
        @Option(help: .words(.sessionEditDate)) var date: CalendarDay?
        @Option(help: .words(.sessionKind)) var kind: SessionKind?
        @Option(parsing: .unconditional, help: .words(.sessionEditSummary)) var summary: String?
        @Option(name: .customLong("participant"), parsing: .unconditionalSingleValue, help: .words(.sessionEditParticipants)) var participants: [String] = []
        @Option(name: .customLong("action-line"), help: .words(.actionLinesReplacing)) var actionLines: [String] = []
        @Option(help: .words(.sessionEditMinutes)) var minutes: MinutesArgument?
        @Option(help: .words(.formatTextOrJSON)) var format: RecordFormat = .text

        func run() throws {
            let (workspace, m) = try target.open()
            // The fields as the interface's edit form gives them to the same edit.
            var values: [SessionField: String] = [:]
            values[.date] = date?.description
            values[.kind] = kind?.rawValue
            values[.summary] = summary?.trimmingSpaces
            if !participants.isEmpty { values[.participants] = participants.map(\.trimmingSpaces).filter { !$0.isEmpty }.joined(separator: ", ") }
            if !actionLines.isEmpty { values[.actionLines] = actionLines.map(\.trimmingSpaces).filter { !$0.isEmpty }.joined(separator: ",") }
            values[.minutes] = minutes?.text
            guard !values.isEmpty else {
                throw CommandFailure.usage(Message.command(.editNeedsOption(["--date", "--kind", "--summary", "--participant", "--action-line", "--minutes"]),
                                                           workspace.language))
            }
            let dossier = try workspace.stored(m.code).dossier
            let found = try RecordNames(workspace: workspace, municipality: m, dossier: dossier).session(session, latest: latest)
            let edit = RecordEdit.session(id: found.id, values)
            let outcome = try RecordChange(workspace: workspace, municipality: m, read: dossier).apply { d throws(Refusal) in try d.editing(edit, context: workspace.context) }
            let now = outcome.dossier.sessions.first { $0.id == found.id } ?? found
            let message = outcome.words.map { Message.command(.recordChanged(municipality: m.name, words: $0), workspace.language) }
            try RecordOutput.write(format, municipality: m, action: outcome.action("changed"), record: .session(now),
                                   message: message ?? Message.command(.recordUnchanged(municipality: m.name), workspace.language))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: .words(.sessionRemoveAbstract),
            discussion: .words(.sessionRemoveDiscussion))

        @OptionGroup var target: MunicipalityOptions
        @Argument(help: .words(.sessionNamed)) var session: String?
        @Flag(help: .words(.sessionLatest)) var latest = false
        @Option(help: .words(.sessionRemoveFormat)) var format: RecordFormat = .text

        func run() throws {
            let (workspace, m) = try target.open()
            let dossier = try workspace.stored(m.code).dossier
            let found = try RecordNames(workspace: workspace, municipality: m, dossier: dossier).session(session, latest: latest)
            try RecordChange(workspace: workspace, municipality: m, read: dossier).apply { d throws(Refusal) in
                try d.removing(.session, id: found.id, context: workspace.context)
            }
            try RecordOutput.write(format, municipality: m, action: "removed", record: .session(found),
                                   message: Message.command(.sessionRemoved(date: found.date, municipality: m.name, followUps: found.followUps.count),
                                                            workspace.language))
        }
    }
}

/// A duration in whole minutes as typed, or `''` for none (what emptying the form's field does).
struct MinutesArgument: ExpressibleByArgument {
    let text: String
    init?(argument: String) {
        let trimmed = argument.trimmingSpaces
        guard trimmed.isEmpty || Int(trimmed) != nil else { return nil }
        text = trimmed
    }
}
