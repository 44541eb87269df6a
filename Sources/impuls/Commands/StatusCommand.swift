import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsStore

/// `impuls status`: where each region stands, from one or several data folders.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: .words(.statusAbstract),
        discussion: .words(.statusDiscussion))

    @OptionGroup var global: GlobalOptions
    @Option(help: .words(.onlyRegion)) var region: String?
    @Flag(help: .words(.allRegions)) var all = false
    @Option(help: .words(.formatTable)) var format: TableFormat = .table
    @Flag(help: .words(.wideColumns)) var wide = false

    func run() throws {
        let run = try StatusRun(global, region: region, all: all)
        let (report, today, l) = (run.report, run.today, run.config.language)
        if format == .json {
            try Output.write(String(decoding: StatusJSON.encode(report, today: today), as: UTF8.self))
        } else {
            let rows = region == nil ? report.rows : report.regions
            let width = TerminalWidth.forTables(wide: wide)
            try Output.write(StatusTable.regions(rows, scope: report.totalScope, language: l).render(format, language: l, width: width))
            if format != .csv {
                try Output.write("\n" + StatusTable.advisers(rows.last ?? report.total, language: l)
                    .render(format, language: l, width: width))
            }
        }
    }
}

/// The report as rows and columns for table, CSV and Markdown.
enum StatusTable {
    static func regions(_ rows: [RegionStatus], scope: StatusReport.TotalScope, language l: Language) -> Tabular {
        var columns: [(key: String, heading: String, alignRight: Bool)] = [
            ("region", Message.columnRegion.text(l), false), ("municipalities", Message.columnMunicipalities.text(l), true),
            ("reached", Message.reportReached.text(l), true), ("notReached", Message.reportNotReached.text(l), true),
        ]
        for status in ApplicationStatus.allCases { columns.append((status.rawValue, Message.statusHeading(status).text(l), true)) }
        columns += [("requested", Message.reportRequestedAmount.text(l), true), ("granted", Message.reportGrantedAmount.text(l), true),
                    ("ceiling", Message.reportCeiling.text(l), true), ("grantedPercent", "%", true),
                    ("overdueFollowUps", Message.reportOverdueFollowUps.text(l), true), ("runningPastEnd", Message.reportPastEnd.text(l), true),
                    ("staleDrafts", Message.reportStaleDrafts.text(l), true), ("approvedNotStarted", Message.reportNotStarted.text(l), true),
                    ("openNotices", Message.reportNotices.text(l), true)]
        var table = Tabular(columns: columns)
        // Kept together when fitted to a terminal: reach, applications per status, budget, overdue work.
        table.groups = [0, 1, 1, 1] + ApplicationStatus.allCases.map { _ in 2 } + [3, 3, 3, 3, 4, 4, 4, 4, 4]
        for r in rows {
            let name: Tabular.Value = r.name.isEmpty ? .label(Message.reportTotal(scope).text(l), short: Message.report(.totalShort, l)) : .text(r.name)
            var row: [Tabular.Value] = [name, .number(r.municipalities.count),
                                        .number(r.reached.count), .number(r.notReached.count)]
            row += ApplicationStatus.allCases.map { .number(r.count($0)) }
            row += [.amount(r.requested), .amount(r.granted), .amount(r.ceiling), .permille(r.grantedPermille),
                    .number(r.overdueFollowUps.count), .number(r.runningPastEnd.count), .number(r.staleDrafts.count), .number(r.approvedNotStarted.count),
                    .number(r.openNotices.count)]
            table.rows.append(row)
        }
        return table
    }

    static func advisers(_ status: RegionStatus, language l: Language) -> Tabular {
        var table = Tabular(columns: [("adviser", Message.reportAdviser.text(l), false), ("municipalities", Message.columnMunicipalities.text(l), true),
                                      ("openApplications", Message.reportOpenApplications.text(l), true),
                                      ("sessions30", Message.reportSessions(30).text(l), true), ("sessions90", Message.reportSessions(90).text(l), true)])
        for a in status.advisers {
            table.rows.append([.text(a.name), .number(a.municipalities), .number(a.openApplications), .number(a.sessionsLast30Days), .number(a.sessionsLast90Days)])
        }
        return table
    }
}
