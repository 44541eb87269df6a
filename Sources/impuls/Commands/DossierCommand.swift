import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsStore

/// `impuls dossier show`: everything about one municipality; `impuls dossier resolve` is
/// `impuls notice resolve` under its older name.
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dossier", abstract: .words(.dossierAbstract),
                                                    subcommands: [Show.self, NoticeCommand.Resolve.self], defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: .words(.dossierShowAbstract))

        @OptionGroup var target: MunicipalityOptions
        @Option(help: .words(.formatTextOrJSON))
        var format: DossierFormatOption = .text

        func run() throws {
            let (workspace, m) = try target.open(readOnly: true)
            let stored = try workspace.stored(m.code)
            let dossier = stored.dossier
            switch format {
            case .json: try Output.write(String(decoding: DossierFormat.encode(dossier), as: UTF8.self))
            case .text: try Output.write(DossierText.render(dossier, exists: stored.revision != nil, municipality: m, workspace: workspace))
            }
        }
    }

    enum DossierFormatOption: String, ExpressibleByArgument, CaseIterable { case text, json }
}

/// A dossier as readable text for the terminal: names and labels, never ids (those are in
/// `--format json`), every heading from the catalog.
enum DossierText {
    static func render(_ d: Dossier, exists: Bool, municipality m: Municipality, workspace: Workspace) -> String {
        let l = workspace.language
        func say(_ text: CommandText) -> String { Message.command(text, l) }
        var out = "\(m.name) (\(m.code.rawValue)) — \(say(.dossierProvince)) \(m.province), \(say(.dossierSafetyRegion)) \(m.safetyRegion)\n"
        if let successor = m.mergedInto, let on = m.mergedOn {
            out += Message.formerMunicipality(successor: ReferenceData.shared.municipality(successor)?.name ?? successor.rawValue, on: on.description).text(l) + "\n"
        }
        if !exists { return out + say(.dossierNoDossier) + "\n" }
        if !d.adviser.isEmpty { out += say(.dossierAdviser) + ": " + d.adviser + (d.team.map { " (\(say(.dossierTeam)) \(Message.teamLabel($0)))" } ?? "") + "\n" }
        if !d.notes.isEmpty { out += say(.dossierNotes) + ": " + d.notes + "\n" }
        if !d.openNotices.isEmpty {
            out += "\n" + say(.dossierNoticesHeading) + "\n"
            for line in notices(d.openNotices, of: d, l) { out += line + "\n" }
        }
        if !d.contacts.isEmpty {
            out += "\n" + say(.dossierContacts) + "\n"
            for c in d.contacts { out += "  " + [c.name, c.role, c.email, c.phone].filter { !$0.isEmpty }.joined(separator: " · ") + "\n" }
        }
        let rules = workspace.config.rules
        func lines(_ ids: [String]) -> String { ids.map { rules.actionLine($0)?.label ?? $0 }.joined(separator: ", ") }
        out += "\n" + say(.dossierApplications) + "\n"
        if d.applications.isEmpty { out += "  " + say(.dossierNone) + "\n" }
        for a in d.applications {
            out += "  [\(Message.status(a.status, l))] \(a.title) — \(a.requested.formattedExact(l))"
            if let granted = a.granted { out += ", " + say(.dossierGranted) + " " + granted.formattedExact(l) }
            out += "; \(a.plannedStart) → \(a.plannedEnd)\n"
            if !a.actionLines.isEmpty { out += "      " + say(.dossierActionLines) + ": " + lines(a.actionLines) + "\n" }
            out += "      " + say(.dossierTeam).lowercased() + ": " + Message.teamLabel(a.team) + "\n"
            if !a.activities.isEmpty { out += "      " + say(.dossierActivities) + ": " + a.activities.replacingNewlines(with: "\n        ") + "\n" }
            for status in ApplicationStatus.allCases { if let day = a.stepDates[status] { out += "      \(day)  \(Message.status(status, l))\n" } }
            if let outcome = a.outcome { out += "      " + say(.dossierOutcome) + ": " + outcome + "\n" }
        }
        out += "\n" + say(.dossierSessions) + " (\(d.sessions.count))\n"
        for s in d.sessions.sorted(by: { ($0.date, $0.id) > ($1.date, $1.id) }) {
            out += "  \(s.date)  \(Message.kind(s.kind, l))" + (s.minutes.map { " (\($0) min)" } ?? "") + "  " + s.summary.replacingNewlines(with: "\n      ") + "\n"
            for f in s.followUps { out += "      [\(f.done ? "x" : " ")] \(f.due)  \(f.text)\n" }
        }
        let overdue = d.overdueFollowUps(today: workspace.today)
        if !overdue.isEmpty { out += "\n" + say(.dossierOverdue) + ": " + Message.count(overdue.count, .followUp).text(l) + "\n" }
        out += "\n" + say(.dossierHistory) + "\n"
        // Each change as a sentence, with when and who; ids only in --format json.
        for (h, words) in Message.historyInWords(d, l) { out += "  \(h.on)  \(Message.author(h.by).text(l))  \(words)\n" }
        if workspace.config.adviser.trimmingSpaces.isEmpty, d.history.contains(where: { Message.isUnknownAuthor($0.by) }) {
            out += "\n" + Message.unknownAuthorHint.text(l) + "\n"
        }
        return out
    }

    /// Notices a line each, after the start of their id that `dossier resolve` takes.
    static func notices(_ notices: [Notice], of d: Dossier, _ l: Language) -> [String] {
        notices.map { "  [\(d.shortID(ofNotice: $0.id))] " + Message.notice($0, in: d).text(l) }
    }
}
