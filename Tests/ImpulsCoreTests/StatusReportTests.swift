import Testing
@testable import ImpulsCore

/// Report figures against a fixture computed by hand.
@Suite struct StatusReportTests {
    func code(_ text: String) -> MunicipalityCode { MunicipalityCode(text)! }

    func application(_ id: String, _ status: ApplicationStatus, requested: Int64, granted: Int64? = nil,
                     start: String = "2023-05-01", end: String = "2023-08-01", steps: [ApplicationStatus: String] = [:]) -> Application {
        Application(id: id, title: id, actionLines: ["privacy"], team: .zorgVeiligheid, requested: Cents(euros: requested),
                    granted: granted.map { Cents(euros: $0) }, plannedStart: day(start), plannedEnd: day(end), status: status,
                    stepDates: steps.mapValues(day))
    }

    /// Noord-Holland (44): Amsterdam, Weesp (former, merged into Amsterdam) and Haarlem have dossiers.
    /// Fryslân by safety region VR02 (18): Súdwest-Fryslân.
    func fixture() -> [Dossier] {
        let session = { (id: String, date: String) in AdviceSession(id: id, date: day(date), kind: .call, summary: "x") }
        let amsterdam = Dossier(code: code("GM0363"), adviser: "Anne", sessions: [session("s1", "2023-10-10"), session("s2", "2023-08-01")],
                                applications: [application("a1", .running, requested: 9_000, granted: 8_500, end: "2023-09-30", steps: [.approved: "2023-04-01"]),
                                               application("a2", .rejected, requested: 5_000)])
        let weesp = Dossier(code: code("GM0457"), adviser: "Anne",
                            sessions: [AdviceSession(id: "s3", date: day("2022-10-01"), kind: .intake, summary: "x",
                                                     followUps: [FollowUp(id: "f1", text: "bellen", due: day("2023-10-01"))])],
                            applications: [application("a3", .completed, requested: 4_000, granted: 4_000)])
        let haarlem = Dossier(code: code("GM0392"), adviser: "Bert",
                              applications: [application("a4", .approved, requested: 10_000, granted: 10_000, steps: [.approved: "2023-09-01"]),
                                             application("a5", .draft, requested: 1_000, steps: [.draft: "2023-09-10"])])
        let sudwest = Dossier(code: code("GM1900"), adviser: "Bert", sessions: [session("s4", "2023-07-01")],
                              applications: [application("a6", .submitted, requested: 7_500)])
        return [amsterdam, weesp, haarlem, sudwest]
    }

    @Test func figuresMatchAHandComputation() {
        let nh = Region(name: "Noord-Holland", selector: .provinces(["Noord-Holland"]))
        let fr = Region(name: "VR Fryslân", selector: .safetyRegions(["VR02"]))
        let report = StatusReport.make(dossiers: fixture(), regions: [nh, fr], rules: .scheme, today: day("2023-10-16"))
        let n = report.regions[0]
        #expect(n.municipalities.count == 44)
        #expect(n.reached.map(\.rawValue) == ["GM0363", "GM0457"])     // Amsterdam, and the former Weesp
        #expect(n.notReached.count == 43)                               // 44 less Amsterdam
        #expect(n.count(.running) == 1 && n.count(.rejected) == 1 && n.count(.completed) == 1 && n.count(.approved) == 1 && n.count(.draft) == 1)
        #expect(n.requested == Cents(euros: 9_000 + 4_000 + 10_000))    // running, completed, approved
        #expect(n.granted == Cents(euros: 8_500 + 4_000 + 10_000))
        #expect(n.ceiling == Cents(euros: 440_000))
        #expect(n.grantedPermille == 51)                                // 22,500 / 440,000 = 5.1 %
        #expect(n.overdueFollowUps.map(\.rawValue) == ["GM0457"])
        #expect(n.runningPastEnd.map(\.rawValue) == ["GM0363"])
        #expect(n.staleDrafts.map(\.rawValue) == ["GM0392"])            // 36 days untouched
        #expect(n.approvedNotStarted.map(\.rawValue) == ["GM0392"])     // approved 45 days ago
        #expect(n.advisers.map(\.name) == ["Anne", "Bert"])
        #expect(n.advisers[0].municipalities == 2 && n.advisers[0].openApplications == 1)
        #expect(n.advisers[0].sessionsLast30Days == 1 && n.advisers[0].sessionsLast90Days == 2)
        let f = report.regions[1]
        #expect(f.municipalities.count == 18)
        #expect(f.reached.map(\.rawValue) == ["GM1900"])
        #expect(f.requested == Cents(euros: 7_500))
        #expect(f.granted == .zero)
        #expect(report.total.requested == n.requested + f.requested)
        #expect(report.total.municipalities.count == 342)
        #expect(report.duplicates.isEmpty)
    }

    @Test func totalsAlwaysEqualTheSumOfTheRegions() {
        let provinces = Region.provinces()
        for seed in 0..<UInt64(5 * soakFactor) {
            let dossiers = DemoGenerator.make(scale: .national, seed: seed, today: today, rules: .scheme, adviser: "", municipalities: ReferenceData.shared.current)
            let report = StatusReport.make(dossiers: dossiers, regions: provinces, rules: .scheme, today: today)
            #expect(report.regions.reduce(Cents.zero) { $0 + $1.granted } == report.total.granted)
            #expect(report.regions.reduce(Cents.zero) { $0 + $1.requested } == report.total.requested)
            #expect(report.regions.reduce(0) { $0 + $1.reached.count } == report.total.reached.count)
            for status in ApplicationStatus.allCases {
                #expect(report.regions.reduce(0) { $0 + $1.count(status) } == report.total.count(status))
            }
        }
    }

    @Test func aMunicipalityInTwoFoldersIsCountedTwiceAndNamed() {
        let d = fixture()
        let report = StatusReport.make(dossiers: d + [d[3]], regions: [], rules: .scheme, today: today)
        #expect(report.duplicates.map(\.rawValue) == ["GM1900"])
        #expect(report.total.count(.submitted) == 2)
    }
}
