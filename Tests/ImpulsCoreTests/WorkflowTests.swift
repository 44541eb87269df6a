import Testing
@testable import ImpulsCore
import ImpulsTestSupport

func reasons(_ body: () throws -> Void) -> [Reason] {
    do {
        try body()
        return []
    } catch let refusal as Refusal {
        return refusal.reasons
    } catch {
        return []
    }
}

@Suite struct WorkflowTests {
    @Test func theWholeWayFromDraftToCompleted() throws {
        var d = try Dossier(code: fryslan).addingApplication(draft(), context: context)
        d = try d.advancingApplication(to: .submitted, input: StepInput(), context: context)
        d = try d.advancingApplication(to: .approved, input: StepInput(granted: Cents(euros: 9_000)), context: context)
        d = try d.advancingApplication(to: .running, input: StepInput(), context: context)
        var later = context
        later.today = day("2024-02-01")
        d = try d.advancingApplication(to: .completed, input: StepInput(date: day("2024-01-31"), outcome: "30 getraind"), context: later)
        let a = d.applications[0]
        #expect(a.status == .completed)
        #expect(a.granted == Cents(euros: 9_000))
        #expect(a.outcome == "30 getraind")
        #expect(a.stepDates[.completed] == day("2024-01-31"))
        #expect(d.history.filter { $0.action == .transition }.map(\.new) == ["submitted", "approved", "running", "completed"])
        #expect(d.history.allSatisfy { $0.by == "Anne" })
        #expect(d.openApplication == nil)
    }

    @Test func onlyTheDrawnStepsAreAllowed() {
        let allowed: [ApplicationStatus: Set<ApplicationStatus>] = [
            .draft: [.submitted, .withdrawn], .submitted: [.approved, .rejected, .withdrawn],
            .approved: [.running, .withdrawn], .running: [.completed], .rejected: [], .withdrawn: [], .completed: [],
        ]
        for (from, targets) in allowed {
            for to in ApplicationStatus.allCases {
                var a = draft()
                a.status = from
                let r = Workflow.reasons(for: a, to: to, input: StepInput(note: "n", granted: Cents(euros: 1), date: today), others: [a], context: context)
                #expect(r.contains(.stepNotAllowed(from: from, to: to)) == !targets.contains(to), "\(from) → \(to)")
            }
        }
    }

    @Test func submittingChecksEveryRuleAndGivesEveryReason() {
        var a = draft(amount: 12_000, start: "2023-11-01", end: "2024-04-15", lines: [])
        a.title = " "
        let r = Workflow.reasons(for: a, to: .submitted, input: StepInput(date: day("2022-08-31")), others: [], context: context)
        #expect(r.contains(.emptyTitle))
        #expect(r.contains(.amountAboveMaximum(field: .requested, amount: Cents(euros: 12_000), maximum: Cents(euros: 10_000))))
        #expect(r.contains(.projectTooLong(start: day("2023-11-01"), end: day("2024-04-15"), months: 4, latestEnd: day("2024-03-01"))))
        #expect(r.contains(.noActionLine))
        #expect(r.contains(.beforeOpening(date: day("2022-08-31"), opening: day("2022-09-01"))))
        #expect(r.count == 5)
    }

    @Test(arguments: [
        (10_000, "2023-11-01", "2024-03-01", true),   // exactly the maximum, exactly 4 months
        (10_001, "2023-11-01", "2024-03-01", false),
        (0, "2023-11-01", "2024-01-01", false),
        (5_000, "2023-11-01", "2024-03-02", false),
        (5_000, "2023-11-01", "2023-11-01", false),
        (5_000, "2023-10-31", "2024-02-29", true),    // month-end clamping in a leap year
    ] as [(Int64, String, String, Bool)])
    func amountAndPeriodBoundaries(euros: Int64, start: String, end: String, allowed: Bool) {
        let r = Workflow.reasons(for: draft(amount: euros, start: start, end: end), to: .submitted, input: StepInput(), others: [], context: context)
        #expect(r.isEmpty == allowed, "\(r)")
    }

