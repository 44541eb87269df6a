import Testing
@testable import ImpulsCore
import ImpulsTestSupport

/// "The later change wins" only for moments a laptop could have recorded: a moment far in the
/// future (a hand edit, a clock gone wrong) decides nothing.
@Suite struct MergeMomentTests {


    /// Anne and Bob change one contact's role. Bob's entry says 9999-12-31 (recorded on 2023-03-01);
    /// Anne changed it on 2023-03-05: Anne's change is the later one.
    static func clash(bobAt: Timestamp, bobOn: CalendarDay) throws -> (base: Dossier, anne: Dossier, bob: Dossier) {
        var base = try Dossier(code: fryslan).addingContact(Contact(id: "c1", name: "Pieter", role: "ambtenaar"), context: MergeTests.anne)
        base.keepCanonicalOrder()
        var anne = MergeTests.anne, bob = MergeTests.bob
        anne.today = day("2023-03-05")
        anne.now = moment("2023-03-05T10:00:00.000Z")
        bob.today = day("2023-03-01")
        bob.now = moment("2023-03-01T10:00:00.000Z")
        let ours = try base.editing(.contact(id: "c1", [.role: "wethouder"]), context: anne)
        var theirs = try base.editing(.contact(id: "c1", [.role: "griffier"]), context: bob)
        let i = try #require(theirs.history.firstIndex { $0.by == "Bob" })
        theirs.history[i].at = bobAt
        theirs.history[i].on = bobOn
        theirs.keepCanonicalOrder()
        return (base, ours, theirs)
    }

    @Test func aMomentLaterThanItsDayAllowsDoesNotWin() throws {
        let (base, anne, bob) = try MergeMomentTests.clash(bobAt: Timestamp(milliseconds: .max), bobOn: day("2023-03-01"))
        let merged = DossierMerge.merge(base: base, ours: anne, theirs: bob)
        #expect(merged.contacts.map(\.role) == ["wethouder"])
        #expect(merged.notices.first?.kept == "wethouder" && merged.notices.first?.by == "Bob")
        #expect(merged == DossierMerge.merge(base: base, ours: bob, theirs: anne))
        #expect(merged.notices.allSatisfy { $0.at < moment("2023-03-06T00:00:00.000Z") }, "the notice is not dated 9999 either")
        // Within its day (any time zone), a moment is believed: Bob's at 23:00 on the 5th wins.
        let (base2, anne2, bob2) = try MergeMomentTests.clash(bobAt: moment("2023-03-05T23:00:00.000Z"), bobOn: day("2023-03-05"))
        #expect(DossierMerge.merge(base: base2, ours: anne2, theirs: bob2).contacts.map(\.role) == ["griffier"])
    }

    /// A moment and a day both in the future: without a clock (git's driver) nothing tells; import
    /// knows the time and does not believe a moment more than a day after it.
    @Test func importDoesNotBelieveAMomentAfterItsClock() throws {
        let (base, anne, bob) = try MergeMomentTests.clash(bobAt: moment("2030-01-01T10:00:00.000Z"), bobOn: day("2030-01-01"))
        #expect(DossierMerge.merge(base: base, ours: anne, theirs: bob).contacts.map(\.role) == ["griffier"])
        let now = moment("2023-03-06T09:00:00.000Z")
        let merged = DossierMerge.merge(base: base, ours: anne, theirs: bob, now: now)
        #expect(merged.contacts.map(\.role) == ["wethouder"])
        #expect(merged == DossierMerge.merge(base: base, ours: bob, theirs: anne, now: now))
        var context = MergeTests.anne
        context.today = day("2023-03-06")
        context.now = now
        let imported = try #require(anne.importing(bob, from: "export.json", context: context))
        #expect(imported.contacts.map(\.role) == ["wethouder"])
    }

    /// Random work on two copies, one entry of one side moved to 9999-12-31: the merge decides as
    /// if that entry had been made at the start of the day before its own day.
    @Test func aFarFutureMomentDecidesAsTheStartOfItsDay() {
        var decided = 0
        for seed in 0..<UInt64(200 * max(1, soakFactor)) {
            var rng = SeededGenerator(seed: seed + 50_000)
            var anne = MergeTests.anne, bob = MergeTests.bob
            let base = MergeTests.edits(Dossier(code: fryslan), count: Int.random(in: 0...8, using: &rng), &rng, context: anne)
            // Clocks that agree with the calendar, as on a laptop.
            func edits(_ d: Dossier, _ who: inout ChangeContext, _ rng: inout SeededGenerator) -> Dossier {
                var d = d
                for _ in 0..<Int.random(in: 1...8, using: &rng) {
                    who.today = who.today.adding(days: Int.random(in: 0...3, using: &rng))
                    who.now = Timestamp(milliseconds: Timestamp(day: who.today).milliseconds + Int64.random(in: 0..<86_400_000, using: &rng))
                    d = MergeTests.randomEdit(d, &rng, context: who, keepingToday: true)
                }
                return d
            }
            anne.today = day("2023-05-01")
            bob.today = day("2023-05-01")
            let ours = edits(base, &anne, &rng)
            let theirs = edits(base, &bob, &rng)
            let baseIDs = Set(base.history.map(\.id))
            guard let i = theirs.history.indices.filter({ !baseIDs.contains(theirs.history[$0].id) }).randomElement(using: &rng) else { continue }
            var future = theirs, early = theirs
            future.history[i].at = Timestamp(milliseconds: .max)
            early.history[i].at = Timestamp(day: theirs.history[i].on.adding(days: -1))
            future.keepCanonicalOrder()
            early.keepCanonicalOrder()
            let merged = DossierMerge.merge(base: base, ours: ours, theirs: future)
            let expected = DossierMerge.merge(base: base, ours: ours, theirs: early)
            #expect(MergeDamageTests.content(merged) == MergeDamageTests.content(expected), "seed \(seed)")
            #expect(merged.notices.map(\.kept) == expected.notices.map(\.kept) && merged.notices.map(\.lost) == expected.notices.map(\.lost), "seed \(seed)")
            #expect(merged == DossierMerge.merge(base: base, ours: future, theirs: ours), "symmetric, seed \(seed)")
            if merged.notices.contains(where: { $0.subject == theirs.history[i].subject && $0.kind != .twoGranted }) { decided += 1 }
        }
        #expect(decided >= 5, "the far moment took part in a decision")
    }
}

private func moment(_ text: String) -> Timestamp { Timestamp(text: text)! }
