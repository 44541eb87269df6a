import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsStore

extension PrivacyCommand {
    /// `impuls privacy purge --before DATE`: retention — dossiers with no activity since DATE keep
    /// their figures and workflow but no longer the people in them.
    struct Purge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "purge", abstract: .words(.privacyPurgeAbstract), discussion: .words(.privacyPurgeDiscussion))
        @OptionGroup var global: GlobalOptions
        @Option(help: .words(.privacyPurgeBefore)) var before: CalendarDay?
        @Flag(help: .words(.privacyEraseYes)) var yes = false

        func run() throws {
            let config = try global.loadConfig()
            let language = config.language
            let workspace = try PrivacyCommand.workspace(global, config, writing: yes)
            guard let before = before ?? config.personalDataMonths.map({ workspace.today.adding(months: -$0) }) else {
                throw CommandFailure.usage(Message.privacyPurgeNeedsDate.text(language))
            }
            let store = DossierStore(folder: workspace.folder)
            let contents = store.loadAll()
            if let issue = contents.unreadable.values.sorted(by: { $0.file < $1.file }).first {
                throw CommandFailure.usage(Message.dossierUnreadable(issue).text(language))
            }
            let inactive = contents.dossiers.values.map(\.dossier)
                .filter { ($0.lastActivity ?? .earliest) < before && !$0.personalTexts.isEmpty }
                .sorted { $0.code < $1.code }
            guard !inactive.isEmpty else { throw CommandFailure.refused([Message.privacyNothingToPurge(before: before.description).text(language)]) }
            guard yes else {
                var lines = [Message.privacyWouldPurge(before: before.description).text(language)]
                for d in inactive {
                    lines.append(Message.privacyWouldPurgeIn(PrivacyCommand.name(d.code), persons: d.personalTexts.count,
                                                             lastActivity: d.lastActivity?.description ?? "—").text(language))
                }
                try Output.write((lines + [Message.privacyGiveYes.text(language)]).joined(separator: "\n") + "\n")
                return
            }
            let request = RecordID.make(using: &SystemRandomNumberGenerator.shared)
            let purge = ErasureRecord.Purge(before: before, codes: inactive.map(\.code))
            try PrivacyCommand.record(ErasureRecord(purging: purge, id: request, on: workspace.today, by: config.adviser), workspace)
            for dossier in inactive {
                try workspace.change(dossier.code) { current throws(Refusal) in
                    current.purging(erasure: request, context: workspace.context) ?? current
                }
            }
            if workspace.folder.dropDraft(mentioning: inactive.flatMap(\.personalTexts)) { Output.warning(Message.privacyDraftRemoved.text(language)) }
            try Output.write(Message.privacyErased(inactive.map { PrivacyCommand.name($0.code) }, request: request).text(language) + "\n")
            do { _ = try workspace.folder.scrubJournal(of: inactive.flatMap(\.personalTexts)) } catch { throw CommandFailure.store(error, language: language) }
            try PrivacyCommand.rewriteHistory(workspace)
        }
    }
}
