import Testing
@testable import ImpulsText
import ImpulsCore
import ImpulsTestSupport

/// Issue #14: every history entry reads as a sentence in the interface language, with amounts as
/// money and records by their names, never by id.
@Suite struct HistoryWordsTests {
    let unknown = ChangeContext(rules: .scheme, today: today, actor: "?")

    /// A dossier with every kind of entry: an application taken through steps with a grant and a
    /// withdrawal, a second one, a session with a follow-up ticked off, a contact edited and removed,
    /// an edited session, an undo and a redo.
    func dossier() throws -> Dossier {
        var d = try Dossier(code: fryslan).addingApplication(
            Application(id: "e94f0641", title: "Wijkgericht werken", actionLines: ["wijkteams"], team: .zorgVeiligheid,
                        requested: Cents(euros: 9_500), plannedStart: day("2023-11-01"), plannedEnd: day("2024-01-31")), context: context)
        d = try d.advancingApplication(to: .submitted, input: StepInput(), context: context)
        d = try d.advancingApplication(to: .approved, input: StepInput(granted: Cents(900_050)), context: context)
        d = try d.advancingApplication(to: .withdrawn, input: StepInput(note: "Gemeente ziet ervan af"), context: context)
        d = try d.addingApplication(draft(amount: 4_000, id: "b2"), context: unknown)
        d = try d.addingSession(AdviceSession(id: "s1", date: day("2023-10-12"), kind: .call, summary: "Gebeld\nmet de wethouder",
                                              followUps: [FollowUp(id: "f1", text: "Begroting opvragen", due: day("2023-10-30"))]), context: context)
        d = try d.settingFollowUp("f1", done: true, context: context)
        d = try d.editing(.session(id: "s1", [.kind: "intake", .minutes: "45"]), context: context)
        d = try d.addingContact(Contact(id: "c1", name: "Pieter", role: "wethouder"), context: context)
        d = try d.editing(.contact(id: "c1", [.email: "pieter@leeuwarden.nl"]), context: context)
        d = try d.removing(.contact, id: "c1", context: context)
        d = try d.undoingLastChange(context: context)
        d = try d.redoingLastUndo(context: context)
        return d
    }

    @Test func everyEntryIsASentenceWithoutIdsOrRawAmounts() throws {
        let d = try dossier()
        for language in Language.allCases {
            for entry in d.history {
                let words = Message.entryInWords(entry, in: d, language)
                #expect(!words.contains("e94f0641") && !words.contains("application:") && !words.contains("session:"), "\(words)")
                #expect(!words.contains("9500.00") && !words.contains("9000.50") && !words.contains("4000.00"), "\(words)")
                #expect(!words.contains("created") || language == .en, "\(words)")
                #expect(words.first?.isUppercase == true, "a sentence: \(words)")
            }
        }
    }

