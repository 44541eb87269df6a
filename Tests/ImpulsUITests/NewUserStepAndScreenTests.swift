import Testing
import ImpulsCore
import ImpulsText
@testable import ImpulsUI

/// Issue #29: the step dialog says every reason and opens help on `?`; the tool's own defaults
/// keep its rules, and a step outside the planned period is warned about; nothing a user needs
/// is cut at 80×24 or 40×12; `u` in the agenda does what help says.
@Suite struct NewUserStepAndScreenTests {
    let code = MunicipalityCode("GM0080")!

    func form(_ s: AppState) -> Form? { if case .form(let f)? = s.stack.last { return f } else { return nil } }

    /// Leeuwarden with an application in `status`, planned for November–December, its dossier open.
    func leeuwarden(_ status: ApplicationStatus = .submitted, language: Language = .nl) throws -> AppState {
        let context = ChangeContext(rules: .scheme, today: today, actor: "Anne de Vries")
        var d = try Dossier(code: code).addingApplication(
            Application(id: "e94f0641", title: "Wijkgericht werken", actionLines: ["wijkteams"], team: .zorgVeiligheid,
                        requested: Cents(euros: 9_500), plannedStart: CalendarDay(parsing: "2023-11-01")!,
                        plannedEnd: CalendarDay(parsing: "2023-12-31")!), context: context)
        let path: [ApplicationStatus] = [.submitted, .approved, .running]
        for step in path.prefix(through: path.firstIndex(of: status)!) {
            d = try d.advancingApplication(to: step, input: StepInput(granted: Cents(euros: 9_000)),
                                           context: context)
        }
        var s = AppState(columns: 80, rows: 24, language: language,
                         caseload: Caseload(dossiers: [code: d], today: today, actor: "Anne de Vries"), regions: [nil])
        s.stack = [.dossier(DossierFeature.State(code))]
        return s
    }

    @Test(arguments: Language.allCases) func aGrantAboveBothTheMaximumAndTheRequestSaysBoth(language: Language) throws {
        var s = try leeuwarden(language: language)
        _ = press(.character("s"), .enter, .control("u"), to: &s)   // approve; the amount emptied
        type("12000", into: &s)
        let error = try #require(form(s)?.error(StepField.granted))
        #expect(error.contains("10.000") || error.contains("10,000"), "\(error)")
        #expect(error.contains("9.500") || error.contains("9,500"), "\(error)")
        #expect(!press(.enter, to: &s).hasSave)
    }

    @Test(arguments: Language.allCases) func at40x12BothReasonsForAGrantAboveBothShow(language: Language) throws {
        var s = try leeuwarden(language: language)
        _ = press(.resize(columns: 40, rows: 12), to: &s)
        _ = press(.character("s"), .enter, .control("u"), to: &s)
        type("12000", into: &s)
        let screen = Render.screen(s).text
        let error = try #require(form(s)?.error(StepField.granted))
        // The whole error, wrapped, stands on screen: its last words included.
        let lastWords = error.split(separator: " ").suffix(2).joined(separator: " ")
        #expect(screen.replacingOccurrences(of: "\n ", with: " ").contains(lastWords), "\(screen)")
    }

    @Test func questionMarkOpensHelpAtTheStepInTheDialog() throws {
        var s = try leeuwarden(.running)
        _ = press(.character("s"), to: &s)
        #expect(s.view == .stepChooser)
        _ = press(.enter, to: &s)                                   // complete: starts in the end date
        _ = press(.character("?"), to: &s)
        #expect(s.view == .help)
        #expect(Render.screen(s).line(1).trimmingSpaces == Message.helpHeading(.step).text(.nl))
        _ = press(.escape, to: &s)
        #expect(s.view == .form)
        #expect(form(s)?[StepField.date] == "2023-10-16", "`?` was not typed")
        // In a note with text in it, `?` is a question mark.
        _ = press(.tab, .tab, to: &s)
        type("Klaar?", into: &s)
        #expect(form(s)?[StepField.note] == "Klaar?")
    }

