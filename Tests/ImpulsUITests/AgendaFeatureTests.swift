import Testing
import ImpulsCore
import ImpulsText
@testable import ImpulsUI

/// The agenda's reducer alone, on its own state and a context made here: no app, no screen.
@Suite struct AgendaFeatureTests {
    let ameland = ReferenceData.shared.municipality(MunicipalityCode("GM0060")!)!

    /// Ameland with two open follow-ups (one overdue) and a running project. `removedSince`: a
    /// follow-up the dossier no longer has, though the agenda was made while it had it.
    func context(readOnly: Bool = false, removedSince: String? = nil) throws -> Context {
        let change = ChangeContext(rules: .scheme, today: today, actor: "Anne de Vries")
        let session = AdviceSession(id: "s1", date: CalendarDay(parsing: "2023-09-01")!, kind: .advice, summary: "Kennismaking",
                                    followUps: [FollowUp(id: "f-late", text: "Begroting opvragen", due: CalendarDay(parsing: "2023-10-01")!),
                                                FollowUp(id: "f-next", text: "Terugbellen", due: CalendarDay(parsing: "2023-10-20")!)])
        var dossier = try Dossier(code: ameland.code).addingSession(session, context: change)
        let derived = Derived(rows: [], agenda: Derived.agenda(of: [ameland], Caseload(dossiers: [ameland.code: dossier], today: today, actor: "Anne de Vries"), .nl),
                              report: nil)
        if let removedSince { dossier.sessions[0].followUps.removeAll { $0.id == removedSince } }
        let caseload = Caseload(dossiers: [ameland.code: dossier], today: today, actor: "Anne de Vries")
        return Context(caseload: caseload, language: .nl, readOnly: readOnly, team: .zorgVeiligheid,
                       viewport: Viewport(columns: 80, rows: 24), changesThisRun: [], derived: derived, ids: SeededGenerator(seed: 1))
    }

    @Test func enterOpensTheFollowUpOnItsTabSelected() throws {
        var context = try context()
        #expect(context.derived.agenda.map(\.record) == ["f-late", "f-next"], "overdue first")
        var position = ListPosition()
        #expect(AgendaFeature.reduce(&position, .moveDown, &context).isEmpty)
        #expect(position.selection == 1)
        let commands = AgendaFeature.reduce(&position, .open, &context)
        guard case .openDossier(let opened)? = commands.first else { Issue.record("no dossier: \(commands)"); return }
        #expect(opened.code == ameland.code)
        #expect(opened.section == .followUps)
        let d = try #require(context.caseload.dossiers[ameland.code])
        #expect(DossierFeature.followUpsInOrder(d)[opened.position.selection].1.id == "f-next")
    }

    @Test func xTicksTheSelectedFollowUpOffAndSaysSoOnceSaved() throws {
        var context = try context()
        var position = ListPosition()
        let commands = AgendaFeature.reduce(&position, .toggleFollowUp, &context)
        #expect(commands.count == 2)
        guard case .save(let saved, let thenSay)? = commands.first else { Issue.record("no save: \(commands)"); return }
        #expect(saved.sessions[0].followUps.first { $0.id == "f-late" }?.done == true)
        #expect(saved.sessions[0].followUps.first { $0.id == "f-next" }?.done == false)
        #expect(thenSay?.contains("Begroting opvragen") == true)
        #expect(commands.last == .refit, "the selection stays on a row of the shorter agenda")
    }

    @Test func aFollowUpGoneSinceTheAgendaWasMadeIsRefusedInWords() throws {
        var context = try context(removedSince: "f-late")
        var position = ListPosition()
        #expect(AgendaFeature.reduce(&position, .toggleFollowUp, &context) == [.say(Message.reason(.recordNotFound).text(.nl))])
    }

    @Test func readOnlyRefusesInWordsAndChangesNothing() throws {
        var context = try context(readOnly: true)
        var position = ListPosition()
        let commands = AgendaFeature.reduce(&position, .toggleFollowUp, &context)
        guard case .say(let text)? = commands.first, commands.count == 1 else { Issue.record("\(commands)"); return }
        let name = try #require(context.derived.agenda.first?.municipality.name)
        #expect(text == Message.readOnlyRefusal(name).text(.nl), "it says why, and names the dossier")
    }

    @Test func escClosesAndRSwitchesTheRegionFromTheTop() throws {
        var context = try context()
        var position = ListPosition(selection: 1)
        #expect(AgendaFeature.reduce(&position, .back, &context) == [.close])
        #expect(AgendaFeature.reduce(&position, .switchRegion, &context) == [.switchRegion])
        #expect(position == ListPosition())
    }

    @Test func aResizeKeepsTheSelectedAgendaItemOnScreen() {
        var s = fixtureState()
        _ = press(.character("g"), to: &s)
        for _ in 0..<11 { _ = press(.down, to: &s) }
        _ = press(.resize(columns: 40, rows: 12), to: &s)
        guard case .agenda(let position)? = s.stack.last else {
            Issue.record("the agenda is open")
            return
        }
        #expect(position.selection >= position.scroll && position.selection < position.scroll + s.viewport.agendaHeight,
                "selection \(position.selection), scroll \(position.scroll), height \(s.viewport.agendaHeight)")
    }
}