    @Test func submissionWindowUsesTheStepDate() {
        var late = context
        late.today = day("2024-01-02")
        #expect(Workflow.reasons(for: draft(), to: .submitted, input: StepInput(), others: [], context: late)
                == [.afterClosing(date: day("2024-01-02"), closing: day("2023-12-31"))])
        #expect(Workflow.reasons(for: draft(), to: .submitted, input: StepInput(date: day("2023-12-31")), others: [], context: late).isEmpty)
        #expect(Workflow.reasons(for: draft(), to: .submitted, input: StepInput(date: day("2023-10-17")), others: [], context: context)
                == [.stepInFuture(date: day("2023-10-17"), today: today)])
    }

    @Test func approvingChecksTheGrantedAmountAndOnePerMunicipality() {
        var a = draft()
        a.status = .submitted
        #expect(Workflow.reasons(for: a, to: .approved, input: StepInput(), others: [a], context: context) == [.grantedMissing])
        #expect(Workflow.reasons(for: a, to: .approved, input: StepInput(granted: Cents(euros: 9_600)), others: [a], context: context)
                == [.grantedAboveRequested(granted: Cents(euros: 9_600), requested: Cents(euros: 9_500))])
        #expect(Workflow.reasons(for: a, to: .approved, input: StepInput(granted: Cents(0)), others: [a], context: context)
                == [.amountNotPositive(field: .granted)])
        for status in [ApplicationStatus.approved, .running, .completed] {
            var other = draft(id: "a0")
            other.status = status
            #expect(Workflow.reasons(for: a, to: .approved, input: StepInput(granted: Cents(euros: 1)), others: [other, a], context: context)
                    == [.anotherGranted(title: other.title, status: status)])
        }
        for status in [ApplicationStatus.rejected, .withdrawn] {
            var other = draft(id: "a0")
            other.status = status
            #expect(Workflow.reasons(for: a, to: .approved, input: StepInput(granted: Cents(euros: 1)), others: [other, a], context: context).isEmpty)
        }
    }

    @Test func rejectAndWithdrawNeedANoteCompleteNeedsAnEndDate() {
        var a = draft()
        a.status = .submitted
        #expect(Workflow.reasons(for: a, to: .rejected, input: StepInput(note: "  "), others: [], context: context) == [.noteRequired(.rejected)])
        #expect(Workflow.reasons(for: a, to: .withdrawn, input: StepInput(), others: [], context: context) == [.noteRequired(.withdrawn)])
        a.status = .running
        #expect(Workflow.reasons(for: a, to: .completed, input: StepInput(), others: [], context: context) == [.endDateRequired])
    }

    @Test func aStepCannotPrecedeThePreviousOne() {
        var a = draft()
        a.status = .submitted
        a.stepDates = [.draft: day("2023-10-01"), .submitted: day("2023-10-10")]
        #expect(Workflow.reasons(for: a, to: .withdrawn, input: StepInput(note: "x", date: day("2023-10-09")), others: [], context: context)
                == [.stepBeforePrevious(date: day("2023-10-09"), previous: day("2023-10-10"))])
    }

    @Test func aNewApplicationIsRefusedWhileAnotherIsOpenOrGranted() throws {
        let d = try Dossier(code: fryslan).addingApplication(draft(), context: context)
        #expect(reasons { _ = try d.addingApplication(draft(id: "a2"), context: context) } == [.openApplicationExists(title: "Training privacy", status: .draft)])
        let withdrawn = try d.advancingApplication(to: .withdrawn, input: StepInput(note: "toch niet"), context: context)
        #expect(try withdrawn.addingApplication(draft(id: "a2"), context: context).applications.count == 2)
    }

    @Test func aNewApplicationChecksContentAtOnce() {
        #expect(reasons { _ = try Dossier(code: fryslan).addingApplication(draft(amount: 12_000), context: context) }
                == [.amountAboveMaximum(field: .requested, amount: Cents(euros: 12_000), maximum: Cents(euros: 10_000))])
        #expect(reasons { _ = try Dossier(code: fryslan).addingApplication(draft(lines: ["onbekend"]), context: context) }
                == [.unknownActionLine("onbekend")])
    }

    @Test func formerMunicipalitiesTakeNoNewWork() {
        let weesp = Dossier(code: MunicipalityCode("GM0457")!)
        #expect(reasons { _ = try weesp.addingApplication(draft(), context: context) }.contains(.formerMunicipality(name: "Weesp", successor: "Amsterdam")))
        #expect(reasons { _ = try weesp.addingSession(AdviceSession(id: "s", date: today, kind: .advice, summary: "x"), context: context) }
                == [.formerMunicipality(name: "Weesp", successor: "Amsterdam")])
    }

    @Test func sessionsAreValidatedAndRecorded() throws {
        let session = AdviceSession(id: "s1", date: today, kind: .intake, actionLines: ["privacy"], summary: "Eerste gesprek\nmet wethouder",
                                    minutes: 30, followUps: [FollowUp(id: "f1", text: "Bellen", due: day("2023-10-10"))])
        let d = try Dossier(code: fryslan).addingSession(session, context: context)
        #expect(d.history.map(\.subject) == [.session("s1"), .followUp("f1")])
        #expect(Set(d.history.map(\.change)).count == 1, "one change")
        #expect(d.history.map(\.id) == d.history.map { $0.change + ($0.subject == .session("s1") ? ".00" : ".01") })
        #expect(d.lastContact == today)
        #expect(d.overdueFollowUps(today: today).map(\.id) == ["f1"])
        let done = try d.settingFollowUp("f1", done: true, context: context)
        #expect(done.overdueFollowUps(today: today).isEmpty)
        #expect(Set(done.history.map(\.change)).count == 2)
        #expect(done.history.last!.at > d.history.last!.at, "a later change is ordered after the earlier one")
        var bad = session
        bad.summary = ""
        bad.minutes = 0
        bad.actionLines = ["x"]
        #expect(reasons { _ = try Dossier(code: fryslan).addingSession(bad, context: context) } == [.emptySummary, .minutesNotPositive, .unknownActionLine("x")])
    }

    @Test func queriesFindStaleDraftsAndLateProjects() throws {
        var early = context
        early.today = day("2023-09-01")
        var d = try Dossier(code: fryslan).addingApplication(draft(start: "2023-09-10", end: "2023-10-10"), context: early)
        #expect(d.staleDrafts(today: day("2023-09-30")).isEmpty)
        #expect(d.staleDrafts(today: day("2023-10-01")).count == 1)
        d = try d.advancingApplication(to: .submitted, input: StepInput(), context: early)
        d = try d.advancingApplication(to: .approved, input: StepInput(granted: Cents(euros: 9_000)), context: early)
        #expect(d.approvedNotStarted(today: day("2023-10-01")).count == 1)
        d = try d.advancingApplication(to: .running, input: StepInput(), context: early)
        #expect(d.projectsPastEnd(today: day("2023-10-11")).count == 1)
        #expect(d.projectsPastEnd(today: day("2023-10-10")).isEmpty)
        #expect(d.applicationStatus == .running)
    }
}

