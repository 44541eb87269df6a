import Testing
@testable import ImpulsCore
import ImpulsTestSupport
import ImpulsText

/// Report figures against a fixture computed by hand.
@Suite struct StatusReportTests {
    func code(_ text: String) -> MunicipalityCode { ReportFixture.code(text) }
    func fixture() -> [Dossier] { ReportFixture.dossiers() }

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
        // The total is of the two regions shown (issue 29), and says so; not the whole country.
        #expect(report.total.municipalities.count == 44 + 18)
        #expect(report.totalScope == .regions(2))
        #expect(Set(report.total.reached.map(\.rawValue)) == ["GM0363", "GM0457", "GM1900"])
        #expect(report.duplicates.isEmpty)
    }

    @Test func theTotalCoversTheRegionsShownOrTheWholeCountryByName() {
        let fr = Region(name: "Fryslân", selector: .provinces(["Fryslân"]))
        let overlapping = Region(name: "VR Fryslân", selector: .safetyRegions(["VR02"]))
        let two = StatusReport.make(dossiers: fixture(), regions: [fr, overlapping], rules: .scheme, today: day("2023-10-16"))
        #expect(two.total.municipalities.count == 18, "a municipality in two regions counts once")
        #expect(two.totalScope == .regions(2) && two.rows.count == 3)
        let one = StatusReport.make(dossiers: fixture(), regions: [fr], rules: .scheme, today: day("2023-10-16"))
        #expect(one.rows == one.regions, "the total of one region would repeat its row")
        let provinces = StatusReport.make(dossiers: fixture(), regions: Region.provinces(), rules: .scheme, today: day("2023-10-16"))
        #expect(provinces.totalScope == .country && provinces.total.municipalities.count == 342)
        let country = StatusReport.make(dossiers: fixture(), regions: [fr], wholeCountry: true, rules: .scheme, today: day("2023-10-16"))
        #expect(country.totalScope == .country && country.total.municipalities.count == 342 && country.rows.count == 2)
        #expect(Message.reportTotal(two.totalScope).text(.nl) == "Totaal (2 regio's)")
        #expect(Message.reportTotal(country.totalScope).text(.en) == "Total (all of the Netherlands)")
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

    /// Issue 26, part 6: everyone who did work in the last 90 days (by the history) is an adviser
    /// of the table, next to the dossiers they own; a session counts for whoever logged it.
    @Test func everyoneWhoDidWorkIsCountedNextToTheDossiersTheyOwn() throws {
        func by(_ name: String, _ day: String, seed: UInt64) -> ChangeContext {
            ChangeContext(rules: .scheme, today: ImpulsTestSupport.day(day), actor: name, seed: seed)
        }
        var d = Dossier(code: fryslan, adviser: "Anne")
        d = try d.addingSession(AdviceSession(id: "s1", date: day("2023-10-10"), kind: .advice, summary: "Anne's"), context: by("Anne", "2023-10-10", seed: 1))
        d = try d.addingSession(AdviceSession(id: "s2", date: day("2023-10-11"), kind: .call, summary: "Bob covers"), context: by("Bob", "2023-10-11", seed: 2))
        d = try d.addingSession(AdviceSession(id: "s3", date: day("2023-08-01"), kind: .call, summary: "Bob again"), context: by("Bob", "2023-08-01", seed: 3))
        d = try d.addingApplication(draft(), context: by("Carl", "2023-10-01", seed: 4))
        d = try d.addingContact(Contact(id: "c1", name: "Pieter"), context: by("Dirk", "2023-03-01", seed: 5))   // long ago
        d = try d.addingContact(Contact(id: "c2", name: "Petra"), context: by("?", "2023-10-12", seed: 6))       // nobody in particular
        let advisers = StatusReport.make(dossiers: [d], regions: [], rules: .scheme, today: today).total.advisers
        #expect(advisers == [
            AdviserLoad(name: "Anne", municipalities: 1, openApplications: 1, sessionsLast30Days: 1, sessionsLast90Days: 1),
            AdviserLoad(name: "Bob", municipalities: 0, openApplications: 0, sessionsLast30Days: 1, sessionsLast90Days: 2),
            AdviserLoad(name: "Carl", municipalities: 0, openApplications: 0, sessionsLast30Days: 0, sessionsLast90Days: 0),
        ], "\(advisers)")
    }

    @Test func aMunicipalityInTwoFoldersIsCountedTwiceAndNamed() {
        let d = fixture()
        let report = StatusReport.make(dossiers: d + [d[3]], regions: [], rules: .scheme, today: today)
        #expect(report.duplicates.map(\.rawValue) == ["GM1900"])
        #expect(report.total.count(.submitted) == 2)
    }
}
