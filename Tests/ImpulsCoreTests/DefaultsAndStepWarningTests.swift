import Testing
@testable import ImpulsCore

/// Issue #29: what the tool fills in keeps its own rules, and a step outside the planned period
/// is said (one check, for the interface and the command line).
@Suite struct DefaultsAndStepWarningTests {
    func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

    @Test(arguments: ["2022-06-01", "2022-09-01", "2023-06-30", "2023-10-16", "2023-12-01", "2023-12-20", "2023-12-30"])
    func theDefaultPeriodKeepsTheRules(today: String) {
        let rules = Rules.scheme
        let (start, end) = ApplicationRules.defaultPeriod(today: day(today), rules: rules)
        #expect(ApplicationRules.periodReasons(start: start, end: end, rules: rules).isEmpty, "\(start) → \(end)")
        #expect(Warnings.period(start: start, end: end, rules: rules).isEmpty, "\(start) → \(end)")
        #expect(start >= day(today))
    }

    @Test func inOctober2023ItEndsOnTheClosingDateInsteadOfFourMonthsOn() {
        let (start, end) = ApplicationRules.defaultPeriod(today: day("2023-10-16"), rules: .scheme)
        #expect(start == day("2023-10-30"))
        #expect(end == day("2023-12-31"))
        let early = ApplicationRules.defaultPeriod(today: day("2023-03-01"), rules: .scheme)
        #expect(early.end == day("2023-07-15"), "four months when the closing date is far")
        // On the closing day no period can end by it: it starts today, and the form warns.
        #expect(ApplicationRules.defaultPeriod(today: day("2023-12-31"), rules: .scheme).start == day("2023-12-31"))
    }

    @Test func aStartOrCompletionOutsideThePlannedPeriodIsWarned() {
        let a = Application(id: "a", title: "T", actionLines: ["wijkteams"], team: .zorgVeiligheid, requested: Cents(euros: 5_000),
                            plannedStart: day("2023-11-01"), plannedEnd: day("2023-12-31"))
        #expect(Warnings.step(.completed, on: day("2023-10-16"), of: a)
                == [.stepBeforePlannedStart(.completed, date: day("2023-10-16"), plannedStart: day("2023-11-01"))])
        #expect(Warnings.step(.running, on: day("2024-01-02"), of: a)
                == [.stepAfterPlannedEnd(.running, date: day("2024-01-02"), plannedEnd: day("2023-12-31"))])
        #expect(Warnings.step(.running, on: day("2023-11-01"), of: a).isEmpty)
        #expect(Warnings.step(.completed, on: day("2023-12-31"), of: a).isEmpty)
        #expect(Warnings.step(.submitted, on: day("2023-10-16"), of: a).isEmpty, "only a project's start and completion")
    }
}
