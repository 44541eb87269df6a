import Testing
import ImpulsCore
import ImpulsTestSupport

/// The agenda query the interface's agenda and `impuls agenda` share: what is on it, in what
/// order, and where each item falls from today.
@Suite struct AgendaTests {
    let ameland = ReferenceData.shared.municipality(MunicipalityCode("GM0060")!)!
    let texel = ReferenceData.shared.municipality(MunicipalityCode("GM0448")!)!

    func application(_ id: String, _ status: ApplicationStatus, start: String, end: String) -> Application {
        var a = draft(start: start, end: end, id: id)
        a.status = status
        return a
    }

    @Test func openFollowUpsProjectDatesAndBlockingNoticesOverdueFirst() {
        let session = AdviceSession(id: "s1", date: day("2023-09-01"), kind: .advice, summary: "Gesprek", followUps: [
            FollowUp(id: "f-open", text: "Bellen", due: day("2023-10-20")),
            FollowUp(id: "f-done", text: "Gedaan", due: day("2023-10-01"), done: true),
            FollowUp(id: "f-late", text: "Te laat", due: day("2023-10-02")),
        ])
        let applications = [
            application("a-draft", .draft, start: "2023-11-01", end: "2024-01-31"), application("a-submitted", .submitted, start: "2023-11-02", end: "2024-01-31"),
            application("a-approved", .approved, start: "2023-11-03", end: "2024-02-01"), application("a-running", .running, start: "2023-09-01", end: "2023-12-20"),
            application("a-completed", .completed, start: "2023-06-01", end: "2023-09-01"), application("a-rejected", .rejected, start: "2023-11-01", end: "2024-01-31"),
        ]
        let notices = [
            Notice(id: "n-blocking", at: Timestamp(day: day("2023-10-10")), kind: .twoGranted, subject: .application("a-approved"), blocking: true),
            Notice(id: "n-plain", at: Timestamp(day: day("2023-10-11")), kind: .fieldClash, subject: .application("a-approved")),
            Notice(id: "n-resolved", at: Timestamp(day: day("2023-10-12")), kind: .twoGranted, subject: .application("a-approved"), blocking: true, resolved: true),
        ]
        let dossiers = [ameland.code: Dossier(code: ameland.code, sessions: [session], applications: applications, notices: notices),
                        texel.code: Dossier(code: texel.code, sessions: [AdviceSession(id: "s2", date: day("2023-09-01"), kind: .advice, summary: "x",
                                                                                        followUps: [FollowUp(id: "f-texel", text: "Elders", due: day("2023-10-01"))])])]
        let items = Agenda.items(of: [ameland], dossiers: dossiers, today: today) { notice, _ in "melding " + notice.id }
        #expect(items.map(\.record) == ["f-late", "n-blocking", "f-open", "a-approved", "a-running"])
        #expect(items.map(\.kind) == [.followUp, .notice, .followUp, .projectStart, .projectEnd])
        #expect(items.map(\.day) == [day("2023-10-02"), day("2023-10-10"), day("2023-10-20"), day("2023-11-03"), day("2023-12-20")])
        #expect(items[1].text == "melding n-blocking", "a notice in the words it is handed")
        #expect(Agenda.items(of: [ameland, texel], dossiers: dossiers, today: today) { _, _ in "" }.first?.record == "f-texel")
        #expect(Agenda.items(of: [texel], dossiers: [:], today: today) { _, _ in "" }.isEmpty, "no dossier, nothing due")
    }

    @Test(arguments: [("2023-10-15", AgendaItem.When.overdue), ("2023-10-16", .thisWeek), ("2023-10-23", .thisWeek), ("2023-10-24", .later)])
    func whenAnItemFalls(date: String, when: AgendaItem.When) {
        let item = AgendaItem(day: day(date), kind: .followUp, text: "x", municipality: ameland)
        #expect(item.when(today: today) == when)
    }
}