    @Test(arguments: Language.allCases) func completingBeforeThePlannedStartIsWarnedButAllowed(language: Language) throws {
        var s = try leeuwarden(.running, language: language)
        _ = press(.character("s"), .enter, to: &s)                  // complete on 2023-10-16, planned from 2023-11-01
        let warning = try #require(form(s)?.warnings[StepField.date.id])
        #expect(warning == Message.reason(.stepBeforePlannedStart(.completed, date: today, plannedStart: CalendarDay(parsing: "2023-11-01")!))
            .text(language))
        #expect(Render.screen(s).text.contains(String(warning.prefix(30))))
        #expect(press(.enter, to: &s).hasSave, "a warning, not a refusal")
    }

    @Test func aNewApplicationInOctober2023EndsByTheClosingDate() throws {
        var s = fixtureState()
        selectRow(named: "Harlingen", in: &s)
        _ = press(.enter, .character("a"), to: &s)
        let f = try #require(form(s))
        let end = try #require(CalendarDay(parsing: f[ApplicationField.end]))
        #expect(end <= Rules.scheme.closingDate)
        #expect(f.warnings.isEmpty, "the prefilled dates break no rule: \(f.warnings)")
        #expect(f.errors[ApplicationField.end.id] == nil)
    }

    @Test func uInTheAgendaTakesBackItsLastTickOff() throws {
        var s = fixtureState()
        s.caseload.actor = "Anne de Vries"   // undo takes back one's own changes
        _ = press(.character("g"), to: &s)
        let index = try #require(s.agenda.firstIndex { $0.kind == .followUp })
        let item = s.agenda[index]
        for _ in 0..<index { _ = press(.down, to: &s) }
        _ = press(.character("x"), to: &s)
        _ = Update.apply(.saved(item.municipality.code), to: &s)   // the run loop's answer
        #expect(!s.agenda.contains { $0.record == item.record }, "ticked off")
        #expect(s.message?.contains("u zet het terug") == true)
        let effects = press(.character("u"), to: &s)
        #expect(effects.hasSave)
        _ = Update.apply(.saved(item.municipality.code), to: &s)
        #expect(s.agenda.contains { $0.record == item.record }, "open again")
        #expect(s.message?.hasPrefix("Ongedaan") == true, "\(s.message ?? "")")
        _ = press(.character("u"), to: &s)
        #expect(s.message == Message.ui(.nothingTickedHere).text(.nl))
    }

    @Test(arguments: [(80, 24), (40, 12)]) func aReadOnlyHeaderKeepsTheViewsNameWhole(size: (Int, Int)) {
        var s = AppState(columns: size.0, rows: size.1, language: .nl, caseload: fixtureCaseload(), regions: [nil, fryslanRegion], readOnly: true)
        s.refresh()
        let header = Render.screen(s).line(0)
        #expect(header.contains("Heel Nederland"), "\(header)")
        #expect(header.contains(Message.readOnlyMarker.text(.nl)), "\(header)")
        #expect(!header.contains("…"), "\(header)")
    }

    @Test func theFiltersSnippetKeepsTheMatchedWordWhole() {
        var s = fixtureState()
        _ = press(.character("/"), to: &s)
        type("gegevens", into: &s)
        let screen = Render.screen(s).text
        #expect(screen.contains("gegevensdeling"), "\(screen)")
    }

    @Test(arguments: [(80, 24), (40, 12)]) func aFollowUpsSessionAndAContactReadWhole(size: (Int, Int)) {
        var s = fixtureState(columns: size.0, rows: size.1)
        selectRow(named: "Ameland", in: &s)
        _ = press(.enter, .backTab, to: &s)   // Follow-ups
        let screen = Render.screen(s).text
        #expect(!screen.contains("…"), "\(screen)")
        #expect(screen.contains("gesprek 20"), "\(screen)")
    }

    @Test(arguments: Language.allCases) func sessionKindsAndTheFollowUpsHeadingAreWholeAt40Columns(language: Language) {
        var s = fixtureState(columns: 40, rows: 12, language: language)
        #expect(Render.screen(s).line(1).contains(Message.columnFollowUps.text(language)), "\(Render.screen(s).line(1))")
        _ = press(.character("o"), .character("o"), .character("o"), to: &s)   // sorted by overdue: the mark too
        #expect(Render.screen(s).line(1).contains(Message.columnFollowUps.text(language) + " ▼"), "\(Render.screen(s).line(1))")
        selectRow(named: "Ameland", in: &s)
        _ = press(.enter, .tab, to: &s)   // Sessions
        let kinds = Set(SessionKind.allCases.map { Message.kind($0, language) })
        let dated = Render.screen(s).text.split(separator: "\n").filter { $0.hasPrefix(" 20") }
        #expect(!dated.isEmpty)
        for line in dated {
            #expect(kinds.contains(String(line.dropFirst(13)).trimmingSpaces), "\(line)")
        }
    }

    /// Help lists PgUp, PgDn, Home and End for the step chooser: each does something there.
    @Test func theStepChoosersPageKeysMoveAsHelpSays() throws {
        var s = try leeuwarden(.submitted)
        _ = press(.character("s"), to: &s)
        func selection() -> Int? { if case .stepChooser(let c)? = s.stack.last { c.selection } else { nil } }
        _ = press(.end, to: &s)
        #expect(selection() == 2)
        _ = press(.home, to: &s)
        #expect(selection() == 0)
        _ = press(.pageDown, to: &s)
        #expect(selection() == 2)
        _ = press(.pageUp, to: &s)
        #expect(selection() == 0)
    }
}
