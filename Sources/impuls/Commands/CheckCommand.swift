import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsStore

/// `impuls check`: reads every file, lists every problem; exit 0 only when all is well.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: .words(.checkAbstract))

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let workspace = try Workspace(global, readOnly: true)
        let contents = workspace.folder.loadAll(progress: Progress.report(Message.command(.readingDossiers, workspace.language)))
        var problems = contents.issues.map { Message.fileIssue($0).text(workspace.language) }
        for (code, stored) in contents.dossiers.sorted(by: { $0.key < $1.key }) {
            let findings = RuleAudit.findings(stored.dossier, rules: workspace.config.rules)
            guard !findings.isEmpty else { continue }
            let file = workspace.folder.file(for: code)
            let bytes = workspace.folder.bytes(of: code)
            for finding in findings {
                problems.append(Message.fileIssue(FileIssue(file: file, bytes: bytes, keyPath: finding.keyPath, problem: .brokenRule(finding.reason))).text(workspace.language))
            }
        }
        // Notices from merging two people's work: a blocking one is a problem until it is dealt with,
        // the others are shown until someone resolves them.
        for (_, stored) in contents.dossiers.sorted(by: { $0.key < $1.key }) {
            let d = stored.dossier
            for notice in d.openNotices {
                let text = Message.notice(notice, in: d).text(workspace.language) + " [\(d.shortID(ofNotice: notice.id))]"
                if notice.blocking { problems.append(text) } else { Output.warning(text) }
            }
        }
        let sessions = contents.dossiers.values.reduce(0) { $0 + $1.dossier.sessions.count }
        let l = workspace.language
        if problems.isEmpty {
            try Output.write(Message.command(.checkAllWell(dossiers: contents.dossiers.count, sessions: sessions, folder: workspace.folder.path), l) + "\n")
        } else {
            throw CommandFailure.usage(problems.joined(separator: "\n") + "\n" + Message.command(.checkProblems(problems.count), l))
        }
    }
}
