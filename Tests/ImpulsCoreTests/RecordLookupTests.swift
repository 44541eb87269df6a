import Testing
@testable import ImpulsCore
import ImpulsTestSupport

/// Records named as the command line names them: a contact by its name, a session by its date, a
/// follow-up by its text, any of them by a start of its id; a whole name wins over longer names it
/// starts, and more than one is the user's to choose, never impuls's.
@Suite struct RecordLookupTests {
    static let older = AdviceSession(id: "5e551011aaaa0000", date: day("2023-10-02"), kind: .intake, summary: "Intake",
                                     followUps: [FollowUp(id: "f0110a00", text: "Plan sturen", due: day("2023-10-20"))])
    static let morning = AdviceSession(id: "5e551012bbbb0000", date: day("2023-10-16"), kind: .call, summary: "Gebeld",
                                       followUps: [FollowUp(id: "f0110b00", text: "Begroting opvragen", due: day("2023-10-30")),
                                                   FollowUp(id: "f0110c00", text: "Begroting Álmere", due: day("2023-11-30"), done: true)])
    static let afternoon = AdviceSession(id: "7e551013cccc0000", date: day("2023-10-16"), kind: .advice, summary: "Tweede gesprek")
    static let dossier = Dossier(code: fryslan, contacts: [Contact(id: "c0a1", name: "Jan"), Contact(id: "c0a2", name: "Janneke Bos"),
                                                           Contact(id: "d0a3", name: "Sjoerd de Vries")],
                                 sessions: [older, morning, afternoon])

    @Test func aContactByItsNameFoldedOrAStartOfItsId() {
        let d = Self.dossier
        #expect(d.contacts(matching: "jan").found?.id == "c0a1", "a whole name wins over Janneke")
        #expect(d.contacts(matching: "JANN").found?.id == "c0a2")
        #expect(d.contacts(matching: "sjoerd").found?.id == "d0a3")
        #expect(d.contacts(matching: "d0a").found?.id == "d0a3", "an id's start")
        guard case .several(let both) = d.contacts(matching: "c0a") else { Issue.record("two ids start so"); return }
        #expect(both.map(\.id) == ["c0a1", "c0a2"])
        guard case .none = d.contacts(matching: "piet") else { Issue.record("nobody is called Piet"); return }
        guard case .none = d.contacts(matching: "  ") else { Issue.record("nothing typed names nothing"); return }
    }

    @Test func aSessionByItsDateOrAStartOfItsId() {
        let d = Self.dossier
        #expect(d.sessions(matching: "2023-10-02").found?.id == Self.older.id)
        #expect(d.sessions(matching: "02-10-2023").found?.id == Self.older.id, "the Dutch order too")
        guard case .several(let day) = d.sessions(matching: "2023-10-16") else { Issue.record("two sessions that day"); return }
        #expect(day.map(\.id) == [Self.afternoon.id, Self.morning.id], "newest first, as the dossier lists them")
        #expect(d.sessions(matching: "7E55").found?.id == Self.afternoon.id)
        guard case .several = d.sessions(matching: "5e5510") else { Issue.record("two ids start so"); return }
        guard case .none = d.sessions(matching: "2023-10-03") else { Issue.record("no session that day"); return }
    }

    @Test func theLatestSessionIsTheOneOfTheLatestDayAndOnlyOne() {
        guard case .several(let two) = Self.dossier.latestSession else { Issue.record("two on the latest day"); return }
        #expect(Set(two.map(\.id)) == [Self.morning.id, Self.afternoon.id])
        let one = Dossier(code: fryslan, sessions: [Self.older, Self.morning])
        #expect(one.latestSession.found?.id == Self.morning.id)
        guard case .none = Dossier(code: fryslan).latestSession else { Issue.record("no session at all"); return }
    }

    @Test func aFollowUpByItsTextFoldedOrAStartOfItsIdWithItsSession() {
        let d = Self.dossier
        let plan = d.followUps(matching: "plan")
        #expect(plan.found?.followUp.id == "f0110a00")
        #expect(plan.found?.session.id == Self.older.id, "with the session it came from")
        #expect(d.followUps(matching: "begroting alm").found?.followUp.id == "f0110c00", "folded: Á is a; a done one too")
        #expect(d.followUps(matching: "f0110b").found?.followUp.text == "Begroting opvragen")
        guard case .several(let two) = d.followUps(matching: "begroting") else { Issue.record("two start so"); return }
        #expect(two.count == 2)
    }

    @Test func theApplicationToEditIsTheNamedOneElseTheOnlyDraft() {
        let submitted: Application = {
            var a = draft(id: "a0")
            a.title = "Oud plan"
            a.status = .submitted
            return a
        }()
        let d = Dossier(code: fryslan, applications: [submitted, draft(id: "a1")])
        #expect(d.applicationToEdit(named: nil).found?.id == "a1", "the only draft")
        #expect(d.applicationToEdit(named: "oud").found?.id == "a0", "named: whatever its status (editing says why not)")
        #expect(Dossier(code: fryslan, applications: [submitted]).applicationToEdit(named: nil).found?.id == "a0",
                "no draft: the only application, so that the edit can say only a draft is edited")
        guard case .several = Dossier(code: fryslan, applications: [draft(id: "a1"), draft(id: "a2")]).applicationToEdit(named: nil) else {
            Issue.record("two drafts: the user names one"); return
        }
        guard case .none = Dossier(code: fryslan).applicationToEdit(named: nil) else { Issue.record("none at all"); return }
    }

    @Test func tickingOffMeansTheOpenOneOfTwoNamedAlike() throws {
        let today = CalendarDay(parsing: "2023-10-16")!
        let session = AdviceSession(id: "s1", date: today, kind: .call, summary: "x", followUps: [
            FollowUp(id: "f1", text: "Offerte opvragen", due: today, done: true),
            FollowUp(id: "f2", text: "Offerte nabellen", due: today),
        ])
        let dossier = Dossier(code: MunicipalityCode("GM0060")!, sessions: [session])
        #expect(dossier.followUps(matching: "offerte", toDone: true).found?.followUp.id == "f2")
        #expect(dossier.followUps(matching: "offerte", toDone: false).found?.followUp.id == "f1")
        if case .several = dossier.followUps(matching: "offerte") {} else { Issue.record("by name alone, both") }
    }
}
