import Testing
@testable import ImpulsCore
import ImpulsTestSupport

/// Issue 25: undo takes back only what this adviser did on this laptop, and nothing a colleague's
/// later change builds on.
@Suite struct UndoAuthorshipTests {
    /// An adviser (the name as `Config.actor` records it) on a laptop, with a seed of its own.
    func on(_ laptop: String?, as name: String = "Anne", seed: UInt64 = 1) -> ChangeContext {
        ChangeContext(rules: .scheme, today: today, actor: name, laptop: laptop, seed: seed)
    }

    let one = "1111111111111111", two = "2222222222222222"

    func session(_ id: String = "s1", followUp: String? = nil) -> AdviceSession {
        AdviceSession(id: id, date: today, kind: .call, summary: "Gebeld", followUps: followUp.map { [FollowUp(id: $0, text: "Mailen", due: today)] } ?? [])
    }

    @Test(arguments: ["Anne", "?"])
    func theSameNameOnAnotherLaptopIsNotYours(name: String) throws {
        let d = try Dossier(code: fryslan).addingSession(session(), context: on(one, as: name))
        #expect(d.history.allSatisfy { $0.laptop == one }, "each entry records its laptop")
        #expect(d.changeToUndo(by: on(two, as: name).author) == nil)
        #expect(reasons { _ = try d.undoingLastChange(context: on(two, as: name, seed: 2)) } == [.nothingToUndo])
        #expect(try d.undoingLastChange(context: on(one, as: name)).sessions.isEmpty, "on its own laptop it goes")
    }

    @Test func yourOwnChangeOnYourOwnLaptopIsUndoneAndRedone() throws {
        let me = on(one)
        let d = try Dossier(code: fryslan).addingSession(session(), context: me)
        let undone = try d.undoingLastChange(context: me)
        #expect(undone.sessions.isEmpty)
        #expect(undone.history.last?.laptop == one, "the undo records the laptop too")
        #expect(try undone.redoingLastUndo(context: me).sessions == d.sessions)
    }

    /// Entries from before laptops were recorded: a named adviser's are theirs (as before); an
    /// unnamed one's ("onbekend") are nobody's, so nobody undoes them.
    @Test func anOlderEntryWithoutALaptopIsUndoneOnlyByItsNamedAuthor() throws {
        let named = try Dossier(code: fryslan).addingSession(session(), context: on(nil))
        #expect(named.history.allSatisfy { $0.laptop == nil })
        #expect(try named.undoingLastChange(context: on(one)).sessions.isEmpty)
        #expect(reasons { _ = try named.undoingLastChange(context: on(one, as: "Bob")) } == [.nothingToUndo])
        let unnamed = try Dossier(code: fryslan).addingSession(session(), context: on(nil, as: "?"))
        #expect(reasons { _ = try unnamed.undoingLastChange(context: on(one, as: "?")) } == [.nothingToUndo])
        #expect(reasons { _ = try unnamed.undoingLastChange(context: on(nil, as: "?")) } == [.nothingToUndo])
    }

    /// A submits, B approves: A's undo of the submission would leave a draft with B's grant on it.
    @Test func aColleaguesLaterStepIsNamedAndTheUndoRefused() throws {
        let anne = on(one), bob = on(two, as: "Bob", seed: 2)
        var d = try Dossier(code: fryslan).addingApplication(draft(), context: anne)
        d = try d.advancingApplication(to: .submitted, input: StepInput(), context: anne)
        d = try d.advancingApplication(to: .approved, input: StepInput(granted: Cents(euros: 9_000)), context: bob)
        let approval = try #require(d.changes.last)
        #expect(reasons { _ = try d.undoingLastChange(context: anne) }
                == [.builtOnLater(LaterChange(change: approval, dossier: d, redo: false, sameName: false))])
        // The same from Anne's name on another laptop.
        var twin = try Dossier(code: fryslan).addingApplication(draft(), context: anne)
        twin = try twin.advancingApplication(to: .submitted, input: StepInput(), context: anne)
        twin = try twin.advancingApplication(to: .approved, input: StepInput(granted: Cents(euros: 9_000)), context: on(two, seed: 3))
        #expect(reasons { _ = try twin.undoingLastChange(context: anne) }
                == [.builtOnLater(LaterChange(change: twin.changes.last!, dossier: twin, redo: false, sameName: true))])
    }

    @Test func aColleaguesEditOrTickOfYourRecordRefusesTheUndo() throws {
        let anne = on(one), bob = on(two, as: "Bob", seed: 2)
        let mine = try Dossier(code: fryslan).addingSession(session(followUp: "f1"), context: anne)
        let edited = try mine.editing(.session(id: "s1", [.summary: "Anders"]), context: bob)
        #expect(reasons { _ = try edited.undoingLastChange(context: anne) }.first.map(Self.laterChange) == edited.changes.last)
        let ticked = try mine.settingFollowUp("f1", done: true, context: bob)
        #expect(reasons { _ = try ticked.undoingLastChange(context: anne) }.first.map(Self.laterChange) == ticked.changes.last)
        // Anne's own tick, then Bob's: hers is refused too; Bob's edit of the session leaves her tick alone.
        let hers = try mine.settingFollowUp("f1", done: true, context: anne)
        let retick = try hers.settingFollowUp("f1", done: false, context: bob)
        #expect(reasons { _ = try retick.undoingLastChange(context: anne) }.first.map(Self.laterChange) == retick.changes.last)
        let summary = try hers.editing(.session(id: "s1", [.summary: "Anders"]), context: bob)
        #expect(try summary.undoingLastChange(context: anne).openFollowUps.map(\.id) == ["f1"])
    }

    /// Bob's change on another record, or one Bob took back himself, is nothing Anne's undo breaks.
    @Test func aLaterChangeOnAnotherRecordOrTakenBackDoesNotRefuse() throws {
        let anne = on(one), bob = on(two, as: "Bob", seed: 2)
        var d = try Dossier(code: fryslan).addingApplication(draft(), context: anne)
        d = try d.advancingApplication(to: .submitted, input: StepInput(), context: anne)
        d = try d.addingSession(session(), context: bob)
        d = try d.advancingApplication(to: .approved, input: StepInput(granted: Cents(euros: 9_000)), context: bob)
        d = try d.undoingLastChange(context: bob)
        let undone = try d.undoingLastChange(context: anne)
        #expect(undone.applications[0].status == .draft && undone.applications[0].granted == nil)
        #expect(undone.sessions.map(\.id) == ["s1"])
    }

    /// Anne's edit undone, then Bob's edit: redoing hers would put her whole session back over his.
    @Test func aRedoIsRefusedLikeAnUndo() throws {
        let anne = on(one), bob = on(two, as: "Bob", seed: 2)
        var d = try Dossier(code: fryslan).addingSession(session(), context: anne)
        d = try d.editing(.session(id: "s1", [.summary: "Anne's"]), context: anne)
        d = try d.undoingLastChange(context: anne)
        d = try d.editing(.session(id: "s1", [.summary: "Bob's"]), context: bob)
        #expect(reasons { _ = try d.redoingLastUndo(context: anne) }
                == [.builtOnLater(LaterChange(change: d.changes.last!, dossier: d, redo: true, sameName: false))])
    }

    static func laterChange(_ reason: Reason) -> Dossier.Change? {
        if case .builtOnLater(let later) = reason { return later.change } else { return nil }
    }
}