    /// Issue 25: an undo (or redo) that a colleague's later change builds on is refused with who,
    /// when and what, in the history's words.
    @Test func aRefusedUndoNamesTheColleaguesChange() {
        let (bob, twin) = (Samples.laterChanges[0], Samples.laterChanges[1])
        #expect(Message.reason(.builtOnLater(bob)).text(.nl)
                == "niet ongedaan gemaakt: een latere wijziging van Bob bouwt erop voort (2023-10-16): Status: ingediend → toegekend; Toegekend bedrag: € 9.000")
        #expect(Message.reason(.builtOnLater(bob)).text(.en)
                == "not undone: a later change by Bob builds on it (2023-10-16): Status: submitted → approved; Granted amount: €9,000")
        #expect(Message.reason(.builtOnLater(twin)).text(.en).hasPrefix("not redone: a later change by Bob on another laptop builds on it"))
    }

    @Test func dutchSentences() throws {
        let d = try dossier()
        let words = d.history.map { Message.entryInWords($0, in: d, .nl) }
        #expect(words.contains("Aanvraag ‘Wijkgericht werken’ aangemaakt, € 9.500"))
        #expect(words.contains("Status van ‘Wijkgericht werken’: concept → ingediend"), "two applications: the step names its own")
        #expect(words.contains("Aanvraag ‘Wijkgericht werken’, toegekend bedrag: € 9.000,50"))
        #expect(words.contains("Status van ‘Wijkgericht werken’: toegekend → ingetrokken, toelichting: Gemeente ziet ervan af"))
        #expect(words.contains("Aanvraag ‘Training privacy’ aangemaakt, € 4.000"))
        #expect(words.contains("Gesprek van 2023-10-12 (telefoon/video) vastgelegd: Gebeld"))
        #expect(words.contains("Actie ‘Begroting opvragen’ toegevoegd, uiterlijk 2023-10-30"))
        #expect(words.contains("Actie ‘Begroting opvragen’ afgevinkt"))
        #expect(words.contains("Gesprek van 2023-10-12 (intake), soort: telefoon/video → intake"))
        #expect(words.contains("Gesprek van 2023-10-12 (intake), duur (minuten): 45"))
        #expect(words.contains("Contactpersoon Pieter (wethouder) toegevoegd"))
        #expect(words.contains("Contactpersoon Pieter (wethouder), e-mail: ‘pieter@leeuwarden.nl’"))
        #expect(words.contains("Contactpersoon Pieter (wethouder) verwijderd"))
        #expect(words.contains("Contactpersoon Pieter (wethouder) toegevoegd (ongedaan gemaakt)"))
        #expect(words.contains("Contactpersoon Pieter (wethouder) verwijderd (opnieuw gedaan)"))
    }

    @Test func englishSentences() throws {
        let d = try dossier()
        let words = d.history.map { Message.entryInWords($0, in: d, .en) }
        #expect(words.contains("Application ‘Wijkgericht werken’ created, €9,500"))
        #expect(words.contains("Status of ‘Wijkgericht werken’: approved → withdrawn, note: Gemeente ziet ervan af"))
        #expect(words.contains("Application ‘Wijkgericht werken’, granted amount: €9,000.50"))
        #expect(words.contains("Session of 2023-10-12 (phone/video) logged: Gebeld"))
        #expect(words.contains("Follow-up ‘Begroting opvragen’ ticked off"))
        #expect(words.contains("Contact Pieter (wethouder), email: ‘pieter@leeuwarden.nl’"))
    }

    @Test func withOneApplicationOrUnderItsHeadingAStepIsJustTheStatus() throws {
        var d = try Dossier(code: fryslan).addingApplication(draft(), context: context)
        d = try d.advancingApplication(to: .submitted, input: StepInput(), context: context)
        d = try d.advancingApplication(to: .rejected, input: StepInput(note: "Past niet"), context: context)
        let last = try #require(d.history.last)
        #expect(Message.entryInWords(last, in: d, .nl) == "Status: ingediend → afgewezen, toelichting: Past niet")
        #expect(Message.entryInWords(last, in: d, .en) == "Status: submitted → rejected, note: Past niet")
        #expect(Message.changeInWords(try #require(d.changes.last), in: d, .en) == "Status: submitted → rejected, note: Past niet",
                "what u says it undid")
        #expect(Message.entryInWords(last, in: d, .nl, namingApplication: true) == "Status van ‘Training privacy’: ingediend → afgewezen, toelichting: Past niet")
        let both = try dossier()
        let step = try #require(both.history.first { $0.action == .transition })
        #expect(Message.entryInWords(step, in: both, .nl, namingApplication: false) == "Status: concept → ingediend")
    }

    @Test func anUnknownAuthorIsNamedSo() throws {
        let d = try dossier()
        let byNobody = try #require(d.history.first { $0.by == "?" })
        #expect(Message.author(byNobody.by).text(.nl) == "onbekend")
        #expect(Message.author(byNobody.by).text(.en) == "unknown")
        #expect(Message.author("").text(.nl) == "onbekend")
        #expect(Message.author("Anne").text(.nl) == "Anne")
        #expect(Message.isUnknownAuthor("?") && !Message.isUnknownAuthor("Anne"))
        #expect(Message.unknownAuthorHint.text(.nl).contains("\"adviser\""))
        #expect(Message.unknownAuthorHint.text(.en).contains("\"adviser\""))
    }

    @Test func theHistoryReadsByDay() throws {
        // Recorded later for an earlier day: the stored order is by moment, the reading order by day.
        var d = try Dossier(code: fryslan).addingSession(AdviceSession(id: "s1", date: today, kind: .call, summary: "later"), context: context)
        var earlier = context
        earlier.today = day("2023-10-02")
        d = try d.addingSession(AdviceSession(id: "s2", date: day("2023-10-02"), kind: .call, summary: "eerder"), context: earlier)
        #expect(d.history.map(\.on) == [today, day("2023-10-02")])
        #expect(d.historyByDay().map(\.on) == [day("2023-10-02"), today])
        #expect(d.historyByDay(of: .session("s1")).count == 1)
    }

    @Test func anUndoSaysWhatItTookBackInWords() throws {
        let d = try dossier()
        let change = try #require(d.changes.first { $0.entries.contains { $0.action == .transition && $0.new == "approved" } })
        #expect(Message.changeInWords(change, in: d, .en) == "Status of ‘Wijkgericht werken’: submitted → approved; Application ‘Wijkgericht werken’, granted amount: €9,000.50")
    }
}
