import ArgumentParser
import ImpulsCore
import ImpulsText

/// `impuls follow-up add|done|undone|edit|remove`: what the interface does on its Follow-ups tab
/// (`x`, `e`, `d`) and in a new session's follow-ups field.
struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-up", abstract: .words(.followUpAbstract),
        discussion: .words(.followUpDiscussion),
        subcommands: [Add.self, Done.self, Undone.self, Edit.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: .words(.followUpAddAbstract),
            discussion: .words(.followUpAddDiscussion))

        @OptionGroup var target: MunicipalityOptions
        @Argument(help: .words(.followUpAddText)) var text: String
        @Option(help: .words(.followUpAddDue)) var due: CalendarDay
        @Option(help: .words(.followUpAddSession)) var session: String?
        @Option(help: .words(.followUpAddFormat)) var format: RecordFormat = .text

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
        static let configuration = CommandConfiguration(commandName: "done", abstract: .words(.followUpDoneAbstract))

        @OptionGroup var target: MunicipalityOptions
        @Argument(help: .words(.followUpNamed)) var followUp: String
        @Option(help: .words(.formatTextOrJSON)) var format: RecordFormat = .text

        func run() throws { try FollowUpCommand.set(done: true, target: target, followUp, format) }
    }

    struct Undone: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "undone", abstract: .words(.followUpUndoneAbstract))

        @OptionGroup var target: MunicipalityOptions
        @Argument(help: .words(.followUpNamed)) var followUp: String
        @Option(help: .words(.formatTextOrJSON)) var format: RecordFormat = .text

        func run() throws { try FollowUpCommand.set(done: false, target: target, followUp, format) }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: .words(.followUpEditAbstract))

        @OptionGroup var target: MunicipalityOptions
        @Argument(help: .words(.followUpNamed)) var followUp: String
        @Option(parsing: .unconditional, help: .words(.followUpEditText)) var text: String?
        @Option(help: .words(.followUpEditDue)) var due: CalendarDay?
        @Option(help: .words(.formatTextOrJSON)) var format: RecordFormat = .text

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
        static let configuration = CommandConfiguration(commandName: "remove", abstract: .words(.followUpRemoveAbstract))

        @OptionGroup var target: MunicipalityOptions
        @Argument(help: .words(.followUpNamed)) var followUp: String
        @Option(help: .words(.followUpRemoveFormat)) var format: RecordFormat = .text

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
        let found = try RecordNames(workspace: workspace, municipality: m, dossier: dossier).followUp(typed, toDone: done)
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
