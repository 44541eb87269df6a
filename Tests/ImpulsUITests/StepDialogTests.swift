import Testing
import ImpulsCore
@testable import ImpulsUI

/// Issue #14: the step dialog says what will happen; Enter or `y` confirms at once when nothing
/// more is needed, and a step that needs input starts in that field, where Enter confirms.
@Suite struct StepDialogTests {
    let code = MunicipalityCode("GM0080")!

    /// Leeuwarden with a draft application, its dossier open.
    func leeuwarden(language: Language = .nl, rules: Rules = .scheme) throws -> AppState {
        let context = ChangeContext(rules: .scheme, today: today, actor: "Anne de Vries")
        let d = try Dossier(code: code).addingApplication(
            Application(id: "e94f0641", title: "Wijkgericht werken", actionLines: ["wijkteams"], team: .zorgVeiligheid,
                        requested: Cents(euros: 9_500), plannedStart: CalendarDay(parsing: "2023-10-01")!,
                        plannedEnd: CalendarDay(parsing: "2023-12-31")!), context: context)
        var s = AppState(columns: 80, rows: 24, language: language,
                         caseload: Caseload(dossiers: [code: d], today: today, rules: rules, actor: "Anne de Vries"), regions: [nil])
        s.stack = [.dossier(DossierFeature.State(code))]
        return s
    }

    func form(_ s: AppState) -> Form? { if case .form(let f)? = s.stack.last { return f } else { return nil } }

    /// `s`, Enter, Enter: the dossier as saved, after the run loop says it was written.
    func sEnterEnter(_ s: inout AppState) throws -> Dossier {
        let effects = press(.character("s"), .enter, .enter, to: &s)
        guard case .save(let saved)? = effects.first(where: { if case .save = $0 { true } else { false } }) else {
            throw StepFailure(screen: Render.screen(s).text)
        }
        _ = Update.apply(.saved(code), to: &s)
        #expect(s.view == .dossier)
        return saved
    }

    struct StepFailure: Error { let screen: String }

    @Test func everyUsualStepIsSEnterEnter() throws {
        var s = try leeuwarden()
        var d = try sEnterEnter(&s)
        #expect(d.openApplication?.status == .submitted)
        #expect(d.openApplication?.stepDates[.submitted] == today)
        d = try sEnterEnter(&s)
        #expect(d.openApplication?.status == .approved)
        #expect(d.openApplication?.granted == Cents(euros: 9_500), "the granted amount starts as the requested one")
        d = try sEnterEnter(&s)
        #expect(d.openApplication?.status == .running)
        d = try sEnterEnter(&s)
        #expect(d.applications.last?.status == .completed)
        #expect(d.applications.last?.stepDates[.completed] == today, "the end date starts as the planned end, or today when that is later")
    }

    @Test func yConfirmsNAndEscCancelTabEntersTheFields() throws {
        var s = try leeuwarden()
        _ = press(.character("s"), .enter, to: &s)
        #expect(form(s)?.focusInFields == false, "submitting needs nothing more: the question first")
        #expect(!press(.character("n"), to: &s).hasSave)
        #expect(s.view == .dossier, "n cancels")
        _ = press(.character("s"), .enter, .escape, to: &s)
        #expect(s.view == .dossier, "Esc cancels")
        _ = press(.character("s"), .enter, .tab, to: &s)
        #expect(form(s)?.focusInFields == true)
        #expect(form(s)?.focused == StepField.date.id)
        _ = press(.tab, to: &s)
        type("yes, on time", into: &s)
        #expect(form(s)?[StepField.note] == "yes, on time", "in a field y is a letter")
        guard case .save(let saved)? = press(.enter, to: &s).first else { Issue.record("not saved"); return }
        #expect(saved.history.last?.note == "yes, on time")
        _ = Update.apply(.saved(code), to: &s)
        _ = press(.character("u"), to: &s)
        _ = Update.apply(.saved(code), to: &s)
        guard case .save(let again)? = press(.character("s"), .enter, .character("y"), to: &s).first else { Issue.record("y did not confirm"); return }
        #expect(again.openApplication?.status == .submitted)
    }

