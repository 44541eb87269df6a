import Testing
@testable import ImpulsCore
import ImpulsTestSupport

/// A copy whose history lacks entries its ancestor had (a hand edit, a forced push) is a damaged
/// copy: the merge keeps the whole history, takes no change from that copy, and says so.
@Suite struct MergeDamageTests {
    /// `side` with some of `base`'s entries gone, and (at random) the sessions and contacts those
    /// entries were about: what a hand edit that "deletes a session for good" leaves.
    static func damaged(_ side: Dossier, base: Dossier, _ rng: inout SeededGenerator) -> Dossier {
        guard !base.history.isEmpty else { return side }
        var d = side
        var gone = Set(base.history.map(\.id).filter { _ in Bool.random(using: &rng) })
        if gone.isEmpty { gone.insert(base.history.randomElement(using: &rng)!.id) }
        let subjects = Set(base.history.filter { gone.contains($0.id) }.map(\.subject))
        d.history.removeAll { gone.contains($0.id) }
        if Bool.random(using: &rng) {
            d.sessions.removeAll { subjects.contains(.session($0.id)) }
            d.contacts.removeAll { subjects.contains(.contact($0.id)) }
        }
        return d
    }

    static func content(_ d: Dossier) -> Dossier {
        var c = d
        c.history = []
        c.notices = []
        return c
    }

