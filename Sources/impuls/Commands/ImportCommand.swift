import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsStore

/// `impuls import`: reads an export, validates all of it as a save would (the scheme's rules, and
/// the dates the command line accepts), merges each dossier with what the folder has (the merge
/// `sync` uses: nothing either side recorded is lost), then writes every changed dossier as one (all
/// or nothing, even across a crash); says per dossier what changed, the very lines `--dry-run` says.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: .words(.importAbstract),
        discussion: .words(.importDiscussion))

    @OptionGroup var global: GlobalOptions
    @Argument(help: .words(.importFile)) var file: String
    @Flag(help: .words(.importDryRun)) var dryRun = false
    @Flag(help: .words(.importReplace)) var replace = false

    func run() throws {
        // A dry run writes nothing, so `--read-only` lets it look (the folder opened read-only).
        let workspace = try Workspace(global, readOnly: dryRun && global.readOnly)
        let language = workspace.language
        let path = try GlobalOptions.userPath(file)
        Progress.step(Message.command(.readingExport, language))
        let (incoming, bytes): ([Dossier], [UInt8])
        do { (incoming, bytes) = try ExportFile.read(path) } catch {
            throw CommandFailure.usage(Message.fileIssue(error.issue).text(language) + (error.dossierCode.map { " — " + ExportNames.name($0) } ?? ""))
        }
        // Every target must be readable, and every incoming dossier must keep the scheme's rules,
        // before anything is written.
        var plan: [(dossier: Dossier, expected: Revision?)] = []
        var added: [String] = [], changed: [String] = []
        var problems: [String] = [], lines: [String] = []
        Progress.step(Message.command(.mergingExport, language), total: incoming.count)
        for (index, dossier) in incoming.enumerated() {
            Progress.update(index, of: incoming.count)
            let existing: StoredDossier?
            switch workspace.folder.load(dossier.code) {
            case .failure(let problem): throw CommandFailure.usage(Message.dossierUnreadable(problem).text(language))
            case .success(let stored): existing = stored
            }
            let findings = RuleAudit.findings(dossier, rules: workspace.config.rules)
                + RuleAudit.formerMunicipalityAdditions(dossier, existing: existing?.dossier)
                + ImportDates.findings(dossier, existing: existing?.dossier, today: workspace.today, rules: workspace.config.rules)
            for finding in findings {
                let issue = FileIssue(file: path, bytes: bytes, keyPath: "dossiers[\(index)].\(finding.keyPath)", problem: .brokenRule(finding.reason))
                problems.append(Message.fileIssue(issue).text(language) + " — " + ExportNames.name(dossier.code.rawValue))
            }
            let name = ReferenceData.shared.municipality(dossier.code)?.name ?? dossier.code.rawValue
            let current = existing?.dossier ?? Dossier(code: dossier.code)
            // One plan, said the same by the dry run and the import.
            let step = current.importPlan(dossier, from: file, replacing: replace, context: workspace.context)
            let effect = step.effect
            if replace, !effect.removed.isEmpty { Output.warning(Message.importReplaces(name, effect.removed.map(\.text)).text(language)) }
            guard let next = step.result else { continue }
            lines.append(Message.importPlan(name, added: effect.added.count, changed: effect.changed.count, removed: effect.removed.count,
                                            kept: effect.kept.count, notices: effect.notices.count).text(language))
            plan.append((next, existing?.revision))
            if existing == nil { added.append(name) } else { changed.append(name) }
        }
        guard problems.isEmpty else {
            throw CommandFailure.usage(problems.joined(separator: "\n") + "\n" + Message.command(.nothingImported, language))
        }
        if dryRun {
            try Output.write((lines + [Message.importDryRun(changes: plan.count, unchanged: incoming.count - plan.count).text(language)])
                .joined(separator: "\n") + "\n")
            return
        }
        do {
            let saved = try workspace.folder.saveAll(plan, progress: Progress.report(Message.command(.writingDossiers, language)))
            if let unconfirmed = saved.lazy.compactMap(\.unconfirmed).first {
                Output.warning(Message.savedUnconfirmed(unconfirmed).text(language))
            }
        } catch {
            let failure = CommandFailure.store(error, language: language)
            throw CommandFailure(message: failure.message + " — " + Message.command(.nothingImported, language), status: failure.status)
        }
        try Output.write((lines + [Message.command(.importAdded(added), language), Message.command(.importChanged(changed), language),
                                   Message.command(.importUnchanged(incoming.count - plan.count), language)]).joined(separator: "\n") + "\n")
    }
}

/// How import names a dossier of an export in its messages.
enum ExportNames {
    /// `Leeuwarden (GM0080)`, or the code alone when it names no municipality.
    static func name(_ code: String) -> String {
        MunicipalityCode(code).flatMap { ReferenceData.shared.municipality($0) }.map { "\($0.name) (\(code))" } ?? code.escapingControlCharacters
    }
}