@Suite struct WorkflowPropertyTests {
    /// No sequence of steps gives a municipality two granted applications, and every change that
    /// went through appears in the history.
    @Test func randomSequencesKeepTheInvariants() {
        let rounds = 300 * max(1, Int(soakFactor))
        for seed in 0..<UInt64(rounds) {
            var rng = SeededGenerator(seed: seed)
            var d = Dossier(code: fryslan)
            var accepted = 0
            for _ in 0..<40 {
                var ctx = context
                ctx.today = day("2023-01-01").adding(days: Int.random(in: 0...300, using: &rng))
                let before = d.history.count
                let next: Dossier?
                switch Int.random(in: 0..<4, using: &rng) {
                case 0:
                    next = try? d.addingApplication(draft(amount: Int64.random(in: 1...12_000, using: &rng), id: RecordID.make(using: &rng)), context: ctx)
                case 1:
                    let target = ApplicationStatus.allCases.randomElement(using: &rng)!
                    let input = StepInput(note: Bool.random(using: &rng) ? "n" : nil, granted: Cents(euros: Int64.random(in: 0...11_000, using: &rng)),
                                          date: ctx.today, outcome: nil)
                    let id = d.applications.randomElement(using: &rng)?.id
                    next = try? d.advancingApplication(id: id, to: target, input: input, context: ctx)
                case 2:
                    next = try? d.addingSession(AdviceSession(id: RecordID.make(using: &rng), date: ctx.today, kind: .call, summary: "s"), context: ctx)
                default:
                    next = nil
                }
                if let next {
                    #expect(next.history.count > before, "a change without history")
                    d = next
                    accepted += 1
                }
                #expect(d.applications.filter { $0.status.isGranted }.count <= 1)
                #expect(d.applications.filter { $0.status.isOpen }.count <= 1)
            }
            #expect(Set(d.history.map(\.change)).count == accepted)
        }
    }
}

/// `IMPULS_SOAK=N` runs the random and crash tests N times as long.
let soakFactor: Int = {
    guard let text = getenvString("IMPULS_SOAK"), let n = Int(text), n > 0 else { return 1 }
    return n
}()

@Suite struct UndoTests {
    @Test func undoTakesBackTheWholeLastChangeAndIsRecorded() throws {
        var d = try Dossier(code: fryslan).addingApplication(draft(), context: context)
        d = try d.advancingApplication(to: .submitted, input: StepInput(), context: context)
        let submitted = d
        d = try d.advancingApplication(to: .approved, input: StepInput(granted: Cents(euros: 9_000)), context: context)
        let approved = d
        d = try d.undoingLastChange(context: context)
        #expect(d.applications == submitted.applications, "status, step date and granted amount all back")
        #expect(d.history.last?.undoes != nil, "the undo is a change of its own in the history")
        d = try d.undoingLastChange(context: context)
        #expect(d.applications[0].status == .draft)
        // An application that ever left draft is never removed by an undo.
        #expect(reasons { _ = try d.undoingLastChange(context: context) } == [.undoWouldRemoveApplication(title: "Training privacy")])
        d = try d.redoingLastUndo(context: context)
        #expect(d.applications == submitted.applications)
        d = try d.redoingLastUndo(context: context)
        #expect(d.applications == approved.applications, "redo puts back exactly what the undo took")
        #expect(reasons { _ = try d.redoingLastUndo(context: context) } == [.nothingToRedo])
        // A draft made a minute ago may go.
        var fresh = try Dossier(code: fryslan).addingApplication(draft(), context: context)
        fresh = try fresh.undoingLastChange(context: context)
        #expect(fresh.applications.isEmpty)
    }