    @Test func aNoteIsAskedForBesideItsFieldInWords() throws {
        for language in Language.allCases {
            var s = try leeuwarden(language: language)
            _ = press(.character("s"), .down, .enter, to: &s)   // withdraw
            #expect(form(s)?.focused == StepField.note.id)
            #expect(form(s)?.errors.isEmpty == true, "nothing said before anything is tried")
            #expect(!press(.enter, to: &s).hasSave)
            let error = try #require(form(s)?.error(StepField.note))
            #expect(!error.contains("--"), "\(error)")
            #expect(error.contains(language == .nl ? "intrekken vraagt een toelichting" : "a note is needed to withdraw"))
            assertGolden("step-withdraw-note-80x24-\(language.rawValue)", Render.screen(s))
            type("Gemeente ziet ervan af", into: &s)
            #expect(form(s)?.error(StepField.note) == nil)
            guard case .save(let saved)? = press(.enter, to: &s).first else { Issue.record("not saved"); return }
            #expect(saved.applications.last?.status == .withdrawn)
        }
    }

    @Test func theDialogSaysWhatWillHappen() throws {
        for language in Language.allCases {
            var s = try leeuwarden(language: language)
            _ = press(.character("s"), to: &s)
            assertGolden("step-chooser-80x24-\(language.rawValue)", Render.screen(s))
            _ = press(.enter, to: &s)
            let screen = Render.screen(s).text
            // Too long for one line: what will happen, then the keys on a line of their own (no dangling dash).
            let said = language == .nl
                ? ["Indienen op 2023-10-16", "Enter/y bevestigen · n/Esc annuleren · Tab datum of toelichting · ? hulp"]
                : ["Submit on 2023-10-16", "Enter/y confirm · n/Esc cancel · Tab date or note · ? help"]
            let lines = screen.split(separator: "\n").map { $0.trimmingSpaces }
            #expect(lines.contains(said[0]) && lines.contains(said[1]), "\(screen)")
            #expect(!lines.contains { $0.hasSuffix("—") }, "\(screen)")
            assertGolden("step-submit-80x24-\(language.rawValue)", Render.screen(s))
            _ = try sEnterEnter(&s)  // submitted
            _ = press(.character("s"), .enter, to: &s)
            #expect(form(s)?.focused == StepField.granted.id)
            #expect(form(s)?[StepField.granted] == "9.500,00")
            assertGolden("step-approve-80x24-\(language.rawValue)", Render.screen(s))
        }
    }

    @Test func theRulesRefuseBesideTheFieldOrUnderTheDialogAtOnce() throws {
        var rules = Rules.scheme
        rules.maximumAmount = Cents(euros: 5_000)
        var s = try leeuwarden(rules: rules)
        _ = press(.character("s"), .enter, to: &s)
        #expect(form(s)?.refusal.contains { $0.contains("€ 5.000,00") } == true, "a step the rules refuse says why before Enter")
        #expect(!press(.enter, to: &s).hasSave)
        s = try leeuwarden()
        _ = press(.character("s"), .enter, .tab, .control("u"), to: &s)
        type("2023-10-20", into: &s)
        #expect(form(s)?.error(StepField.date)?.contains("2023-10-20") == true, "a date after today, beside the date")
        #expect(Render.screen(s).text.contains("Indienen op 2023-10-20"))
        #expect(!press(.enter, to: &s).hasSave)
        _ = press(.control("u"), .character("t"), to: &s)
        #expect(form(s)?.errors.isEmpty == true)
        #expect(press(.enter, to: &s).hasSave)
        _ = Update.apply(.saved(code), to: &s)
        _ = press(.character("s"), .enter, .control("u"), to: &s)
        type("12.000", into: &s)
        #expect(form(s)?.error(StepField.granted)?.contains("€ 12.000,00") == true)
        _ = press(.control("u"), to: &s)
        #expect(!press(.enter, to: &s).hasSave)
        #expect(form(s)?.error(StepField.granted)?.contains("toegekende bedrag") == true)
    }

    @Test func aConflictKeepsTheDialogAndEnterTriesAgain() throws {
        var s = try leeuwarden()
        _ = press(.character("s"), .down, .enter, to: &s)
        type("Afgezien", into: &s)
        _ = press(.enter, to: &s)
        let onDisk = try #require(try leeuwarden().caseload.dossiers[code])
        _ = Update.apply(.saveFailed(code, error: .conflict(file: "dossiers/\(code.rawValue).json"), current: onDisk), to: &s)
        #expect(form(s)?[StepField.note] == "Afgezien")
        #expect(form(s)?.saving == false)
        guard case .save(let again)? = press(.enter, to: &s).first else { Issue.record("no retry"); return }
        #expect(again.applications.last?.status == .withdrawn)
    }
}
