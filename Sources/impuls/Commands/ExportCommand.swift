import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsStore

/// `impuls export`: everything (or one region) as JSON, which `impuls import` reads back, or as CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: .words(.exportAbstract))

    @OptionGroup var global: GlobalOptions
    @Option(help: .words(.exportFormat)) var format: ExportFormat = .json
    @Option(help: .words(.exportOutput)) var output: String?
    @Option(help: .words(.exportRegion)) var region: String?

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case json, csv }

    func run() throws {
        let workspace = try Workspace(global, readOnly: true)
        let contents = workspace.folder.loadAll(progress: Progress.report(Message.command(.readingDossiers, workspace.language)))
        for issue in contents.issues { Output.warning(Message.fileIssue(issue).text(workspace.language)) }
        var dossiers = contents.dossiers.values.map(\.dossier).sorted { $0.code < $1.code }
        if let region {
            let r = try workspace.config.requireRegion(region)
            dossiers = dossiers.filter { ReferenceData.shared.municipality($0.code).map(r.contains) ?? false }
        }
        let bytes: [UInt8]
        Progress.step(Message.command(.writingExport, workspace.language))
        switch format {
        case .json:
            bytes = ExportFile.encode(dossiers, exported: workspace.today)
        case .csv:
            // Headers and statuses in the config's language (README: CSV columns).
            let columns: [CSVColumn] = [.code, .municipality, .adviser, .sessions, .lastContact, .openFollowUps, .application,
                                        .status, .requested, .granted, .plannedStart, .plannedEnd]
            var table = Tabular(columns: columns.map { ($0.rawValue, Message.csvHeader($0, workspace.language), false) })
            for d in dossiers {
                let name = ReferenceData.shared.municipality(d.code)?.name ?? ""
                let common: [Tabular.Value] = [.text(d.code.rawValue), .text(name), .text(d.adviser), .number(d.sessions.count),
                                               d.lastContact.map { .text($0.description) } ?? .none, .number(d.openFollowUps.count)]
                if d.applications.isEmpty { table.rows.append(common + Array(repeating: .none, count: 6)) }
                for a in d.applications {
                    table.rows.append(common + [.text(a.title), .text(Message.status(a.status, workspace.language)), .amount(a.requested), a.granted.map { .amount($0) } ?? .none,
                                                .text(a.plannedStart.description), .text(a.plannedEnd.description)])
                }
            }
            bytes = Array(table.render(.csv, language: workspace.language).utf8)
        }
        if let output {
            let path = try GlobalOptions.userPath(output)
            // Only a regular file (or nothing) is replaced: never a device, pipe, link or folder.
            do {
                if let unconfirmed = try OutputFile.write(bytes, to: path) {
                    Output.warning(Message.savedUnconfirmed(unconfirmed).text(workspace.language))
                }
            } catch {
                throw CommandFailure.usage(Message.fileIssue(error).text(workspace.language))
            }
            let applications = dossiers.reduce(0) { $0 + $1.applications.count }
            try Output.write(Message.command(.exportWritten(dossiers: dossiers.count, applications: applications, file: output.escapingControlCharacters), workspace.language) + "\n")
        } else {
            try Output.write(String(decoding: bytes, as: UTF8.self))
        }
    }
}
