import ArgumentParser
import ImpulsCore
import ImpulsText

/// `impuls contact add|edit|remove`: what `c`, `e` and `d` do on the interface's Contacts tab.
struct ContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact", abstract: .words(.contactAbstract),
        discussion: .words(.contactDiscussion),
        subcommands: [Add.self, Edit.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: .words(.contactAddAbstract))

        @OptionGroup var target: MunicipalityOptions
        @Option(parsing: .unconditional, help: .words(.contactAddName)) var name: String
        @Option(parsing: .unconditional, help: .words(.contactAddRole)) var role: String = ""
        @Option(help: .words(.contactAddEmail)) var email: String = ""
        @Option(help: .words(.contactAddPhone)) var phone: String = ""
        @Option(help: .words(.contactAddFormat)) var format: RecordFormat = .text

        func run() throws {
            let (workspace, m) = try target.open()
            // Trimmed as the interface's form trims what is typed.
            let contact = Contact(id: RecordID.make(), name: name.trimmingSpaces, role: role.trimmingSpaces,
                                  email: email.trimmingSpaces, phone: phone.trimmingSpaces)
            try workspace.change(m.code, retryOnConflict: true) { dossier throws(Refusal) in try dossier.addingContact(contact, context: workspace.context) }
            ContactCommand.warn(contact, workspace)
            try RecordOutput.write(format, municipality: m, action: "added", record: .contact(contact),
                                   message: Message.command(.contactAdded(name: contact.name, municipality: m.name), workspace.language))
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: .words(.contactEditAbstract))

        @OptionGroup var target: MunicipalityOptions
        @Argument(help: .words(.contactNamed)) var contact: String
        @Option(parsing: .unconditional, help: .words(.contactEditName)) var name: String?
        @Option(parsing: .unconditional, help: .words(.contactEditRole)) var role: String?
        @Option(help: .words(.contactEditEmail)) var email: String?
        @Option(help: .words(.contactEditPhone)) var phone: String?
        @Option(help: .words(.formatTextOrJSON)) var format: RecordFormat = .text

        func run() throws {
            let (workspace, m) = try target.open()
            var values: [ContactField: String] = [:]
            values[.name] = name?.trimmingSpaces
            values[.role] = role?.trimmingSpaces
            values[.email] = email?.trimmingSpaces
            values[.phone] = phone?.trimmingSpaces
            guard !values.isEmpty else {
                throw CommandFailure.usage(Message.command(.editNeedsOption(["--name", "--role", "--email", "--phone"]), workspace.language))
            }
            let dossier = try workspace.stored(m.code).dossier
            let found = try RecordNames(workspace: workspace, municipality: m, dossier: dossier).contact(contact)
            let edit = RecordEdit.contact(id: found.id, values)
            let outcome = try RecordChange(workspace: workspace, municipality: m, read: dossier).apply { d throws(Refusal) in try d.editing(edit, context: workspace.context) }
            let now = outcome.dossier.contacts.first { $0.id == found.id } ?? found
            ContactCommand.warn(now, workspace, only: Set(values.keys))
            let message = outcome.words.map { Message.command(.recordChanged(municipality: m.name, words: $0), workspace.language) }
            try RecordOutput.write(format, municipality: m, action: outcome.action("changed"), record: .contact(now),
                                   message: message ?? Message.command(.recordUnchanged(municipality: m.name), workspace.language))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: .words(.contactRemoveAbstract))

        @OptionGroup var target: MunicipalityOptions
        @Argument(help: .words(.contactNamed)) var contact: String
        @Option(help: .words(.contactRemoveFormat)) var format: RecordFormat = .text

        func run() throws {
            let (workspace, m) = try target.open()
            let dossier = try workspace.stored(m.code).dossier
            let found = try RecordNames(workspace: workspace, municipality: m, dossier: dossier).contact(contact)
            try RecordChange(workspace: workspace, municipality: m, read: dossier).apply { d throws(Refusal) in
                try d.removing(.contact, id: found.id, context: workspace.context)
            }
            try RecordOutput.write(format, municipality: m, action: "removed", record: .contact(found),
                                   message: Message.command(.contactRemoved(name: found.name, municipality: m.name), workspace.language))
        }
    }

    /// What the interface shows beside the e-mail and phone fields, on standard error: worth a
    /// second look, saved all the same. `only`: the fields an edit set.
    static func warn(_ contact: Contact, _ workspace: Workspace, only fields: Set<ContactField>? = nil) {
        if fields?.contains(.email) ?? true, let reason = Warnings.email(contact.email) { Output.warning(Message.reason(reason).text(workspace.language)) }
        if fields?.contains(.phone) ?? true, let reason = Warnings.phone(contact.phone) { Output.warning(Message.reason(reason).text(workspace.language)) }
    }
}
