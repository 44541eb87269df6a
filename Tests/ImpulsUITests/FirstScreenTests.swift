import Testing
import ImpulsCore
@testable import ImpulsUI

/// The interface draws its first screen from each dossier's figures (read quicker than the
/// dossiers), then reads the dossiers whole: both must draw the same screen.
@Suite struct FirstScreenTests {
    /// The state the dossiers give, and the one their figures give (no dossier in its caseload).
    private func states(_ caseload: Caseload, regions: [Region?], regionIndex: Int, columns: Int, rows: Int,
                        language: Language) -> (whole: AppState, figures: AppState) {
        var whole = AppState(columns: columns, rows: rows, language: language, caseload: caseload, regions: regions)
        var hollow = caseload
        hollow.dossiers = [:]
        var figures = AppState(columns: columns, rows: rows, language: language, caseload: hollow, regions: regions)
        whole.regionIndex = regionIndex
        whole.refresh()
        figures.regionIndex = regionIndex
        figures.showRows(from: caseload.dossiers.mapValues { DossierFigures.Row($0, today: caseload.today) })
        return (whole, figures)
    }

    @Test(arguments: [Language.nl, .en])
    func theFiguresDrawTheScreenTheDossiersDraw(language: Language) {
        let caseload = fixtureCaseload()
        let regions: [Region?] = [fryslanRegion, groningenRegion, nil]
        for regionIndex in regions.indices {
            for (columns, rows) in [(80, 24), (40, 12), (120, 40)] {
                let (whole, figures) = states(caseload, regions: regions, regionIndex: regionIndex, columns: columns, rows: rows, language: language)
                #expect(figures.home.rows == whole.home.rows, "region \(regionIndex) at \(columns)×\(rows)")
                #expect(Render.screen(figures).text == Render.screen(whole).text, "region \(regionIndex) at \(columns)×\(rows)")
            }
        }
    }

    /// A former municipality appears in the list only with a dossier file; the figures say so too.
    @Test func aFormerMunicipalityWithADossierIsListedFromItsFigures() throws {
        var caseload = fixtureCaseload()
        let weesp = try #require(ReferenceData.shared.former.first { $0.name == "Weesp" })
        caseload.dossiers[weesp.code] = Dossier(code: weesp.code, adviser: "Anne")
        let (whole, figures) = states(caseload, regions: [nil], regionIndex: 0, columns: 80, rows: 24, language: .nl)
        #expect(whole.home.rows.contains { $0.municipality.code == weesp.code })
        #expect(figures.home.rows == whole.home.rows)
    }
}
