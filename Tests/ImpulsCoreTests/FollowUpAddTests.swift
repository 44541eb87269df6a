import Testing
@testable import ImpulsCore
import ImpulsTestSupport

/// A follow-up added after its session was logged: it joins that session, is recorded as a
/// session's own follow-ups are, and goes and comes back with undo and redo like any record.
@Suite struct FollowUpAddTests {
    func dossier() throws -> Dossier { try RecordChangeTests().dossier() }

    @Test func aFollowUpJoinsItsSessionAndIsRecordedAsCreated() throws {
        let before = try dossier()
        let added = try before.addingFollowUp(FollowUp(id: "f2", text: "Begroting opvragen", due: day("2023-10-30")), toSession: "s1", context: context)
        #expect(added.sessions[0].followUps.map(\.id) == ["f1", "f2"])
        let entry = try #require(added.history.last)
        #expect(entry.subject == .followUp("f2") && entry.action == .created && entry.new == "2023-10-30 Begroting opvragen")
        #expect(added.history.count == before.history.count + 1, "one change of one entry")
    }

    @Test func aNewFollowUpIsOpenWhateverItWasGiven() throws {
        let added = try dossier().addingFollowUp(FollowUp(id: "f2", text: "x", due: today, done: true), toSession: "s1", context: context)
        #expect(added.sessions[0].followUps.first { $0.id == "f2" }?.done == false)
    }

    @Test func undoTakesItAwayAndRedoBringsItBack() throws {
        let before = try dossier()
        let added = try before.addingFollowUp(FollowUp(id: "f2", text: "Begroting opvragen", due: day("2023-10-30")), toSession: "s1", context: context)
        let undone = try added.undoingLastChange(context: context)
        #expect(undone.sessions == before.sessions)
        #expect(undone.history.last?.action == .removed && undone.history.last?.undoes == added.history.last?.change)
        let redone = try undone.redoingLastUndo(context: context)
        #expect(redone.sessions == added.sessions)
    }

    @Test func refusedWithoutTextWithoutItsSessionAndForAFormerMunicipality() throws {
        let d = try dossier()
        #expect(reasons { _ = try d.addingFollowUp(FollowUp(id: "f2", text: "  ", due: today), toSession: "s1", context: context) } == [.emptyText])
        #expect(reasons { _ = try d.addingFollowUp(FollowUp(id: "f2", text: "x", due: today), toSession: "gone", context: context) } == [.recordNotFound])
        let weesp = Dossier(code: MunicipalityCode("GM0457")!, sessions: d.sessions)
        #expect(reasons { _ = try weesp.addingFollowUp(FollowUp(id: "f2", text: "x", due: today), toSession: "s1", context: context) }
                == [.formerMunicipality(name: "Weesp", successor: "Amsterdam")])
    }

    /// The interface refused a new contact for a former municipality before its form opened; the
    /// rule is Core's now, so the command line meets it too.
    @Test func aContactIsRefusedForAFormerMunicipalityAsANewSessionIs() throws {
        let weesp = Dossier(code: MunicipalityCode("GM0457")!)
        #expect(reasons { _ = try weesp.addingContact(Contact(id: "c1", name: "Jan"), context: context) } == [.formerMunicipality(name: "Weesp", successor: "Amsterdam")])
        #expect(reasons { _ = try weesp.addingContact(Contact(id: "c1", name: " "), context: context) } == [.formerMunicipality(name: "Weesp", successor: "Amsterdam"), .emptyText])
        #expect(try Dossier(code: fryslan).addingContact(Contact(id: "c1", name: "Jan"), context: context).contacts.count == 1)
    }
}
