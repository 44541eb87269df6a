import ArgumentParser
import ImpulsCore
import ImpulsText

/// `impuls session edit|remove`: what `e` and `d` do to a session on the interface's Sessions tab.
extension SessionCommand {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Correct a logged session: only the fields given change.",
            discussion: "The session is named by its date (YYYY-MM-DD or DD-MM-YYYY) or a start of its id, or --latest for the one of the latest day; a name that fits none or several lists the sessions (exit status 2). Repeated options (--participant, --action-line) replace the whole list; --participant '' empties it, --minutes '' leaves the duration out. Its follow-ups are changed with impuls follow-up.")

        @OptionGroup var target: MunicipalityOptions
        @Argument(help: "The session: its date or a start of its id (or use --latest).") var session: String?
        @Flag(help: "The session of the latest day.") var latest = false
        @Option(help: "New day of the session: YYYY-MM-DD (or DD-MM-YYYY).") var date: CalendarDay?
        @Option(help: "intake, advice, workshop, call or follow-up.") var kind: SessionKind?
        @Option(help: "New summary.") var summary: String?
        @Option(name: .customLong("participant"), help: "A participant (repeat for more; replaces the list).") var participants: [String] = []
        @Option(name: .customLong("action-line"), help: "A POK action line id (repeat for more; replaces the list).") var actionLines: [String] = []
        @Option(help: "Duration in minutes ('' for none).") var minutes: MinutesArgument?
        @Option(help: "Output format: text or json.") var format: RecordFormat = .text

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
            commandName: "remove", abstract: "Remove a session with its follow-ups (impuls undo puts it back).",
            discussion: "The session is named by its date or a start of its id, or --latest; a name that fits none or several lists the sessions (exit status 2).")

        @OptionGroup var target: MunicipalityOptions
        @Argument(help: "The session: its date or a start of its id (or use --latest).") var session: String?
        @Flag(help: "The session of the latest day.") var latest = false
        @Option(help: "Output format: text or json (with the removed session).") var format: RecordFormat = .text

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
