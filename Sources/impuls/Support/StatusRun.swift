import ImpulsCore
import ImpulsText
import ImpulsStore

/// What `status` and `report` share: the config, today, the folders read together (their
/// problems and duplicates said on stderr), the regions asked for, and the one status report
/// made from them.
struct StatusRun {
    let config: Config
    let today: CalendarDay
    let folders: [String]
    let caseload: CombinedCaseload<DossierFigures>
    let regions: [Region]
    let report: StatusReport

    /// `region`: only that one; `all`: every defined region; neither: the configured regions
    /// (all when none are configured).
    init(_ global: GlobalOptions, region: String?, all: Bool) throws {
        config = try global.loadConfig()
        today = try Clock.today(language: config.language)
        let l = config.language
        folders = try global.dataFolders(config)
        let today = today
        // The folder's summary spares reading unchanged files; only the one folder worked in, and
        // not under --read-only, has it written (several folders read together are only read).
        let summary: DataFolder.SummaryUse = folders.count == 1 && !global.readOnly ? .write : .readOnly
        // Each file's records are let go once its figures are taken: memory stays near one file a core.
        caseload = try CombinedCaseload(folders: folders, language: l) { folder, progress in
            folder.loadFigures(today: today, progress: progress, summary: summary)
        }
        for issue in caseload.issues { Output.warning(Message.fileIssue(issue).text(l)) }
        for (code, folders) in caseload.duplicates.sorted(by: { $0.key < $1.key }) {
            Output.warning(Message.duplicateDossier(ReferenceData.shared.municipality(code)?.name ?? code.rawValue, folders: folders).text(l))
        }
        if let region { regions = [try config.requireRegion(region)] }
        else if all || config.workingRegions.isEmpty { regions = config.regionDefinitions }
        else { regions = config.workingRegions }
        report = StatusReport.make(figures: caseload.dossiers.map(\.value), regions: regions, rules: config.rules)
    }
}
