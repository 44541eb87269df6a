import Testing
@testable import ImpulsCore
import ImpulsTestSupport

/// Two advisers each start an application for one municipality on their own laptop (or one approves
/// while the other starts a second one): the merge keeps both, with a blocking notice, until one of
/// them is withdrawn — as for two granted applications.
@Suite struct TwoOpenApplicationsTests {
    static let base = Dossier(code: fryslan)

    static func started(_ id: String, _ title: String, _ ctx: ChangeContext, from base: Dossier = base) throws -> Dossier {
        var application = draft(id: id)
        application.title = title
        return try base.addingApplication(application, context: ctx)
    }

    /// Anne's draft a1 and Bob's draft a2, merged.
    static func twoDrafts() throws -> (ours: Dossier, theirs: Dossier, merged: Dossier) {
        let ours = try started("a1", "Plan Anne", MergeTests.anne), theirs = try started("a2", "Plan Bob", MergeTests.bob)
        return (ours, theirs, DossierMerge.merge(base: base, ours: ours, theirs: theirs))
    }

    @Test func twoDraftsFromTwoLaptopsAreKeptWithABlockingNoticeBothWays() throws {
        let (ours, theirs, merged) = try Self.twoDrafts()
        #expect(merged == DossierMerge.merge(base: Self.base, ours: theirs, theirs: ours), "symmetric")
        #expect(merged.applications.map(\.status) == [.draft, .draft])
        #expect(merged.notices.count == 1, "\(merged.notices)")
        let notice = try #require(merged.notices.first)
        #expect(notice.kind == .twoOpen && notice.blocking && !notice.resolved)
        #expect(notice.subject == .application("a2") && notice.kept == "a1" && notice.lost == "a2")
        #expect(merged.blockingNotice == notice)
        // Merging the result again (another sync) raises nothing new.
        #expect(DossierMerge.merge(base: ours, ours: merged, theirs: merged) == merged)
        #expect(DossierMerge.merge(base: theirs, ours: merged, theirs: theirs) == merged)
    }

    /// Base: a1 submitted. Anne approves it; Bob, a day later, withdraws it and starts and submits
    /// a2. The approval came first, so a1 stays approved beside a2: two open, one granted.
    @Test func anApprovalBesideASecondSubmittedApplicationBlocksToo() throws {
        var base = try Self.started("a1", "Plan Anne", MergeTests.anne)
        base = try base.advancingApplication(id: "a1", to: .submitted, input: StepInput(date: day("2023-01-01")), context: MergeTests.anne)
        var first = MergeTests.anne, second = MergeTests.bob
        (first.today, first.now) = (day("2023-03-01"), Timestamp(day: day("2023-03-01")))
        (second.today, second.now) = (day("2023-03-02"), Timestamp(day: day("2023-03-02")))
        let approved = try base.advancingApplication(id: "a1", to: .approved, input: StepInput(granted: Cents(euros: 9_000)), context: first)
        var other = try base.advancingApplication(id: "a1", to: .withdrawn, input: StepInput(note: "opnieuw"), context: second)
        other = try Self.started("a2", "Plan Bob", second, from: other)
        other = try other.advancingApplication(id: "a2", to: .submitted, input: StepInput(), context: second)
        let merged = DossierMerge.merge(base: base, ours: approved, theirs: other)
        #expect(merged == DossierMerge.merge(base: base, ours: other, theirs: approved), "symmetric")
        #expect(merged.applications.map(\.status) == [.approved, .submitted])
        #expect(merged.notices.contains { $0.kind == .twoOpen && $0.blocking && $0.kept == "a1" && $0.lost == "a2" }, "\(merged.notices)")
        #expect(!merged.notices.contains { $0.kind == .twoGranted })
    }

    /// Two granted applications are said once, by the notice about grants.
    @Test func twoGrantsRaiseOnlyTheNoticeAboutGrants() throws {
        func granted(_ id: String, _ ctx: ChangeContext) throws -> Dossier {
            var d = try Self.started(id, "Plan " + id, ctx)
            d = try d.advancingApplication(id: id, to: .submitted, input: StepInput(date: day("2023-01-01")), context: ctx)
            return try d.advancingApplication(id: id, to: .approved, input: StepInput(granted: Cents(euros: 9_000)), context: ctx)
        }
        let merged = DossierMerge.merge(base: Self.base, ours: try granted("a1", MergeTests.anne), theirs: try granted("a2", MergeTests.bob))
        #expect(merged.notices.map(\.kind) == [.twoGranted])
        #expect(RuleAudit.findings(merged, rules: .scheme).isEmpty, "named by the notice: \(RuleAudit.reasons(merged, rules: .scheme))")
    }

    @Test func whileItStandsOnlyAWithdrawalGoesOnAndEitherWithdrawalResolvesIt() throws {
        let merged = try Self.twoDrafts().merged
        let notice = try #require(merged.blockingNotice)
        for id in ["a1", "a2"] {
            #expect(reasons { _ = try merged.advancingApplication(id: id, to: .submitted, input: StepInput(), context: context) } == [.blockedByTwoOpen])
        }
        #expect(reasons { _ = try merged.resolvingNotice(notice.id, context: context) } == [.blockedByTwoOpen], "its cause still stands")
        for (withdrawn, other) in [("a1", "a2"), ("a2", "a1")] {
            let after = try merged.advancingApplication(id: withdrawn, to: .withdrawn, input: StepInput(note: "dubbel"), context: context)
            #expect(after.openNotices.isEmpty, "withdrawing \(withdrawn) resolves the notice")
            #expect(after.history.contains { $0.action == .resolved && $0.new == notice.id })
            #expect(try after.advancingApplication(id: other, to: .submitted, input: StepInput(), context: context)
                .applications.first { $0.id == other }?.status == .submitted)
        }
    }

    /// `check` and `import` read the clash from the notice; without one (a hand edit) it stays a
    /// broken rule, and a second application is still refused to anyone starting one.
    @Test func aClashANoticeNamesIsTheNoticesAndOnlyThat() throws {
        let merged = try Self.twoDrafts().merged
        #expect(RuleAudit.findings(merged, rules: .scheme).isEmpty, "\(RuleAudit.reasons(merged, rules: .scheme))")
        var unexplained = merged
        unexplained.notices = []
        #expect(RuleAudit.reasons(unexplained, rules: .scheme) == [.openApplicationExists(title: "Plan Anne", status: .draft)])
        var resolved = merged
        resolved.notices[0].resolved = true
        #expect(RuleAudit.reasons(resolved, rules: .scheme) == [.openApplicationExists(title: "Plan Anne", status: .draft)])
        var elsewhere = merged
        elsewhere.notices[0].kept = "a9"
        #expect(RuleAudit.reasons(elsewhere, rules: .scheme) == [.openApplicationExists(title: "Plan Anne", status: .draft)],
                "a notice about other applications explains nothing")
        #expect(reasons { _ = try merged.addingApplication(draft(id: "a3"), context: context) } == [.openApplicationExists(title: "Plan Anne", status: .draft)])
        let single = try Self.started("a1", "Plan Anne", context)
        #expect(reasons { _ = try single.addingApplication(draft(id: "a2"), context: context) } == [.openApplicationExists(title: "Plan Anne", status: .draft)])
    }
}
