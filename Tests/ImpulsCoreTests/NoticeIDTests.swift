import Testing
@testable import ImpulsCore
import ImpulsTestSupport

/// Issue 26, part 5: a notice is found by an unambiguous start of its id, resolving it twice
/// changes nothing the second time, and two dossiers' notices never share an id.
@Suite struct NoticeIDTests {
    static let anne = ChangeContext(rules: .scheme, today: today, actor: "Anne", now: Timestamp(day: today), seed: 1)
    static let bob = ChangeContext(rules: .scheme, today: today, actor: "Bob", now: Timestamp(day: day("2023-10-17")), seed: 2)

    /// One application granted on each side of a merge: a blocking two-granted notice.
    static func twoGranted(_ code: MunicipalityCode) throws -> Dossier {
        func granted(_ id: String, _ ctx: ChangeContext) throws -> Dossier {
            try Dossier(code: code).addingApplication(draft(id: id), context: ctx)
                .advancingApplication(to: .submitted, input: StepInput(), context: ctx)
                .advancingApplication(to: .approved, input: StepInput(granted: Cents(euros: 5_000)), context: ctx)
        }
        return DossierMerge.merge(base: Dossier(code: code), ours: try granted("a1", anne), theirs: try granted("a2", bob))
    }

    /// A session's summary changed differently on both sides: a field-clash notice.
    static func fieldClash(_ code: MunicipalityCode) throws -> Dossier {
        let base = try Dossier(code: code).addingSession(AdviceSession(id: "s1", date: today, kind: .advice, summary: "Intake"), context: anne)
        return DossierMerge.merge(base: base, ours: try base.editing(.session(id: "s1", [.summary: "A"]), context: anne),
                                  theirs: try base.editing(.session(id: "s1", [.summary: "B"]), context: bob))
    }

    @Test func theSameClashInTwoMunicipalitiesGivesTwoIds() throws {
        let ameland = try Self.fieldClash(MunicipalityCode("GM0060")!), leeuwarden = try Self.fieldClash(MunicipalityCode("GM0080")!)
        #expect(ameland.notices.count == 1 && leeuwarden.notices.count == 1)
        #expect(ameland.notices[0].id != leeuwarden.notices[0].id)
        let a = try Self.twoGranted(MunicipalityCode("GM0060")!), b = try Self.twoGranted(MunicipalityCode("GM0080")!)
        #expect(a.notices.map(\.id) != b.notices.map(\.id))
    }

    /// A notice stored by an earlier impuls (its id without the municipality) is raised again by
    /// every merge while both grants stand: it stays one notice, under the id it has.
    @Test func aNoticeStoredUnderItsEarlierIdStaysOne() throws {
        var merged = try Self.twoGranted(fryslan)
        let notice = try #require(merged.notices.first)
        let earlier = StableHash.hex([notice.kind.rawValue, notice.subject.text, "", notice.kept ?? "", notice.lost ?? ""])
        #expect(notice.id != earlier, "a new notice's id counts the municipality")
        merged.notices[0].id = earlier
        let ours = try merged.addingSession(AdviceSession(id: "s1", date: today, kind: .advice, summary: "Intake"), context: Self.anne)
        let theirs = try merged.addingContact(Contact(id: "c1", name: "Pieter"), context: Self.bob)
        let again = DossierMerge.merge(base: merged, ours: ours, theirs: theirs)
        #expect(again.notices.map(\.id) == [earlier], "\(again.notices)")
    }

    @Test func aNoticeIsFoundByAnUnambiguousStartOfItsId() throws {
        var d = try Self.fieldClash(fryslan)
        let one = d.notices[0]
        d.notices.append(Notice(id: String(one.id.prefix(7)) + "000000000", at: one.at, kind: .removedEdited, subject: .session("s1")))
        let other = d.notices[1]
        #expect(d.notice(matching: one.id) == .found(one))
        #expect(d.notice(matching: " " + one.id.uppercased() + " ") == .found(one))
        #expect(d.notice(matching: String(one.id.prefix(8))) == (one.id.prefix(8) == other.id.prefix(8) ? .several([one, other]) : .found(one)))
        #expect(d.notice(matching: String(one.id.prefix(6))) == .several([one, other]))
        #expect(d.notice(matching: "zz") == .none)
        // What `dossier show` prints tells them apart, and finds each.
        let short = d.notices.map { d.shortID(ofNotice: $0.id) }
        #expect(short.allSatisfy { $0.count >= 8 } && Set(short).count == 2, "\(short)")
        for (id, notice) in zip(short, d.notices) { #expect(d.notice(matching: id) == .found(notice)) }
        #expect(Dossier(code: fryslan).notice(matching: "ab") == .none)
        let granted = try Self.twoGranted(fryslan)
        #expect(granted.shortID(ofNotice: granted.notices[0].id).count == Notice.shortIDLength)
    }

    @Test func resolvingAResolvedNoticeChangesNothing() throws {
        let d = try Self.fieldClash(fryslan)
        let id = d.notices[0].id
        let once = try d.resolvingNotice(id, context: Self.anne)
        #expect(once.notices[0].resolved && once.history.count == d.history.count + 1)
        let twice = try once.resolvingNotice(id, context: Self.anne)
        #expect(twice == once)
    }
}
