import Testing
import ImpulsCore
@testable import ImpulsUI

/// Issue #14: the application's history in the dossier view reads as sentences, with who and
/// when, "onbekend" and one hint when no adviser is set, and no ids or raw amounts.
@Suite struct HistoryScreenTests {
    func applicationScreen(actor: String, language: Language, columns: Int = 80) throws -> String {
        let code = MunicipalityCode("GM0080")!
        let context = ChangeContext(rules: .scheme, today: today, actor: actor)
        var d = try Dossier(code: code).addingApplication(
            Application(id: "e94f0641", title: "Wijkgericht werken", actionLines: ["wijkteams"], team: .zorgVeiligheid,
                        requested: Cents(euros: 9_500), plannedStart: CalendarDay(parsing: "2023-11-01")!,
                        plannedEnd: CalendarDay(parsing: "2024-01-31")!), context: context)
        d = try d.advancingApplication(to: .submitted, input: StepInput(), context: context)
        d = try d.advancingApplication(to: .rejected, input: StepInput(note: "Past niet binnen de actielijnen van dit jaar, zie het verslag van het overleg"), context: context)
        var s = AppState(columns: columns, rows: 24, language: language,
                         caseload: Caseload(dossiers: [code: d], today: today, actor: actor), regions: [nil])
        s.stack = [.dossier(DossierFeature.State(code, section: .application))]
        return Render.screen(s).text
    }

    @Test func sentencesWithWhoAndWhen() throws {
        let nl = try applicationScreen(actor: "Anne de Vries", language: .nl)
        #expect(nl.contains("2023-10-16  Anne de Vries  Aanvraag aangemaakt, € 9.500"))
        #expect(nl.contains("2023-10-16  Anne de Vries  Status: concept → ingediend"))
        #expect(nl.contains("2023-10-16  Anne de Vries  Status: ingediend → afgewezen, toelichting: Past\n"))
        #expect(nl.contains("\n                              verslag van het overleg\n"), "a long note wraps under the sentence instead of being cut")
        #expect(!nl.contains("e94f0641") && !nl.contains("9500.00") && !nl.contains("created") && !nl.contains("onbekend"))
        let en = try applicationScreen(actor: "Anne de Vries", language: .en)
        #expect(en.contains("Anne de Vries  Application created, €9,500"))
        #expect(en.contains("Anne de Vries  Status: submitted → rejected, note: Past niet"))
    }

    @Test func unknownAuthorAndOneHint() throws {
        for (language, who, hint) in [(Language.nl, "onbekend", "zet \"adviser\" in de"), (.en, "unknown", "put \"adviser\" in the")] {
            let text = try applicationScreen(actor: "?", language: language)
            #expect(text.contains("2023-10-16  \(who)  "), "\(text)")
            #expect(!text.contains("  ?  "))
            #expect(text.components(separatedBy: hint).count == 2, "the hint once: \(text)")
        }
    }
}
