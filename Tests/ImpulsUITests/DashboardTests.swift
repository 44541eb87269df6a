import Testing
import ImpulsCore
import ImpulsText
@testable import ImpulsUI

/// The dashboard shows every figure `impuls status` shows, from the same `StatusReport`.
@Suite struct DashboardTests {
    /// The figures as `impuls status` has them: every stored property of `RegionStatus`. A new one
    /// fails this test until the dashboard shows it too.
    static let shown: Set<String> = ["name", "municipalities", "reached", "notReached", "applications", "requested", "granted",
                                     "ceiling", "overdueFollowUps", "runningPastEnd", "staleDrafts", "approvedNotStarted",
                                     "openNotices", "advisers"]

    @Test func everyFigureOfTheReportModelIsOnTheDashboard() throws {
        let s = fixtureState()
        let report = StatusReport.make(dossiers: Array(s.caseload.dossiers.values), regions: [fryslanRegion], rules: .scheme, today: today)
        let properties = Set(Mirror(reflecting: report.total).children.compactMap(\.label))
        #expect(properties == DashboardTests.shown, "RegionStatus has figures the dashboard does not show: \(properties.subtracting(DashboardTests.shown))")
        let adviser = try #require(report.total.advisers.first)
        #expect(Mirror(reflecting: adviser).children.count == 5, "an adviser's figures: name, municipalities, open applications, sessions 30 and 90 days")
    }

    /// The same report model as `impuls status`, and the same figures on screen, for every region
    /// and the total, in both languages and at 80×24 and 40×12 (where the panel scrolls).
    @Test(arguments: Language.allCases)
    func theDashboardAgreesWithTheStatusReport(language: Language) throws {
        let l = language
        for (columns, rows) in [(80, 24), (40, 12), (120, 40)] {
            var s = fixtureState(columns: columns, rows: rows, language: language)
            _ = press(.character("D"), to: &s)
            let report = try #require(s.report)
            // What `impuls status` computes for the same folder and regions.
            let status = StatusReport.make(dossiers: Array(s.caseload.dossiers.values), regions: [fryslanRegion, groningenRegion],
                                           rules: s.caseload.rules, today: s.caseload.today)
            #expect(report == status)
            for (index, r) in report.rows.enumerated() {
                var expected: [String] = [
                    Message.columnMunicipalities.text(l) + " \(r.municipalities.count)",
                    Message.reportReached.text(l) + " \(r.reached.count)",
                    Message.reportNotReached.text(l) + " \(r.notReached.count)",
                    Message.reportRequested.text(l) + " " + r.requested.formattedExact(l),
                    Message.reportGranted.text(l) + " " + r.granted.formattedExact(l),
                    Message.reportCeiling.text(l) + " " + r.ceiling.formattedExact(l),
                    "\(r.grantedPermille / 10)" + (l == .nl ? "," : ".") + "\(r.grantedPermille % 10)%",
                    Message.reportOverdueFollowUps.text(l) + " \(r.overdueFollowUps.count)",
                    Message.reportPastEnd.text(l) + " \(r.runningPastEnd.count)",
                    Message.reportStaleDrafts.text(l) + " \(r.staleDrafts.count)",
                    Message.reportNotStarted.text(l) + " \(r.approvedNotStarted.count)",
                    Message.reportNotices.text(l) + " \(r.openNotices.count)",
                ]
                expected += ApplicationStatus.allCases.map { Message.statusHeading($0).text(l) + " \(r.count($0))" }
                // Select each figure of the row in turn: every piece is on screen at some point.
                var seen = Set<String>()
                var advisersSeen = Set<String>()
                for figure in DashboardFigure.allCases.indices {
                    s.stack[s.stack.count - 1] = .dashboard(DashboardFeature.State(row: index, figure: figure))
                    let screen = Render.screen(s).text
                    for piece in expected where screen.contains(piece) { seen.insert(piece) }
                    for a in r.advisers where screen.split(separator: "\n").contains(where: {
                        $0.contains(String(a.name.prefix(8))) && $0.hasSuffix(" \(a.sessionsLast90Days)")
                    }) { advisersSeen.insert(a.name) }
                }
                #expect(seen == Set(expected), "\(columns)×\(rows) \(r.name): missing \(Set(expected).subtracting(seen))")
                if rows >= 24 {
                    #expect(advisersSeen == Set(r.advisers.map(\.name)), "\(columns)×\(rows) \(r.name): the advisers")
                }
            }
        }
    }

    @Test(arguments: Language.allCases)
    func headingsAreWholeWordsAt80Columns(language: Language) {
        var s = fixtureState(language: language)
        _ = press(.character("D"), to: &s)
        let header = Render.screen(s).line(1)
        #expect(!header.contains("."), "no abbreviations like 'Niet b.': \(header)")
        #expect(header.contains(Message.reportNotReached.text(language)))
    }

    @Test func enterListsTheMunicipalitiesBehindAFigure() {
        var s = fixtureState()
        _ = press(.character("D"), .right, .right, to: &s)   // not reached
        _ = press(.enter, to: &s)
        guard case .drill(let drill)? = s.stack.last, case let codes = drill.codes else { Issue.record("no list"); return }
        // By name as people sort them, not by CBS code (issue 29): Achtkarspelen, Ameland, …
        let names = codes.map { ReferenceData.shared.municipality($0)?.name ?? "" }
        #expect(Set(codes) == Set(s.report?.regions[0].notReached ?? []))
        #expect(names == names.sorted { Folding.fold($0) < Folding.fold($1) }, "\(names)")
        _ = press(.escape, .tab, .enter, to: &s)             // the first status: draft
        guard case .drill(let drill)? = s.stack.last, case let drafts = drill.codes else { Issue.record("no list"); return }
        #expect(drafts == DrillFeature.byName(s.report?.regions[0].applications[.draft] ?? []))
    }
}
