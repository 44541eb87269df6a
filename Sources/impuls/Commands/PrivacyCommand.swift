#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsStore

/// `impuls privacy find|export|erase TEXT`: a person's data under the AVG — where it is (art. 15),
/// handed over (art. 15), erased (art. 17).
struct PrivacyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privacy", abstract: .words(.privacyAbstract),
        discussion: .words(.privacyDiscussion),
        subcommands: [Find.self, Export.self, Erase.self, Purge.self])

    enum FindFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    struct Find: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "find", abstract: .words(.privacyFindAbstract))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .words(.privacyText)) var text: String
        @Option(help: .words(.formatTextOrJSON)) var format: FindFormat = .text

        func run() throws {
            let config = try global.loadConfig()
            let (found, personal) = try PrivacyCommand.find(text, global: global, config: config)
            switch format {
            case .json:
                try Output.write(String(decoding: PrivacyJSON.encode(found, about: nil, made: try Clock.today(language: config.language)), as: UTF8.self))
            case .text:
                if found.isEmpty { throw CommandFailure.refused([Message.privacyNothingFound(text).text(config.language)]) }
                try Output.write(PrivacyCommand.lines(found, personal, config.language).joined(separator: "\n") + "\n")
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: .words(.privacyExportAbstract))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .words(.privacyText)) var text: String
        @Option(help: .words(.privacyExportOutput)) var output: String

        func run() throws {
            let config = try global.loadConfig()
            let (found, _) = try PrivacyCommand.find(text, global: global, config: config)
            let path = try GlobalOptions.userPath(output)
            let bytes = PrivacyJSON.encode(found, about: text, made: try Clock.today(language: config.language))
            do {
                if let unconfirmed = try OutputFile.write(bytes, to: path) { Output.warning(Message.savedUnconfirmed(unconfirmed).text(config.language)) }
            } catch {
                throw CommandFailure.usage(Message.fileIssue(error).text(config.language))
            }
            let places = found.reduce(0) { $0 + $1.mentions.count }
            try Output.write(Message.privacyExportWritten(places: places, file: output).text(config.language) + "\n")
        }
    }

    struct Erase: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "erase", abstract: .words(.privacyEraseAbstract),
            discussion: .words(.privacyEraseDiscussion))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .words(.privacyText)) var text: String
        @Flag(help: .words(.privacyEraseYes)) var yes = false

        func run() throws {
            let config = try global.loadConfig()
            let language = config.language
            guard let personal = PersonalText(text) else { throw CommandFailure.usage(Message.privacyTooShort(text).text(language)) }
            let workspace = try PrivacyCommand.workspace(global, config, writing: yes)
            let store = DossierStore(folder: workspace.folder)
            let contents = store.loadAll()
            if let issue = contents.unreadable.values.sorted(by: { $0.file < $1.file }).first {
                // A dossier that cannot be read might mention the person: nothing is erased until it can.
                throw CommandFailure.usage(Message.dossierUnreadable(issue).text(language))
            }
            let mentioning = contents.dossiers.values.map(\.dossier).filter { !$0.mentions(of: personal).isEmpty }.sorted { $0.code < $1.code }
            let draft = store.readDraft()
            let draftMentions = draft?.texts.values.contains(where: personal.occurs(in:)) ?? false
            if mentioning.isEmpty && !draftMentions { throw CommandFailure.refused([Message.privacyNothingFound(text).text(language)]) }
            guard yes else {
                var lines = [Message.privacyWouldErase.text(language)]
                for d in mentioning {
                    let removed = d.contacts.count - d.scrubbed(of: personal).contacts.count
                    lines.append(Message.privacyWouldEraseIn(name(d.code), mentions: d.mentions(of: personal).count, contacts: removed).text(language))
                }
                if draftMentions { lines.append(Message.privacyDraftRemoved.text(language)) }
                // Who it touches, by the values it is found in: "jan" finds "Gert-Jan Kuipers" too.
                let people = Set(mentioning.flatMap { $0.mentions(of: personal) }.filter { ["name", "email", "phone", "participants"].contains($0.field) }.map(\.value))
                if !people.isEmpty { lines.append(Message.privacyWouldEraseNames(people.sorted()).text(language)) }
                try Output.write((lines + [Message.privacyGiveYes.text(language)]).joined(separator: "\n") + "\n")
                return
            }
            // The request's id: named in each dossier's history and in the team's record of erasures, never the text.
            let request = RecordID.make(using: &SystemRandomNumberGenerator.shared)
            // Recorded first: an erase killed half way is finished by the next sync (or by erasing again).
            let salt = (0..<16).map { _ in UInt8.random(in: 0...255) }
            try PrivacyCommand.record(ErasureRecord(erasing: personal, id: request, on: workspace.today, by: config.adviser, salt: salt), workspace)
            for dossier in mentioning {
                try workspace.change(dossier.code) { current throws(Refusal) in
                    current.erasing(personal, erasure: request, context: workspace.context) ?? current
                }
            }
            if draftMentions {
                try? store.keepDraft(nil)
                Output.warning(Message.privacyDraftRemoved.text(language))
            }
            try Output.write(Message.privacyErased(mentioning.map { name($0.code) }, request: request).text(language) + "\n")
            do { _ = try workspace.folder.scrubJournal(of: [personal]) } catch { throw CommandFailure.store(error, language: language) }
            try PrivacyCommand.rewriteHistory(workspace)
        }
    }

    /// The one folder an erasure works in: a team lead's `dataDirs` are read together, read-only,
    /// so with only those the folder must be named.
    static func workspace(_ global: GlobalOptions, _ config: Config, writing: Bool) throws -> Workspace {
        if global.dataDir.isEmpty, ProcessEnvironment.value("IMPULS_DATA_DIR") == nil, config.dataDir == nil, !config.dataDirs.isEmpty {
            throw CommandFailure.usage(Message.privacyNeedsOneFolder.text(config.language))
        }
        if global.dataDir.count > 1 { throw CommandFailure.usage(Message.privacyNeedsOneFolder.text(config.language)) }
        return try Workspace(global, config: config, readOnly: !writing)
    }

    /// Records an erasure in the folder (`erasures.json`): the team's record of it, without the text.
    static func record(_ record: ErasureRecord, _ workspace: Workspace) throws {
        do {
            try workspace.folder.record(record)
        } catch {
            throw CommandFailure.store(error, language: workspace.language)
        }
    }

    /// In a shared folder: this clone's git history rewritten without what the folder's erasures
    /// name (the next sync takes it to the team).
    static func rewriteHistory(_ workspace: Workspace) throws {
        guard access(workspace.folder.path + "/.git", F_OK) == 0 else { return }
        do {
            _ = try SyncCommand.teamSync(workspace, interactive: false).eraseHistory()
        } catch {
            throw SyncCommand.failure(error, workspace.language)
        }
        try Output.write(Message.privacyHistoryRewritten.text(workspace.language) + "\n")
    }

    /// Every dossier mentioning `text`, in every folder given, with the text as it is matched.
    static func find(_ text: String, global: GlobalOptions, config: Config) throws -> ([PrivacyJSON.Found], PersonalText) {
        guard let personal = PersonalText(text) else { throw CommandFailure.usage(Message.privacyTooShort(text).text(config.language)) }
        let all = try CombinedCaseload<Dossier>(folders: try global.dataFolders(config), language: config.language)
        for issue in all.unreadable.values.sorted(by: { $0.file < $1.file }) {
            // Said, not hidden: a dossier that cannot be read may hold the person's data too.
            Output.warning(Message.dossierUnreadable(issue).text(config.language))
        }
        let found = all.dossiers.compactMap { entry -> PrivacyJSON.Found? in
            let mentions = entry.value.mentions(of: personal)
            return mentions.isEmpty ? nil : PrivacyJSON.Found(folder: entry.folder, code: entry.code, mentions: mentions)
        }.sorted { (Folding.fold(name($0.code)), $0.folder) < (Folding.fold(name($1.code)), $1.folder) }   // by municipality, as the lists are
        return (found, personal)
    }

    /// One line per place; with several folders, each names its folder.
    static func lines(_ found: [PrivacyJSON.Found], _ personal: PersonalText, _ language: Language) -> [String] {
        let several = Set(found.map(\.folder)).count > 1
        return found.flatMap { dossier in
            dossier.mentions.map { m in
                name(dossier.code) + " · " + Message.privacyPlace(m).text(language) + " · " + Message.privacyField(m.field).text(language) + ": "
                    + m.value.escapingControlCharacters + (several ? " (" + dossier.folder.escapingControlCharacters + ")" : "")
            }
        }
    }

    static func name(_ code: MunicipalityCode) -> String { ReferenceData.shared.municipality(code)?.name ?? code.rawValue }
}

extension SystemRandomNumberGenerator {
    /// A generator to pass `inout` where one is asked for.
    nonisolated(unsafe) static var shared = SystemRandomNumberGenerator()
}
