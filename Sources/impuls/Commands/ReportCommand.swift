import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsReport
import ImpulsStore

/// `impuls report`: the status as one HTML file to send (charts, the municipalities behind every
/// figure, the date and the folders it was made from), from the same report as `status`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Write the status as one self-contained HTML file to send or print (charts, and the municipalities behind every figure).",
        discussion: """
        The figures are those of 'impuls status' and the dashboard: applications per status, budget requested and granted against the
        ceiling, municipalities reached and not reached, overdue work, each with the municipalities behind it; with the date and the data
        folders it was made from. The file needs no network and no scripts, and prints on A4. Several --data-dir are read together.
        """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this region.") var region: String?
    @Flag(help: "Every defined region (default: your configured regions, or all when none are configured).") var all = false
    @Option(help: ArgumentHelp("The HTML file to write (replaced whole; never a device, pipe, link or folder).", valueName: "file"),
            completion: .file(extensions: ["html"]))
    var output: String

    func run() throws {
        let run = try StatusRun(global, region: region, all: all)
        let l = run.config.language
        let scope: ReportText
        if let region = run.regions.first, self.region != nil { scope = .scopeRegion(region.name) }
        else if all || run.config.workingRegions.isEmpty { scope = .scopeAll }
        else { scope = .scopeRegions(run.regions.map(\.name)) }
        let page = StatusReportPage(report: run.report, singleRegion: region != nil, scope: scope, today: run.today, folders: run.folders,
                                    unreadableFiles: run.caseload.unreadable.count, version: Impuls.version, language: l)
        let path = try GlobalOptions.userPath(output)
        // Only a regular file (or nothing) is replaced: never a device, pipe, link or folder.
        do {
            if let unconfirmed = try OutputFile.write(Array(page.html().utf8), to: path) {
                Output.warning(Message.savedUnconfirmed(unconfirmed).text(l))
            }
        } catch {
            throw CommandFailure.usage(Message.fileIssue(error).text(l))
        }
        try Output.write(Message.report(.written(path), l) + "\n")
    }
}