    @Test func undoTouchesOnlyYourOwnChanges() throws {
        var colleague = context
        colleague.actor = "Bob"
        colleague.seed = 9
        var d = try Dossier(code: fryslan).addingSession(AdviceSession(id: "mine", date: today, kind: .call, summary: "x"), context: context)
        d = try d.addingSession(AdviceSession(id: "theirs", date: today, kind: .call, summary: "y"), context: colleague)
        d = try d.undoingLastChange(context: context)
        #expect(d.sessions.map(\.id) == ["theirs"], "Anne's undo skips Bob's newer session and takes back her own")
        #expect(reasons { _ = try d.undoingLastChange(context: context) } == [.nothingToUndo])
    }

    @Test func undoRemovesASessionWithItsFollowUpsAndRestoresAToggle() throws {
        let session = AdviceSession(id: "s1", date: today, kind: .call, summary: "x", followUps: [FollowUp(id: "f1", text: "y", due: today)])
        var d = try Dossier(code: fryslan).addingSession(session, context: context)
        d = try d.settingFollowUp("f1", done: true, context: context)
        d = try d.undoingLastChange(context: context)
        #expect(d.openFollowUps.map(\.id) == ["f1"])
        d = try d.undoingLastChange(context: context)
        #expect(d.sessions.isEmpty)
    }
}

@Suite struct RecordChangeTests {
    func dossier() throws -> Dossier {
        var d = try Dossier(code: fryslan).addingSession(AdviceSession(id: "s1", date: today, kind: .call, participants: ["A"], summary: "eerst",
                                                                       minutes: 30, followUps: [FollowUp(id: "f1", text: "bellen", due: today)]), context: context)
        d = try d.addingContact(Contact(id: "c1", name: "Pieter", role: "wethouder"), context: context)
        return try d.addingApplication(draft(), context: context)
    }

    @Test func editsAreCheckedRecordedPerFieldAndUndone() throws {
        let before = try dossier()
        let edited = try before.editing(.session(id: "s1", [.summary: "anders", .minutes: "45", .kind: "intake"]), context: context)
        #expect(edited.sessions[0].summary == "anders" && edited.sessions[0].minutes == 45 && edited.sessions[0].kind == .intake)
        #expect(edited.history.filter { $0.change == edited.history.last!.change }.count == 3)
        #expect(try edited.undoingLastChange(context: context).sessions == before.sessions)
        #expect(reasons { _ = try before.editing(.session(id: "s1", [.summary: " "]), context: context) } == [.emptySummary])
        #expect(reasons { _ = try before.editing(.application(id: "a1", [.requested: "12000"]), context: context) }
                == [.amountAboveMaximum(field: .requested, amount: Cents(euros: 12_000), maximum: Cents(euros: 10_000))])
        let app = try before.editing(.application(id: "a1", [.title: "Nieuw", .plannedEnd: "2023-12-31"]), context: context)
        #expect(try app.undoingLastChange(context: context).applications == before.applications)
        let submitted = try before.advancingApplication(to: .submitted, input: StepInput(), context: context)
        #expect(reasons { _ = try submitted.editing(.application(id: "a1", [.title: "x"]), context: context) } == [.editOnlyDraft(.submitted)])
    }

    @Test func removalsAreRecordedAndUndone() throws {
        let before = try dossier()
        let noSession = try before.removing(.session, id: "s1", context: context)
        #expect(noSession.sessions.isEmpty)
        #expect(try noSession.undoingLastChange(context: context).sessions == before.sessions, "the session and its follow-up come back")
        let noContact = try before.removing(.contact, id: "c1", context: context)
        #expect(try noContact.undoingLastChange(context: context).contacts == before.contacts)
        let noFollowUp = try before.removing(.followUp, id: "f1", context: context)
        #expect(noFollowUp.openFollowUps.isEmpty)
        #expect(try noFollowUp.undoingLastChange(context: context).openFollowUps.map(\.id) == ["f1"])
        #expect(reasons { _ = try before.removing(.application, id: "a1", context: context) } == [.applicationsAreWithdrawn])
    }
}