    /// Random work on two copies, one of them damaged: nothing of the history is lost, the damaged
    /// copy's changes are not taken, a notice says so, and the sides still swap.
    @Test func aCopyThatLostHistoryIsTreatedAsDamaged() {
        var seen = 0
        for seed in 0..<UInt64(200 * max(1, soakFactor)) {
            var rng = SeededGenerator(seed: seed + 30_000)
            let base = MergeTests.edits(Dossier(code: fryslan), count: Int.random(in: 1...12, using: &rng), &rng, context: MergeTests.anne)
            guard !base.history.isEmpty else { continue }
            var anne = MergeTests.anne, bob = MergeTests.bob
            anne.now = Timestamp(day: day("2023-06-01"))
            bob.now = Timestamp(milliseconds: Timestamp(day: day("2023-06-01")).milliseconds + 7)
            let ours = MergeTests.edits(base, count: Int.random(in: 0...8, using: &rng), &rng, context: anne)
            let theirs = MergeDamageTests.damaged(MergeTests.edits(base, count: Int.random(in: 0...8, using: &rng), &rng, context: bob),
                                                  base: base, &rng)
            let merged = DossierMerge.merge(base: base, ours: ours, theirs: theirs)
            #expect(merged == DossierMerge.merge(base: base, ours: theirs, theirs: ours), "symmetric, seed \(seed)")
            let ids = Set(merged.history.map(\.id))
            #expect(ids.isSuperset(of: base.history.map(\.id)) && ids.isSuperset(of: ours.history.map(\.id))
                    && ids.isSuperset(of: theirs.history.map(\.id)), "history never shrinks, seed \(seed)")
            #expect(MergeDamageTests.content(merged) == MergeDamageTests.content(ours), "the damaged copy's changes are not taken, seed \(seed)")
            #expect(merged.notices.contains { $0.kind == .historyRemoved }, "a notice says so, seed \(seed)")
            for session in base.sessions where !merged.sessions.contains(where: { $0.id == session.id }) {
                #expect(merged.history.contains { $0.subject == .session(session.id) && $0.action == .removed },
                        "a session is gone only with its removal in the history, seed \(seed)")
            }
            // Merging the result with either side again changes nothing.
            #expect(DossierMerge.merge(base: base, ours: merged, theirs: theirs) == merged, "seed \(seed)")
            seen += 1
        }
        #expect(seen > 100)
    }

    /// Both copies lost history: neither is preferred; the merge is the usual one, the history whole,
    /// and a record lost without a recorded removal comes back.
    @Test func bothCopiesDamagedKeepEverythingEitherRecorded() {
        for seed in 0..<UInt64(200 * max(1, soakFactor)) {
            var rng = SeededGenerator(seed: seed + 40_000)
            let base = MergeTests.edits(Dossier(code: fryslan), count: Int.random(in: 1...12, using: &rng), &rng, context: MergeTests.anne)
            guard !base.history.isEmpty else { continue }
            var anne = MergeTests.anne, bob = MergeTests.bob
            anne.now = Timestamp(day: day("2023-06-01"))
            bob.now = Timestamp(milliseconds: Timestamp(day: day("2023-06-01")).milliseconds + 7)
            let ours = MergeDamageTests.damaged(MergeTests.edits(base, count: Int.random(in: 0...8, using: &rng), &rng, context: anne), base: base, &rng)
            let theirs = MergeDamageTests.damaged(MergeTests.edits(base, count: Int.random(in: 0...8, using: &rng), &rng, context: bob), base: base, &rng)
            let merged = DossierMerge.merge(base: base, ours: ours, theirs: theirs)
            #expect(merged == DossierMerge.merge(base: base, ours: theirs, theirs: ours), "symmetric, seed \(seed)")
            let ids = Set(merged.history.map(\.id))
            #expect(ids.isSuperset(of: base.history.map(\.id)) && ids.isSuperset(of: ours.history.map(\.id))
                    && ids.isSuperset(of: theirs.history.map(\.id)), "history never shrinks, seed \(seed)")
            #expect(merged.notices.contains { $0.kind == .historyRemovedOnBothSides }, "a notice says so, seed \(seed)")
            for session in base.sessions where !merged.sessions.contains(where: { $0.id == session.id }) {
                #expect(merged.history.contains { $0.subject == .session(session.id) && $0.action == .removed },
                        "a session is gone only with its removal in the history, seed \(seed)")
            }
            for contact in base.contacts where !merged.contacts.contains(where: { $0.id == contact.id }) {
                #expect(merged.history.contains { $0.subject == .contact(contact.id) && $0.action == .removed },
                        "a contact is gone only with its removal in the history, seed \(seed)")
            }
        }
    }

    /// The case from the issue: a commit drops Anne's session with its history; merged with Anne's
    /// own copy (which went on), the session and its history stay.
    @Test func aSessionDroppedWithItsHistoryStays() throws {
        let session = AdviceSession(id: "s1", date: day("2023-01-01"), kind: .call, summary: "Gebeld")
        let base = try Dossier(code: fryslan).addingSession(session, context: MergeTests.anne)
        let ours = try base.addingContact(Contact(id: "c1", name: "Pieter"), context: MergeTests.anne)
        var theirs = base
        theirs.sessions = []
        theirs.history = []
        let merged = DossierMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.sessions.map(\.id) == ["s1"])
        #expect(merged.history.map(\.id) == ours.history.map(\.id))
        let notice = try #require(merged.notices.first { $0.kind == .historyRemoved })
        #expect(notice.lost == "1" && notice.by == "Anne" && !notice.blocking)
        #expect(merged == DossierMerge.merge(base: base, ours: theirs, theirs: ours))
    }

    /// When git does not call the driver (only the remote changed the file) it takes their copy as
    /// it is: checked against ours afterwards, a copy that lost history is repaired the same way.
    @Test func aCopyGitTookWithoutTheDriverIsRepaired() throws {
        let session = AdviceSession(id: "s1", date: day("2023-01-01"), kind: .call, summary: "Gebeld")
        let ours = try Dossier(code: fryslan).addingSession(session, context: MergeTests.anne)
        var taken = ours
        taken.sessions = []
        taken.history = []
        taken.notes = "hand edit"
        let repair = try #require(DossierMerge.repairing(taken: taken, ours: ours, base: nil))
        #expect(repair.dossier.sessions.map(\.id) == ["s1"] && repair.dossier.notes.isEmpty)
        #expect(repair.dossier.history == ours.history)
        #expect(repair.notices.map(\.kind) == [.historyRemoved])
        #expect(repair.dossier.notices == repair.notices)
        // A copy that went on from ours needs nothing.
        let onward = try ours.addingContact(Contact(id: "c1", name: "Pieter"), context: MergeTests.bob)
        #expect(DossierMerge.repairing(taken: onward, ours: ours, base: nil) == nil)
        #expect(DossierMerge.repairing(taken: ours, ours: ours, base: nil) == nil)
        // With the real base, ours' own work since it is merged in, as the driver would have.
        let mine = try ours.addingContact(Contact(id: "c2", name: "Els"), context: MergeTests.anne)
        let again = try #require(DossierMerge.repairing(taken: onward, ours: mine, base: ours))
        #expect(again.dossier == DossierMerge.merge(base: ours, ours: mine, theirs: onward))
        #expect(Set(again.dossier.contacts.map(\.id)) == ["c1", "c2"] && again.notices.isEmpty)
    }
}
