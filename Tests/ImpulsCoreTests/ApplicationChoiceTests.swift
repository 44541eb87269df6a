import Testing
@testable import ImpulsCore
import ImpulsTestSupport

/// Which application an action is about: named by a start of its title or id, or the only one that
/// can take the step; never a silent pick.
@Suite struct ApplicationChoiceTests {
    static func application(_ id: String, _ title: String, _ status: ApplicationStatus) -> Application {
        var a = draft(id: id)
        a.title = title
        a.status = status
        a.stepDates = [.draft: day("2023-10-01")]
        if status != .draft { a.stepDates[status] = day("2023-10-02") }
        if status.isGranted { a.granted = Cents(euros: 9_000) }
        return a
    }

    static let old = application("0aa1e5b2c3d4e5f6", "Plan Álmere", .withdrawn)
    static let granted = application("3f2a9c1d00000000", "Buurtteams versterken", .approved)
    static let second = application("7b7b7b7b7b7b7b7b", "Wijkgericht werken", .draft)
    /// After a merge: one approved, a second one started on another laptop, an old one withdrawn.
    static let dossier = Dossier(code: fryslan, applications: [old, granted, second])

    @Test func aStartOfTheTitleFoldedOrOfTheIdNamesAnApplication() {
        let d = Self.dossier
        #expect(d.applications(matching: "buurt") == [Self.granted])
        #expect(d.applications(matching: "  WIJKGERICHT w") == [Self.second])
        #expect(d.applications(matching: "plan alm") == [Self.old], "folded: Á is a")
        #expect(d.applications(matching: "3F2A") == [Self.granted], "an id's start, any case")
        #expect(d.applications(matching: "7b7b7b7b7b7b7b7b") == [Self.second])
        #expect(d.applications(matching: "zzz") == [])
        #expect(d.applications(matching: " ") == [], "nothing typed names nothing")
        #expect(d.applications(matching: "w").count == 1)
    }

    @Test func aWholeTitleWinsOverALongerOneItStarts() {
        let d = Dossier(code: fryslan, applications: [Self.application("a1", "Plan", .withdrawn), Self.application("a2", "Plan B", .draft)])
        #expect(d.applications(matching: "plan").map(\.id) == ["a1"])
        #expect(d.applications(matching: "plan ").map(\.id) == ["a1"], "trimmed")
        #expect(d.applications(matching: "plan b").map(\.id) == ["a2"])
    }

    @Test func theApplicationsThatCanTakeAStepAreThoseTheWorkflowLetsTakeIt() {
        let d = Self.dossier
        #expect(d.applicationsThatCanTake(.withdrawn) == [Self.granted, Self.second])
        #expect(d.applicationsThatCanTake(.submitted) == [Self.second])
        #expect(d.applicationsThatCanTake(.running) == [Self.granted])
        #expect(d.applicationsThatCanTake(.completed) == [])
    }

    @Test func aStepWithoutANameGoesToTheOnlyApplicationThatCanTakeItElseIsRefusedWithTheList() throws {
        let d = Self.dossier
        #expect(try d.application(named: nil, toTake: .submitted) == Self.second)
        #expect(try d.application(named: nil, toTake: .running) == Self.granted)
        #expect(reasons { _ = try d.application(named: nil, toTake: .withdrawn) }
                == [.applicationNotChosen(.withdrawn, among: [Self.granted, Self.second])])
        #expect(reasons { _ = try d.advancingApplication(to: .withdrawn, input: StepInput(note: "dubbel"), context: context) }
                == [.applicationNotChosen(.withdrawn, among: [Self.granted, Self.second])], "never a silent pick")
        // None can take it: the one open application is named (the workflow says why not); with
        // several, the choice is asked for; with none, there is nothing open.
        let one = Dossier(code: fryslan, applications: [Self.old, Self.second])
        #expect(try one.application(named: nil, toTake: .approved) == Self.second)
        #expect(reasons { _ = try d.application(named: nil, toTake: .completed) }
                == [.applicationNotChosen(.completed, among: [Self.granted, Self.second])])
        #expect(reasons { _ = try Dossier(code: fryslan, applications: [Self.old]).application(named: nil, toTake: .submitted) } == [.noOpenApplication])
    }

    @Test func aNameThatMissesOrIsAmbiguousIsRefusedWithTheList() throws {
        let d = Self.dossier
        #expect(try d.application(named: "wijk", toTake: .withdrawn) == Self.second)
        #expect(try d.application(named: "3f2a", toTake: .withdrawn) == Self.granted)
        #expect(reasons { _ = try d.application(named: "zzz", toTake: .withdrawn) }
                == [.applicationNotFound("zzz", among: [Self.old, Self.granted, Self.second])])
        let twins = Dossier(code: fryslan, applications: [Self.application("a1", "Plan A", .draft), Self.application("b2", "Plan B", .draft)])
        #expect(reasons { _ = try twins.application(named: "plan", toTake: .submitted) }
                == [.applicationAmbiguous("plan", among: twins.applications)])
    }

    @Test func advancingByNameMovesTheNamedOne() throws {
        let d = Self.dossier
        let after = try d.advancingApplication(named: "wijk", to: .withdrawn, input: StepInput(note: "dubbel"), context: context)
        #expect(after.applications.map(\.status) == [.withdrawn, .approved, .withdrawn])
        #expect(reasons { _ = try d.advancingApplication(named: "plan", to: .submitted, input: StepInput(), context: context) }
                == [.stepNotAllowed(from: .withdrawn, to: .submitted)])
    }

    /// A refused choice under a blocking notice says both: which applications, and that only a
    /// withdrawal may go on.
    @Test func aRefusedChoiceUnderABlockingNoticeSaysBoth() throws {
        let merged = try TwoOpenApplicationsTests.twoDrafts().merged
        #expect(reasons { _ = try merged.advancingApplication(named: nil, to: .submitted, input: StepInput(), context: context) }
                == [.applicationNotChosen(.submitted, among: merged.applications), .blockedByTwoOpen])
        let after = try merged.advancingApplication(named: "plan b", to: .withdrawn, input: StepInput(note: "dubbel"), context: context)
        #expect(after.applications.first { $0.id == "a2" }?.status == .withdrawn)
        #expect(after.openNotices.isEmpty)
    }
}
