import Testing
@testable import ImpulsCore
import ImpulsTestSupport

/// What an import may bring, by the command line's rules on dates; only what it brings is checked.
@Suite struct ImportDatesTests {
    @Test func onlyWhatTheImportBringsIsChecked() {
        var incoming = Dossier(code: fryslan)
        incoming.sessions = [AdviceSession(id: "s1", date: day("9999-12-31"), kind: .call, summary: "x"),
                             AdviceSession(id: "s2", date: today, kind: .call, summary: "y")]
        var application = draft()
        application.status = .completed
        application.stepDates = [.draft: day("2023-10-01"), .submitted: day("2023-09-30"), .approved: day("2023-10-02"),
                                 .running: day("2023-10-20"), .completed: day("2023-10-03")]
        incoming.applications = [application]
        let found = ImportDates.findings(incoming, existing: nil, today: today, rules: .scheme)
        #expect(found.map(\.keyPath) == ["sessions[0].date", "applications[0].steps.running", "applications[0].steps.submitted",
                                         "applications[0].steps.completed"])
        #expect(found.first?.reason == .sessionInFuture(date: day("9999-12-31"), today: today))
        // The folder has them already, dates and all: nothing the import brings.
        #expect(ImportDates.findings(incoming, existing: incoming, today: today, rules: .scheme).isEmpty)
        // Withdrawn before the step it ends, and submitted before the scheme opened.
        var early = draft()
        early.stepDates = [.draft: day("2022-08-01"), .submitted: day("2022-08-02"), .withdrawn: day("2022-08-01")]
        incoming.applications = [early]
        #expect(ImportDates.stepReasons(early, today: today, rules: .scheme).map(\.step) == [.withdrawn, .submitted])
    }
}
