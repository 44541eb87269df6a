import Testing
import ImpulsText
@testable import ImpulsCore
import ImpulsTestSupport

/// Edits, removals and undo by typed field: a record that is not there is `recordNotFound`, a
/// value a field cannot take says why, and every field an edit changes is undone.
@Suite struct RecordFieldTests {
    /// A session with a follow-up, a contact and a draft application.
    func dossier() throws -> Dossier { try RecordChangeTests().dossier() }

    @Test(arguments: [
        RecordEdit.session(id: "gone", [.summary: "x"]), .followUp(id: "gone", [.text: "x"]),
        .contact(id: "gone", [.role: "x"]), .application(id: "gone", [.title: "x"]),
        // An id of another kind of record is not that record either.
        .contact(id: "s1", [.role: "x"]), .session(id: "f1", [.summary: "x"]),
    ])
    func editingARecordThatIsNotThereIsRecordNotFound(edit: RecordEdit) throws {
        let d = try dossier()
        #expect(reasons { _ = try d.editing(edit, context: context) } == [.recordNotFound])
    }

    @Test(arguments: [Dossier.RecordKind.session, .followUp, .contact])
    func removingARecordThatIsNotThereIsRecordNotFound(kind: Dossier.RecordKind) throws {
        let d = try dossier()
        #expect(reasons { _ = try d.removing(kind, id: "gone", context: context) } == [.recordNotFound])
        #expect(reasons { _ = try d.removing(kind, id: "a1", context: context) } == [.recordNotFound])
    }

    @Test func tickingAFollowUpThatIsNotThereIsRecordNotFound() throws {
        let d = try dossier()
        #expect(reasons { _ = try d.settingFollowUp("gone", done: true, context: context) } == [.recordNotFound])
        #expect(reasons { _ = try d.settingFollowUp("s1", done: true, context: context) } == [.recordNotFound], "a session's id is not a follow-up's")
        // One that is there and already as asked: the dossier as it was, nothing recorded.
        let f = try #require(d.sessions.flatMap(\.followUps).first)
        #expect(try d.settingFollowUp(f.id, done: f.done, context: context) == d)
        #expect(try d.settingFollowUp(f.id, done: !f.done, context: context).history.count == d.history.count + 1)
    }

    @Test func undoingAChangeWhoseRecordIsGoneIsRecordNotFound() throws {
        var d = try dossier()
        d = try d.editing(.contact(id: "c1", [.role: "burgemeester"]), context: context)
        d.contacts = []  // as a merge with a colleague's removal could leave it
        #expect(reasons { _ = try d.undoingLastChange(context: context) } == [.recordNotFound])
        var added = try Dossier(code: fryslan).addingContact(Contact(id: "c2", name: "Sanne"), context: context)
        added.contacts = []
        #expect(reasons { _ = try added.undoingLastChange(context: context) } == [.recordNotFound])
    }

    @Test func steppingAnApplicationThatIsNotThereIsRecordNotFound() throws {
        let d = try dossier()
        #expect(reasons { _ = try d.advancingApplication(id: "gone", to: .submitted, input: StepInput(), context: context) } == [.recordNotFound])
        #expect(reasons { _ = try Dossier(code: fryslan).advancingApplication(to: .submitted, input: StepInput(), context: context) }
                == [.noOpenApplication], "without an id: the open application, and there is none")
    }

    @Test func resolvingANoticeThatIsNotThereIsRecordNotFound() throws {
        #expect(reasons { _ = try Dossier(code: fryslan).resolvingNotice("n1", context: context) } == [.recordNotFound])
    }

    @Test func recordNotFoundSaysSoInBothLanguagesAndIsNotAnEmptyText() {
        for language in [Language.nl, .en] {
            let text = Message.reason(.recordNotFound).text(language)
            #expect(!text.isEmpty)
            #expect(text != Message.reason(.emptyText).text(language))
        }
        #expect(Message.reason(.recordNotFound).text(.nl) != Message.reason(.recordNotFound).text(.en))
        #expect(Message.reason(.invalidValue("x")).text(.nl).contains("'x'") && Message.reason(.invalidValue("x")).text(.en).contains("'x'"))
    }

    @Test func aValueAFieldCannotTakeSaysWhy() throws {
        let d = try dossier()
        #expect(reasons { _ = try d.editing(.session(id: "s1", [.minutes: "veel", .date: "gisteren", .kind: "borrel"]), context: context) }
                == [.invalidDate("gisteren"), .invalidValue("borrel"), .invalidNumber("veel")])
        #expect(reasons { _ = try d.editing(.followUp(id: "f1", [.due: "morgen"]), context: context) } == [.invalidDate("morgen")])
        #expect(reasons { _ = try d.editing(.application(id: "a1", [.requested: "veel", .team: "A-team"]), context: context) }
                == [.invalidAmount("veel"), .invalidValue("A-team")])
        // Status, granted amount and outcome move by steps, never by an edit.
        for field in ApplicationField.allCases where field.isWorkflow {
            #expect(reasons { _ = try d.editing(.application(id: "a1", [field: "approved"]), context: context) } == [.invalidValue("approved")])
        }
    }

    /// Every field an edit may change, changed on its own and undone: the record is as it was.
    @Test func everyEditableFieldIsUndone() throws {
        let d = try dossier()
        let session: [SessionField: String] = [.date: "2023-10-01", .kind: "intake", .participants: "B, C", .actionLines: "toegang",
                                               .summary: "anders", .minutes: "45"]
        let followUp: [FollowUpField: String] = [.text: "mailen", .due: "2023-12-01", .done: "true"]
        let contact: [ContactField: String] = [.name: "Piet", .role: "griffier", .email: "p@x.nl", .phone: "06"]
        let application: [ApplicationField: String] = [.title: "Anders", .activities: "meer", .actionLines: "toegang", .team: Team.allCases.last!.rawValue,
                                                        .requested: "9000.00", .plannedStart: "2023-11-02", .plannedEnd: "2024-01-30"]
        #expect(Set(session.keys) == Set(SessionField.allCases))
        #expect(Set(followUp.keys) == Set(FollowUpField.allCases))
        #expect(Set(contact.keys) == Set(ContactField.allCases))
        #expect(Set(application.keys) == Set(ApplicationField.allCases.filter { !$0.isWorkflow }))
        var edits: [RecordEdit] = []
        edits += session.map { .session(id: "s1", [$0.key: $0.value]) }
        edits += followUp.map { .followUp(id: "f1", [$0.key: $0.value]) }
        edits += contact.map { .contact(id: "c1", [$0.key: $0.value]) }
        edits += application.map { .application(id: "a1", [$0.key: $0.value]) }
        for edit in edits {
            let edited = try d.editing(edit, context: context)
            #expect(edited != d && edited.history.count == d.history.count + 1, "\(edit)")
            let entry = try #require(edited.history.last)
            #expect(entry.subject == edit.subject && entry.field.map { RecordField(name: $0.name, of: entry.subject) } == entry.field)
            let undone = try edited.undoingLastChange(context: context)
            #expect((undone.sessions, undone.contacts, undone.applications) == (d.sessions, d.contacts, d.applications), "\(edit)")
            #expect(try undone.redoingLastUndo(context: context).sessions == edited.sessions, "\(edit)")
        }
    }
}
