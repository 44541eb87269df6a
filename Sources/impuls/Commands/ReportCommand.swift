import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsReport
import ImpulsStore

/// `impuls report`: the status as one HTML file to send (charts, the municipalities behind every
/// figure, the date and the folders it was made from), from the same report as `status`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: .words(.reportAbstract),
        discussion: .words(.reportDiscussion))

    @OptionGroup var global: GlobalOptions
    @Option(help: .words(.onlyRegion)) var region: String?
    @Flag(help: .words(.allRegions)) var all = false
    @Option(help: .words(.reportOutput, valueName: "file"),
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
