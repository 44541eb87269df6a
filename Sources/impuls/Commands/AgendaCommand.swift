import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsStore

/// `impuls agenda`: what the interface's agenda (`g`) shows — open follow-ups, project dates and
/// blocking notices, overdue first, then this week, then later — as text, JSON, CSV or an
/// iCalendar file for the adviser's calendar.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda", abstract: .words(.agendaAbstract),
        discussion: .words(.agendaDiscussion))

    @OptionGroup var global: GlobalOptions
    @Option(help: .words(.agendaRegion)) var region: String?
    @Option(help: .words(.agendaFormat)) var format: AgendaFormat = .text
    @Option(help: .words(.agendaOutput)) var output: String?

    enum AgendaFormat: String, ExpressibleByArgument, CaseIterable { case text, json, csv, ics }

    func run() throws {
        let workspace = try Workspace(global, readOnly: true)
        let (l, today) = (workspace.language, workspace.today)
        let contents = workspace.folder.loadAll(progress: Progress.report(Message.command(.readingDossiers, l)))
        for issue in contents.issues { Output.warning(Message.fileIssue(issue).text(l)) }
        let regions = try self.regions(workspace.config)
        let items = Agenda.items(of: AgendaCommand.municipalities(in: regions), dossiers: contents.dossiers.mapValues(\.dossier), today: today) {
            Message.notice($0, in: $1).text(l)
        }
        let bytes: [UInt8]
        switch format {
        case .text:
            if items.isEmpty { bytes = Array((Message.command(.agendaEmpty, l) + "\n").utf8); break }
            bytes = Array(AgendaCommand.table(items, today: today, forCSV: false, language: l)
                .render(.table, language: l, width: output == nil ? TerminalWidth.forTables(wide: false) : nil).utf8)
        case .csv: bytes = Array(AgendaCommand.table(items, today: today, forCSV: true, language: l).render(.csv, language: l).utf8)
        case .json: bytes = AgendaJSON.encode(items, today: today)
        case .ics: bytes = AgendaCalendar.file(items, regions: regions, today: today, language: l)
        }
        guard let output else {
            // The calendar escapes its own text and its lines end in CRLF: written as it is.
            return format == .ics ? try Output.write(bytes: bytes) : try Output.write(String(decoding: bytes, as: UTF8.self))
        }
        let path = try GlobalOptions.userPath(output)
        // Only a regular file (or nothing) is replaced, whole: never a device, pipe, link or folder.
        do {
            if let unconfirmed = try OutputFile.write(bytes, to: path) { Output.warning(Message.savedUnconfirmed(unconfirmed).text(l)) }
        } catch {
            throw CommandFailure.usage(Message.fileIssue(error).text(l))
        }
        let written = format == .ics ? AgendaCalendar.events(items, language: l).count : items.count
        try Output.write(Message.command(.agendaWritten(items: written, file: output.escapingControlCharacters), l) + "\n")
    }

    /// `--region`, else an adviser's configured regions; empty: all of the Netherlands (a team
    /// lead, or an adviser without regions), as the interface's agenda starts.
    func regions(_ config: Config) throws -> [Region] {
        if let region { return [try config.requireRegion(region)] }
        return config.role == .adviser ? config.workingRegions : []
    }

    /// The municipalities of `regions` (all without one), former ones included: their dossiers
    /// stay readable and may have something due.
    static func municipalities(in regions: [Region]) -> [Municipality] {
        let all = ReferenceData.shared.current + ReferenceData.shared.former
        return regions.isEmpty ? all : all.filter { m in regions.contains { $0.contains(m) } }
    }

    /// The items as rows: when, date, municipality, what — in CSV with the municipality's code
    /// and the kind in columns of their own and the text as stored; as text the kind before the
    /// text, as the view shows it.
    static func table(_ items: [AgendaItem], today: CalendarDay, forCSV: Bool, language l: Language) -> Tabular {
        let columns: [CSVColumn] = forCSV ? [.when, .date, .code, .municipality, .kind, .what] : [.when, .date, .municipality, .what]
        var table = Tabular(columns: columns.map { ($0.rawValue, Message.csvHeader($0, l), false) })
        table.keyColumns = 2
        for item in items {
            var row: [Tabular.Value] = [.text(Message.agendaWhen(item.when(today: today)).text(l)), .text(item.day.description)]
            if forCSV {
                row += [.text(item.municipality.code.rawValue), .text(item.municipality.name), .text(Message.agendaKind(item.kind).text(l)), .text(item.text)]
            } else {
                row += [.text(item.municipality.name), .text(Message.agendaWhat(item.kind, text: item.text).text(l))]
            }
            table.rows.append(row)
        }
        return table
    }
}
