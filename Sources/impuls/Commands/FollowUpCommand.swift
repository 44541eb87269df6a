import ArgumentParser
import ImpulsCore
import ImpulsText

/// `impuls follow-up add|done|undone|edit|remove`: what the interface does on its Follow-ups tab
/// (`x`, `e`, `d`) and in a new session's follow-ups field.
struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-up", abstract: "Add follow-ups to a session, tick them off and on, change and remove them.",
        discussion: "A follow-up is named by its text (ignoring case and accents; a unique start is enough) or a start of its id; a name that fits none or several lists the follow-ups (exit status 2).",
        subcommands: [Add.self, Done.self, Undone.self, Edit.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a follow-up to a session (the latest one unless --session names another).",
            discussion: "A follow-up belongs to the session it came from, as in the interface, where follow-ups are typed with their session: without --session it goes to the session of the latest day (and says which); when more than one was held that day, or the dossier has none yet, it says so and adds nothing.")

        @OptionGroup var target: MunicipalityOptions
        @Argument(help: "What is to be done.") var text: String
        @Option(help: "Due day: YYYY-MM-DD (or DD-MM-YYYY).") var due: CalendarDay
        @Option(help: "The session it came from: its date or a start of its id (else the latest).") var session: String?
        @Option(help: "Output format: text or json (with the new follow-up's id).") var format: RecordFormat = .text

        func run() throws {
            let (workspace, m) = try target.open()
            let dossier = try workspace.stored(m.code).dossier
            if dossier.sessions.isEmpty, dossier.formerMunicipalityReason == nil {
                throw CommandFailure.usage(Message.command(.followUpNeedsSession(municipality: m.name), workspace.language))
            }
            let names = RecordNames(workspace: workspace, municipality: m, dossier: dossier)
            // A former municipality is refused by the rule, with its reason, before any session is looked for.
            let found = dossier.sessions.isEmpty ? nil : try names.session(session, latest: session == nil)
            let followUp = FollowUp(id: RecordID.make(), text: text.trimmingSpaces, due: due)
            try RecordChange(workspace: workspace, municipality: m, read: dossier).apply { d throws(Refusal) in
                try d.addingFollowUp(followUp, toSession: found?.id ?? "", context: workspace.context)
            }
            guard let found else { return }
            try RecordOutput.write(format, municipality: m, action: "added", record: .followUp(followUp, session: found),
                                   message: Message.command(.followUpAdded(text: followUp.text, due: due, session: found.date, municipality: m.name),
                                                            workspace.language))
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "done", abstract: "Tick a follow-up off (x in the interface).")

        @OptionGroup var target: MunicipalityOptions
        @Argument(help: "The follow-up: its text or a unique start of it, or a start of its id.") var followUp: String
        @Option(help: "Output format: text or json.") var format: RecordFormat = .text

        func run() throws { try FollowUpCommand.set(done: true, target: target, followUp, format) }
    }

    struct Undone: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "undone", abstract: "Open a follow-up that was ticked off again (x in the interface).")

        @OptionGroup var target: MunicipalityOptions
        @Argument(help: "The follow-up: its text or a unique start of it, or a start of its id.") var followUp: String
        @Option(help: "Output format: text or json.") var format: RecordFormat = .text

        func run() throws { try FollowUpCommand.set(done: false, target: target, followUp, format) }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a follow-up's text or due day.")

        @OptionGroup var target: MunicipalityOptions
        @Argument(help: "The follow-up: its text or a unique start of it, or a start of its id.") var followUp: String
        @Option(help: "New text.") var text: String?
        @Option(help: "New due day: YYYY-MM-DD (or DD-MM-YYYY).") var due: CalendarDay?
        @Option(help: "Output format: text or json.") var format: RecordFormat = .text

        func run() throws {
            let (workspace, m) = try target.open()
            var values: [FollowUpField: String] = [:]
            values[.text] = text?.trimmingSpaces
            values[.due] = due?.description
            guard !values.isEmpty else { throw CommandFailure.usage(Message.command(.editNeedsOption(["--text", "--due"]), workspace.language)) }
            let dossier = try workspace.stored(m.code).dossier
            let found = try RecordNames(workspace: workspace, municipality: m, dossier: dossier).followUp(followUp)
            let edit = RecordEdit.followUp(id: found.followUp.id, values)
            let outcome = try RecordChange(workspace: workspace, municipality: m, read: dossier).apply { d throws(Refusal) in try d.editing(edit, context: workspace.context) }
            let now = outcome.dossier.followUps(matching: found.followUp.id).found ?? found
            let message = outcome.words.map { Message.command(.recordChanged(municipality: m.name, words: $0), workspace.language) }
            try RecordOutput.write(format, municipality: m, action: outcome.action("changed"), record: .followUp(now.followUp, session: now.session),
                                   message: message ?? Message.command(.recordUnchanged(municipality: m.name), workspace.language))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a follow-up (impuls undo puts it back).")

        @OptionGroup var target: MunicipalityOptions
        @Argument(help: "The follow-up: its text or a unique start of it, or a start of its id.") var followUp: String
        @Option(help: "Output format: text or json (with the removed follow-up).") var format: RecordFormat = .text

        func run() throws {
            let (workspace, m) = try target.open()
            let dossier = try workspace.stored(m.code).dossier
            let found = try RecordNames(workspace: workspace, municipality: m, dossier: dossier).followUp(followUp)
            try RecordChange(workspace: workspace, municipality: m, read: dossier).apply { d throws(Refusal) in
                try d.removing(.followUp, id: found.followUp.id, context: workspace.context)
            }
            try RecordOutput.write(format, municipality: m, action: "removed", record: .followUp(found.followUp, session: found.session),
                                   message: Message.command(.followUpRemoved(text: found.followUp.text, municipality: m.name), workspace.language))
        }
    }

    /// Ticks a follow-up off or on, as `x` does; one that already is so is left alone and said so.
    static func set(done: Bool, target: MunicipalityOptions, _ typed: String, _ format: RecordFormat) throws {
        let (workspace, m) = try target.open()
        let dossier = try workspace.stored(m.code).dossier
        let found = try RecordNames(workspace: workspace, municipality: m, dossier: dossier).followUp(typed)
        let outcome = try RecordChange(workspace: workspace, municipality: m, read: dossier).apply { d throws(Refusal) in
            try d.settingFollowUp(found.followUp.id, done: done, context: workspace.context)
        }
        let now = outcome.dossier.followUps(matching: found.followUp.id).found ?? found
        let text: CommandText = outcome.words == nil ? .followUpAlready(text: now.followUp.text, municipality: m.name, done: done)
                                                     : .followUpDone(text: now.followUp.text, municipality: m.name, done: done)
        try RecordOutput.write(format, municipality: m, action: outcome.action(done ? "done" : "undone"), record: .followUp(now.followUp, session: now.session),
                               message: Message.command(text, workspace.language))
    }
}
