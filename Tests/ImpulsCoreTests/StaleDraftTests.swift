import Testing
@testable import ImpulsCore
import ImpulsTestSupport

/// A draft is stale when nobody touched it for 30 days: by its history, else its draft date, else never.
@Suite struct StaleDraftTests {
    private func application(_ id: String, status: ApplicationStatus = .draft, drafted: CalendarDay? = nil) -> Application {
        var a = Application(id: id, title: id, actionLines: [], team: .zorgVeiligheid, requested: Cents(100_000),
                            plannedStart: today, plannedEnd: today.adding(days: 60))
        a.status = status
        a.stepDates[.draft] = drafted
        return a
    }

    private func touch(_ id: String, on day: CalendarDay, _ n: Int) -> HistoryEntry {
        HistoryEntry(id: "c\(n).01", at: Timestamp(day: day), on: day, by: "Anne", subject: .application(id), action: .changed)
    }

    @Test func historyThenDraftDateThenNeverDecide() throws {
        var d = Dossier(code: MunicipalityCode("GM0080")!)
        d.applications = [
            application("recent", drafted: today.adding(days: -90)),   // touched 3 days ago: not stale
            application("old", drafted: today.adding(days: -10)),      // history says 40 days: stale
            application("dated", drafted: today.adding(days: -31)),    // no history, drafted 31 days ago: stale
            application("fresh", drafted: today.adding(days: -29)),    // no history, 29 days: not stale
            application("undated"),                                    // nothing at all: not stale
            application("sent", status: .submitted, drafted: today.adding(days: -200)),
        ]
        d.history = [touch("old", on: today.adding(days: -40), 1), touch("recent", on: today.adding(days: -50), 2),
                     touch("recent", on: today.adding(days: -3), 3), touch("sent", on: today.adding(days: -100), 4)]
        #expect(d.staleDrafts(today: today).map(\.id) == ["old", "dated"])
        #expect(d.staleDrafts(today: today, days: 2).map(\.id) == ["recent", "old", "dated", "fresh"])
        #expect(DossierFigures(d, today: today).hasStaleDrafts)
        d.applications.removeAll { ["old", "dated"].contains($0.id) }
        #expect(!DossierFigures(d, today: today).hasStaleDrafts)
    }
}
