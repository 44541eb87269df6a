import Testing
import ImpulsCore
import ImpulsText
@testable import ImpulsUI

/// Several folders read together with one municipality in two of them, its copies different: the
/// region view marks it, the dossier names both folders and what differs, and the dashboard
/// counts every copy, as `impuls status` does.
@Suite struct DoubledDossierTests {
    /// Bert's folder first, with an Achtkarspelen of his own (no session yet); Anne's folder holds
    /// the fixture, where Achtkarspelen has had a session.
    func doubledState(columns: Int = 220, rows: Int = 40, language: Language = .nl) throws -> AppState {
        let bert = Dossier(code: FixtureDossiers.code("GM0059"), adviser: "Bert")
        let read = [(folder: "/team/bert", dossier: bert)] + (try FixtureDossiers.all()).map { (folder: "/team/anne", dossier: $0) }
        let (shown, doubled) = DoubledDossier.combine(read)
        var caseload = Caseload(dossiers: shown, today: today)
        caseload.doubled = doubled
        return AppState(columns: columns, rows: rows, language: language, caseload: caseload, regions: [fryslanRegion, groningenRegion], readOnly: true)
    }

    @Test func theDashboardCountsEveryCopyAsStatusDoes() throws {
        var s = try doubledState()
        _ = press(.character("D"), to: &s)
        let report = try #require(s.report)
        // What `status` makes of the same two folders: each folder's dossiers' figures, all of them.
        let figures = ([Dossier(code: FixtureDossiers.code("GM0059"), adviser: "Bert")] + (try FixtureDossiers.all()))
            .map { DossierFigures($0, today: today) }
        let status = StatusReport.make(figures: figures, regions: [fryslanRegion, groningenRegion], rules: s.caseload.rules)
        #expect(report == status)
        #expect(report.duplicates == [FixtureDossiers.code("GM0059")])
        #expect(report.regions[0].reached.contains(FixtureDossiers.code("GM0059")), "reached in Anne's copy, though Bert's is shown")
        let screen = Render.screen(s).text
        #expect(screen.contains(Message.reportReached.text(.nl) + " \(status.regions[0].reached.count)"))
    }

    @Test(arguments: Language.allCases)
    func theRowIsMarkedAndTheDossierSaysWhereAndWhatDiffers(language: Language) throws {
        var s = try doubledState(language: language)
        let row = try #require(s.home.rows.first { $0.municipality.name == "Achtkarspelen" })
        #expect(row.copies == 2)
        #expect(s.home.rows.filter { $0.copies != nil }.count == 1)
        #expect(Render.screen(s).text.contains("Achtkarspelen ×2"))
        selectRow(named: "Achtkarspelen", in: &s)
        _ = press(.enter, to: &s)
        let screen = Render.screen(s).text
        let anne = try FixtureDossiers.achtkarspelen()
        let line = Message.doubledDossier(folders: ["/team/bert", "/team/anne"], differences: [
            .adviser(["Bert", anne.adviser]), .sessions([0, anne.sessions.count]), .applications([0, anne.applications.count]),
            .openFollowUps([0, anne.openFollowUps.count])]).text(language)
        #expect(screen.contains("⚠ " + line), "\(screen)")
        #expect(screen.contains(language == .nl ? "Getoond: /team/bert" : "Shown: /team/bert"))
    }
}
