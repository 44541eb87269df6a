import Testing
import ImpulsCore
@testable import ImpulsUI

@Suite struct FormTests {
    func openAmeland(columns: Int = 80, rows: Int = 24, language: Language = .nl) -> AppState {
        var s = fixtureState(columns: columns, rows: rows, language: language)
        selectRow(named: "Ameland", in: &s)
        _ = press(.enter, to: &s)
        return s
    }

    var currentForm: (AppState) -> Form? {
        { state in if case .form(let form)? = state.stack.last { return form } else { return nil } }
    }

    @Test func newSessionOpensOnTheSummaryWithTodayAndSavesWithCtrlS() throws {
        var s = openAmeland()
        let before = s.caseload.dossiers[MunicipalityCode("GM0060")!]!.sessions.count
        _ = press(.character("n"), to: &s)
        let form = try #require(currentForm(s))
        #expect(form.focused == SessionField.summary.id)
        #expect(form[SessionField.date] == "2023-10-16")
        #expect(form[SessionField.kind] == "advies")
        type("Gebeld over de planning", into: &s)
        let effects = press(.control("s"), to: &s)
        guard case .save(let saved)? = effects.first else { Issue.record("no save effect"); return }
        #expect(saved.sessions.count == before + 1)
        #expect(saved.sessions.last?.summary == "Gebeld over de planning")
        #expect(s.caseload.dossiers[saved.code] == saved, "shown at once")
        #expect(currentForm(s)?.saving == true)
        _ = Update.apply(.saved(saved.code), to: &s)
        #expect(s.view == .dossier)
        #expect(s.message?.contains("Ameland") == true)
    }

    /// Enter in a field of several lines starts a new line (as help says), in the summary and in
    /// the follow-ups, one a line.
    @Test func enterStartsANewLineInTextOfSeveralLines() throws {
        var s = openAmeland()
        _ = press(.character("n"), to: &s)
        type("regel een", into: &s)
        _ = press(.enter, to: &s)
        type("regel twee", into: &s)
        var form = try #require(currentForm(s))
        #expect(form.focused == SessionField.summary.id)
        #expect(form[SessionField.summary] == "regel een\nregel twee")
        while currentForm(s)?.focused != SessionField.followUps.id, currentForm(s)?.focused != SessionField.date.id {
            _ = press(.tab, to: &s)
        }
        #expect(currentForm(s)?.focused == SessionField.followUps.id)
        type("2023-10-25 Offerte opvragen", into: &s)
        _ = press(.enter, to: &s)
        type("2023-10-30 Begroting nalopen", into: &s)
        form = try #require(currentForm(s))
        #expect(form[SessionField.followUps] == "2023-10-25 Offerte opvragen\n2023-10-30 Begroting nalopen")
        let effects = press(.control("s"), to: &s)
        guard case .save(let saved)? = effects.first else { Issue.record("no save effect"); return }
        #expect(saved.sessions.last?.followUps.map(\.text) == ["Offerte opvragen", "Begroting nalopen"])
    }

    @Test func fieldErrorsShowAsYouTypeAndBlockSaving() throws {
        var s = openAmeland()
        _ = press(.character("n"), .backTab, .backTab, to: &s)
        #expect(currentForm(s)?.focused == SessionField.date.id)
        _ = press(.control("u"), to: &s)
        type("2023-02-30", into: &s)
        #expect(currentForm(s)?.error(SessionField.date)?.contains("2023-02-30") == true)
        #expect(!press(.control("s"), to: &s).hasSave)
        _ = press(.control("u"), .character("t"), to: &s)
        #expect(currentForm(s)?[SessionField.date] == "2023-10-16")
        #expect(currentForm(s)?.error(SessionField.date) == nil)
        assertGolden("form-session-errors-80x24-nl", { () -> CellGrid in
            var t = s
            _ = press(.tab, .tab, .tab, .tab, .tab, to: &t)
            type("abc", into: &t)
            return Render.screen(t)
        }())
    }

    @Test func escAsksBeforeThrowingTextAway() {
        var s = openAmeland()
        _ = press(.character("n"), .escape, to: &s)
        #expect(s.view == .dossier, "nothing typed: closes at once")
        _ = press(.character("n"), to: &s)
        type("x", into: &s)
        _ = press(.escape, to: &s)
        #expect(currentForm(s)?.confirmingCancel == true)
        _ = press(.character("n"), to: &s)
        #expect(currentForm(s)?[SessionField.summary] == "x")
        _ = press(.escape, .character("y"), to: &s)
        #expect(s.view == .dossier)
    }

