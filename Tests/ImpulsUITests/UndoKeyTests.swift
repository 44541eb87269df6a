import Testing
import ImpulsCore
@testable import ImpulsUI

/// Issue 25 in the interface: `u` goes the domain's way, so it refuses what `impuls undo` refuses,
/// with the same words on the message line.
@Suite struct UndoKeyTests {
    @Test func uSaysWhichLaterChangeOfAColleagueBuildsOnYours() throws {
        var s = fixtureState()
        selectRow(named: "Ameland", in: &s)
        _ = press(.enter, .tab, to: &s)
        let code = MunicipalityCode("GM0060")!
        let session = try #require(DossierFeature.sessionsInOrder(s.caseload.dossiers[code]!).first)
        // Mine (this laptop, no adviser set), then the same empty name's on another laptop.
        var d = try s.caseload.dossiers[code]!.editing(.session(id: session.id, [.summary: "Mijn versie"]), context: s.caseload.context)
        let other = ChangeContext(rules: .scheme, today: today, actor: s.caseload.actor, laptop: "fedcba9876543210", seed: 7)
        d = try d.editing(.session(id: session.id, [.summary: "Andere laptop"]), context: other)
        s.caseload.dossiers[code] = d
        s.refresh()

        #expect(press(.character("u"), to: &s).isEmpty, "nothing saved")
        #expect(s.message?.hasPrefix("niet ongedaan gemaakt: een latere wijziging van onbekend op een andere laptop bouwt erop voort") == true,
                "\(s.message ?? "")")
        #expect(s.caseload.dossiers[code] == d)
    }
}