    @Test func anApplicationAboveTheMaximumIsRefusedBesideTheField() throws {
        var s = fixtureState()
        selectRow(named: "Harlingen", in: &s)
        _ = press(.enter, .character("a"), to: &s)
        type("Training privacy", into: &s)
        _ = press(.tab, to: &s)
        type("12.000", into: &s)
        #expect(currentForm(s)?.error(ApplicationField.amount)?.contains("€ 12.000,00") == true)
        assertGolden("form-application-errors-80x24-nl", Render.screen(s))
        _ = press(.control("u"), to: &s)
        type("9.500", into: &s)
        #expect(currentForm(s)?.errors.isEmpty == true)
        let refused = press(.control("s"), to: &s)
        #expect(!refused.hasSave)
        // Beside its field, in words of the interface, and the cursor goes there.
        #expect(currentForm(s)?.error(ApplicationField.actionLines)?.contains("actielijn") == true)
        #expect(currentForm(s)?.focused == ApplicationField.actionLines.id)
        #expect(currentForm(s)?.refusal.isEmpty == true)
        _ = press(.character(" "), to: &s)
        #expect(currentForm(s)?.error(ApplicationField.actionLines) == nil, "ticking one clears it as you type")
        guard case .save(let saved)? = press(.control("s"), to: &s).first else { Issue.record("not saved"); return }
        #expect(saved.applications.first?.requested == Cents(euros: 9_500))
        #expect(saved.applications.first?.status == .draft)
    }

    @Test func aSecondApplicationIsRefusedWithTheReason() {
        var s = openAmeland()
        _ = press(.character("a"), to: &s)
        #expect(s.view == .dossier)
        #expect(s.message?.contains("al een aanvraag") == true)
    }

    @Test func aStepIsChosenFilledConfirmedAndUndone() throws {
        var s = openAmeland()
        let code = MunicipalityCode("GM0060")!
        #expect(s.caseload.dossiers[code]?.openApplication?.status == .submitted)
        _ = press(.character("s"), to: &s)
        guard case .stepChooser(let chooser)? = s.stack.last, case let options = chooser.options else { Issue.record("no chooser"); return }
        #expect(options == [.approved, .rejected, .withdrawn])
        _ = press(.down, .enter, to: &s)   // rejected: needs a note, the cursor is in it
        #expect(currentForm(s)?.focused == StepField.note.id)
        #expect(!press(.enter, to: &s).hasSave)
        #expect(currentForm(s)?.error(StepField.note)?.contains("toelichting") == true)
        type("Past niet", into: &s)
        guard case .save(let saved)? = press(.enter, to: &s).first else { Issue.record("not saved"); return }
        #expect(saved.openApplication == nil)
        #expect(saved.applications.last?.status == .rejected)
        #expect(saved.history.last { $0.action == .transition }?.note == "Past niet")
        _ = Update.apply(.saved(code), to: &s)
        guard case .save(let undone)? = press(.character("u"), to: &s).first else { Issue.record("no undo"); return }
        #expect(undone.openApplication?.status == .submitted)
        #expect(undone.history.last?.undoes != nil, "the undo is recorded as a change of its own")
    }

    @Test func aConflictReloadsAndKeepsTheTypedText() {
        var s = openAmeland()
        let code = MunicipalityCode("GM0060")!
        _ = press(.character("n"), to: &s)
        type("Belangrijk gesprek", into: &s)
        _ = press(.control("s"), to: &s)
        var onDisk = s.caseload.dossiers[code]!
        onDisk.sessions.removeLast()
        onDisk.notes = "door een collega gewijzigd"
        _ = Update.apply(.saveFailed(code, error: .conflict(file: "dossiers/\(code.rawValue).json"), current: onDisk), to: &s)
        #expect(s.caseload.dossiers[code]?.notes == "door een collega gewijzigd")
        #expect(currentForm(s)?[SessionField.summary] == "Belangrijk gesprek")
        #expect(currentForm(s)?.saving == false)
        guard case .save(let again)? = press(.control("s"), to: &s).first else { Issue.record("no retry"); return }
        #expect(again.notes == "door een collega gewijzigd")
        #expect(again.sessions.last?.summary == "Belangrijk gesprek")
    }

    @Test func typingKeepsADraftThatRestoresTheForm() throws {
        var s = openAmeland()
        _ = press(.character("n"), to: &s)
        type("Half", into: &s)
        guard case .keepDraft(let kept?)? = press(.character("!"), to: &s).last else { Issue.record("no draft"); return }
        #expect(kept.texts["summary"] == "Half!")
        let restored = try #require(Forms.restore(kept, s.context))
        #expect(restored[SessionField.summary] == "Half!")
        #expect(restored.focused == SessionField.summary.id)
        #expect(press(.escape, .character("y"), to: &s).last == .keepDraft(nil), "cancelling drops the draft")
    }

    @Test func readOnlyRefusesEdits() {
        var s = openAmeland()
        s.readOnly = true
        #expect(press(.character("n"), to: &s).isEmpty)
        #expect(s.view == .dossier)
        #expect(s.message != nil)
    }

    @Test func editingKeys() {
        var field = TextField("hallo wereld")
        _ = field.apply(.control("a"))
        #expect(field.cursor == 0)
        _ = field.apply(.alt("f"))
        #expect(field.cursor == 5)
        _ = field.apply(.control("k"))
        #expect(field.value == "hallo")
        _ = field.apply(.control("w"))
        #expect(field.value == "")
        var multi = TextField("een\ntwee", multiline: true)
        _ = multi.apply(.up)
        #expect(multi.cursorLine == 0)
        _ = multi.apply(.enter)
        #expect(multi.lines.count == 3)
        _ = multi.apply(.backspace)
        _ = multi.apply(.delete)
        #expect(multi.value == "eentwee")
    }
}

@Suite struct RecordEditTests {
    func openSessions(of name: String) -> AppState {
        var s = fixtureState()
        selectRow(named: name, in: &s)
        _ = press(.enter, .tab, to: &s)
        return s
    }

    @Test func editTheSelectedSession() {
        var s = openSessions(of: "Ameland")
        let code = MunicipalityCode("GM0060")!
        let newest = DossierFeature.sessionsInOrder(s.caseload.dossiers[code]!)[0]
        _ = press(.character("e"), to: &s)
        guard case .form(let form)? = s.stack.last else { Issue.record("no form"); return }
        #expect(form[SessionField.summary] == newest.summary)
        _ = press(.control("u"), to: &s)
        type(" erbij", into: &s)
        guard case .save(let saved)? = press(.control("s"), to: &s).first else { Issue.record("not saved"); return }
        #expect(saved.sessions.first { $0.id == newest.id }?.summary.hasSuffix(" erbij") == true)
    }

    @Test func deleteAsksFirstAndUndoBringsItBack() {
        var s = openSessions(of: "Ameland")
        let code = MunicipalityCode("GM0060")!
        let count = s.caseload.dossiers[code]!.sessions.count
        _ = press(.character("d"), to: &s)
        #expect(s.view == .confirm)
        #expect(Render.screen(s).text.contains("Verwijderen?"))
        _ = press(.character("n"), to: &s)
        #expect(s.caseload.dossiers[code]!.sessions.count == count)
        _ = press(.character("d"), .character("y"), to: &s)
        #expect(s.caseload.dossiers[code]!.sessions.count == count - 1)
        _ = press(.character("u"), to: &s)
        #expect(s.caseload.dossiers[code]!.sessions.count == count)
    }

    /// An edit form becomes the record's typed fields: a date in either order as YYYY-MM-DD, an
    /// amount as the domain writes it; a date that does not exist refuses the edit.
    @Test func anEditFormIsTheRecordsTypedFields() throws {
        let code = MunicipalityCode("GM0060")!
        let application = Application(id: "a1", title: "Training", actionLines: ["privacy"], team: .opdrachtgeverschap,
                                      requested: Cents(euros: 9_500), plannedStart: CalendarDay(parsing: "2023-11-01")!,
                                      plannedEnd: CalendarDay(parsing: "2024-01-31")!)
        let dossier = try Dossier(code: code).addingApplication(application, context: ChangeContext(rules: .scheme, today: today, actor: "Anne"))
        let context = Context(caseload: Caseload(dossiers: [code: dossier], today: today, actor: "Anne"), language: .nl, readOnly: false,
                              team: .zorgVeiligheid, viewport: Viewport(columns: 80, rows: 24), changesThisRun: [],
                              derived: Derived(rows: [], agenda: [], report: nil), ids: SeededGenerator(seed: 1))
        var form = try #require(Forms.edit(code, kind: .application, id: "a1", dossier: dossier, context))
        let end = try #require(form.fields.firstIndex { $0.id == ApplicationField.end.id })
        form.fields[end].editor = TextField("28-02-2024", multiline: false)
        #expect(try RecordEdit(form, kind: .application, id: "a1") == .application(id: "a1", [
            .title: "Training", .requested: "9500.00", .plannedStart: "2023-11-01", .plannedEnd: "2024-02-28",
            .actionLines: "privacy", .team: "opdrachtgeverschap", .activities: "",
        ]))
        form.fields[end].editor = TextField("31-02-2024", multiline: false)
        #expect(throws: Refusal([.invalidDate("31-02-2024")])) { try RecordEdit(form, kind: .application, id: "a1") }
        let contact = Forms.contact(code, contact: Contact(id: "c1", name: "Pieter", role: "wethouder"))
        #expect(try RecordEdit(contact, kind: .contact, id: "c1") == .contact(id: "c1", [.name: "Pieter", .role: "wethouder", .email: "", .phone: ""]))
    }

    @Test func addAContact() {
        var s = openSessions(of: "Harlingen")
        _ = press(.character("c"), to: &s)
        type("Renée Dijkstra", into: &s)
        _ = press(.tab, to: &s)
        type("ombudsman", into: &s)
        guard case .save(let saved)? = press(.control("s"), to: &s).first else { Issue.record("not saved"); return }
        #expect(saved.contacts.last?.name == "Renée Dijkstra")
        #expect(saved.contacts.last?.role == "ombudsman")
    }
}
